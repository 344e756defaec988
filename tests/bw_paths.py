"""Paths the tests share: the repository and the real third-party files in ../shared/realdata."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BW_SHARED", ROOT.parent / "shared")).resolve()
REALDATA = SHARED / "realdata"
