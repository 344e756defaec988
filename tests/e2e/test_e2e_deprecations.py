"""In real QGIS (a process pytest's warning filter does not reach), a QGIS deprecation raised from plugin code fails
the end-to-end run: the harness records them. This proves that the record works."""

from __future__ import annotations

import pytest
from harness import run_in_qgis

pytestmark = pytest.mark.e2e


def test_a_deprecation_from_plugin_code_fails_the_e2e_run(tmp_path):
    with pytest.raises(AssertionError, match=r"deprecations raised from plugin code[\s\S]*mapScales"):
        run_in_qgis(
            """
            code = compile("from qgis.core import QgsProject\\nQgsProject.instance().mapScales()\\n",
                           "/plugins/balloon_watch/probe.py", "exec")
            exec(code, {"__name__": "balloon_watch.probe"})
            """, tmp_path, "deprecation_probe")
