"""Where the benchmarks find the plugin and write their results: imported first by every bench script.

The plugin is imported as the package ``balloon_watch`` through a symlink ``.build/pkg/balloon_watch -> <repo>``
(the repository folder may have any name), as in the tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
_PKG = ROOT / ".build" / "pkg"
if not (_PKG / "balloon_watch").exists():
    _PKG.mkdir(parents=True, exist_ok=True)
    (_PKG / "balloon_watch").symlink_to(ROOT, target_is_directory=True)
if str(_PKG) not in sys.path:
    sys.path.insert(0, str(_PKG))
