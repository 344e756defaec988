"""Write the release zip: a single top-level folder balloon_watch/ with only what QGIS needs."""

from __future__ import annotations

import argparse
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SLUG = "balloon_watch"
INCLUDE = ["metadata.txt", "__init__.py", "LICENSE", "plugin", "resources", "i18n"]
SKIP_DIRS = {"__pycache__", ".ruff_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".ts"}


def files():
    for name in INCLUDE:
        path = ROOT / name
        if path.is_file():
            yield path
            continue
        for sub in sorted(path.rglob("*")):
            if sub.is_file() and not (set(sub.relative_to(ROOT).parts) & SKIP_DIRS) and sub.suffix not in SKIP_SUFFIXES:
                yield sub


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    out = Path(parser.parse_args().out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not list((ROOT / "i18n").glob("*.qm")):
        raise SystemExit("No compiled translations: run 'make qm' first.")
    tmp = out.with_suffix(".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in files():
            zf.write(path, f"{SLUG}/{path.relative_to(ROOT).as_posix()}")
    tmp.replace(out)


if __name__ == "__main__":
    main()
