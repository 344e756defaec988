"""Paths the tests share: the repository and the real third-party files kept in tests/data/realworld.

Everything a test reads lives inside the repository, so a clone alone passes the suite.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST_DATA = ROOT / "tests" / "data"
REALDATA = TEST_DATA / "realworld"
FACTS_2023 = TEST_DATA / "FACTS-2023.md"
