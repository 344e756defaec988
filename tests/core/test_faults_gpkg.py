"""Our GeoPackage writer under faults: an import's points and line commit together or not at all; an existing
GeoPackage stays byte-identical on any failure; no partial, journal or temporary file is left; concurrent runs
into one new GeoPackage keep every layer. Each failure is one sentence naming the file."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading

import numpy as np
import pytest
from bw_paths import ROOT
from fuzz.faultkit import fill, remount, snapshot, tmpfs

from balloon_watch.plugin.core import gpkg
from balloon_watch.plugin.core.errors import BalloonWatchError, OutputError
from balloon_watch.plugin.core.track_store import write_tracks
from balloon_watch.plugin.core.tracks import read_track_file

SAMPLE = str(ROOT / "resources" / "data" / "balloon_2023_reconstructed.csv")


@pytest.fixture(scope="module")
def tracks():
    return read_track_file(SAMPLE).tracks


def _tables(path) -> set[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    finally:
        con.close()


def _count(path, table) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    finally:
        con.close()


def _one_sentence(exc: BaseException, path) -> None:
    msg = str(exc)
    assert str(path) in msg and "\n" not in msg and "Traceback" not in msg


def test_points_and_line_commit_together(tmp_path, tracks, monkeypatch):
    out = tmp_path / "keep.gpkg"
    write_tracks(tracks, str(out), "first", None, "first_line")
    before = snapshot(tmp_path)
    real = gpkg._write_table

    def fail_on_line(con, layer, progress):
        if layer.geometry_type == "MULTILINESTRING":
            raise sqlite3.OperationalError("database or disk is full")
        real(con, layer, progress)

    monkeypatch.setattr(gpkg, "_write_table", fail_on_line)
    with pytest.raises(OutputError, match="disk is full") as err:
        write_tracks(tracks[:1], str(out), "first", None, "first_line")  # would replace both layers
    _one_sentence(err.value, out)
    assert snapshot(tmp_path) == before  # byte-identical, no journal left
    assert _count(out, "first") == 1091
    new = tmp_path / "new.gpkg"
    with pytest.raises(OutputError):
        write_tracks(tracks, str(new), "p", None, "l")
    assert snapshot(tmp_path) == before  # no new or partial file


def test_points_and_line_in_two_new_files_are_published_together(tmp_path, tracks, monkeypatch):
    pts, line = tmp_path / "p.gpkg", tmp_path / "l.gpkg"
    real = gpkg._write_table

    def fail_on_line(con, layer, progress):
        if layer.geometry_type == "MULTILINESTRING":
            raise OSError(28, "No space left on device")
        real(con, layer, progress)

    monkeypatch.setattr(gpkg, "_write_table", fail_on_line)
    with pytest.raises(OutputError, match="No space left"):
        write_tracks(tracks, str(pts), "p", str(line), "l")
    assert os.listdir(tmp_path) == []  # the points file was complete but is not published without its line
    monkeypatch.setattr(gpkg, "_write_table", real)
    write_tracks(tracks, str(pts), "p", str(line), "l")
    assert _count(pts, "p") == 1091 and _count(line, "l") == 1
    assert sorted(os.listdir(tmp_path)) == ["l.gpkg", "p.gpkg"]


def test_full_disk(tracks):
    with tmpfs("3m") as disk:
        out = disk / "analysis.gpkg"
        write_tracks(tracks[:1], str(out), "first", None, "first_line")
        fill(disk, 40_000)
        before = snapshot(disk)
        with pytest.raises(OutputError, match="disk is full|No space") as err:
            write_tracks(tracks, str(out), "second", None, "second_line")
        _one_sentence(err.value, out)
        assert snapshot(disk) == before
        with pytest.raises(OutputError, match="disk is full|No space") as err:
            write_tracks(tracks, str(disk / "new.gpkg"), "p", None, "l")
        assert snapshot(disk) == before
        os.remove(disk / "ballast.bin")
        write_tracks(tracks, str(out), "second", None, "second_line")  # with room it works
        assert _tables(out) == {"first", "first_line", "second", "second_line"}


def test_read_only_folder(tracks):
    with tmpfs("8m") as disk:
        out = disk / "analysis.gpkg"
        write_tracks(tracks, str(out), "first", None, "first_line")
        before = snapshot(disk)
        remount(disk, "ro")
        try:
            with pytest.raises(OutputError, match="read-only|Read-only") as err:
                write_tracks(tracks, str(out), "second", None, "second_line")
            _one_sentence(err.value, out)
            with pytest.raises(OutputError, match="read-only|Read-only"):
                write_tracks(tracks, str(disk / "new.gpkg"), "p", None, "l")
        finally:
            remount(disk, "rw")
        assert snapshot(disk) == before


def test_locked_geopackage(tmp_path, tracks, monkeypatch):
    out = tmp_path / "busy.gpkg"
    write_tracks(tracks, str(out), "first", None, "first_line")
    before = snapshot(tmp_path)
    monkeypatch.setattr(gpkg, "LOCK_WAIT_S", 0.5)
    other = sqlite3.connect(str(out), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(OutputError, match="locked by another program") as err:
            write_tracks(tracks, str(out), "second", None, "second_line")
        _one_sentence(err.value, out)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert snapshot(tmp_path) == before


def test_vanished_folder(tmp_path, tracks, monkeypatch):
    gone = tmp_path / "gone"
    with pytest.raises(OutputError, match="folder does not exist"):
        write_tracks(tracks, str(gone / "x.gpkg"), "p", None, "l")
    gone.mkdir()
    real = gpkg._write_table

    def vanish(con, layer, progress):
        real(con, layer, progress)
        shutil.rmtree(gone)  # the folder disappears while the import is being written

    monkeypatch.setattr(gpkg, "_write_table", vanish)
    with pytest.raises(BalloonWatchError) as err:
        write_tracks(tracks, str(gone / "x.gpkg"), "p", None, "l")
    assert "\n" not in str(err.value)
    assert not gone.exists()


def test_concurrent_imports_into_one_new_geopackage_keep_every_layer(tmp_path, tracks, monkeypatch):
    out = tmp_path / "shared.gpkg"
    real = gpkg._write_table
    both_writing = threading.Barrier(2, timeout=30)
    waited = set()

    def in_step(con, layer, progress):
        real(con, layer, progress)
        if layer.geometry_type == "MULTILINESTRING" and threading.get_ident() not in waited:
            waited.add(threading.get_ident())
            both_writing.wait()  # both runs have written their layers beside the file, neither has published

    monkeypatch.setattr(gpkg, "_write_table", in_step)
    errors = []

    def run(name):
        try:
            write_tracks(tracks, str(out), f"{name}_points", None, f"{name}_line")
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    runs = [threading.Thread(target=run, args=(name,)) for name in ("a", "b")]
    for t in runs:
        t.start()
    for t in runs:
        t.join(60)
    assert not errors
    assert _tables(out) == {"a_points", "a_line", "b_points", "b_line"}
    assert _count(out, "a_points") == _count(out, "b_points") == 1091
    assert sorted(os.listdir(tmp_path)) == ["shared.gpkg"]
    assert np.all([_count(out, t) == 1 for t in ("a_line", "b_line")])
