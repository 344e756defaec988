"""Test configuration shared by every test folder.

The plugin is installed as a package named ``balloon_watch`` while the repository folder may have any
name, so tests import it through a symlink ``.build/pkg/balloon_watch -> <repo>``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG_PARENT = ROOT / ".build" / "pkg"
LINK = PKG_PARENT / "balloon_watch"
if not LINK.exists():
    PKG_PARENT.mkdir(parents=True, exist_ok=True)
    try:
        LINK.symlink_to(ROOT, target_is_directory=True)
    except FileExistsError:  # another worker created it first
        pass
if str(PKG_PARENT) not in sys.path:
    sys.path.insert(0, str(PKG_PARENT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


TESTS_DIR = str(Path(__file__).resolve().parent)
if TESTS_DIR not in sys.path:
    sys.path.insert(0, TESTS_DIR)

from bw_paths import REALDATA  # noqa: E402,F401 - re-exported for tests that want it

# QGIS' own Python plugins (``processing``) must win over the ``tests/processing`` folder name.
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"
if os.path.isdir(QGIS_PLUGINS) and QGIS_PLUGINS not in sys.path:
    sys.path.insert(0, QGIS_PLUGINS)


@pytest.fixture(scope="module")
def bw_provider(qgis_processing):
    """Our provider for one test module, removed afterwards so tests of the plugin's own registration stay exact."""
    from qgis.core import QgsApplication

    from balloon_watch.plugin.processing.provider import BalloonWatchProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("balloonwatch")
    added = provider is None
    if added:
        provider = BalloonWatchProvider()
        assert registry.addProvider(provider)
    yield provider
    if added:
        registry.removeProvider(provider)


# A QGIS deprecation raised from plugin code fails the suite, on every QGIS the suite runs on (3.22, 3.40, 3.44):
# what each version deprecates goes through plugin/qgis_io/compat.py.
# NumPy 1.25+ deprecates float() of a one-element array, which pyproj 3.7's scalar fast path does (Debian 13): our
# GEOD avoids it, and a call that does not fails here.
def pytest_configure(config):
    config.addinivalue_line("filterwarnings", "error::DeprecationWarning:balloon_watch")
    config.addinivalue_line("filterwarnings",
                            "error:Conversion of an array with ndim > 0 to a scalar:DeprecationWarning")
