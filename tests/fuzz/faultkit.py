"""Fault injection for the fault tests: a tiny tmpfs (full disk), remounting it read-only, file snapshots.

Mounting needs root (the test machine and CI run as root); without it the tests that need a mount are skipped
with the reason.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
from pathlib import Path

import pytest


@contextlib.contextmanager
def tmpfs(size: str = "2m"):
    """A fresh tmpfs of ``size`` mounted on a temporary folder; yields its Path."""
    where = tempfile.mkdtemp(prefix="bw_tmpfs_")
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", where], capture_output=True,
                          text=True)
    if proc.returncode != 0:
        os.rmdir(where)
        pytest.skip(f"cannot mount a tmpfs to simulate a full disk ({proc.stderr.strip() or 'not permitted'})")
    try:
        yield Path(where)
    finally:
        subprocess.run(["umount", "-l", where], capture_output=True)
        os.rmdir(where)


def remount(path: Path, mode: str) -> None:
    """Remount a tmpfs made by ``tmpfs`` read-only ("ro") or writable again ("rw")."""
    subprocess.run(["mount", "-o", f"remount,{mode}", str(path)], check=True, capture_output=True)


def fill(path: Path, leave: int) -> None:
    """Fill the file system of ``path`` until about ``leave`` bytes are free."""
    free = os.statvfs(path).f_bavail * os.statvfs(path).f_frsize
    with open(path / "ballast.bin", "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of ``folder`` (not recursive) with its bytes, except the ballast."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and p.name != "ballast.bin"}
