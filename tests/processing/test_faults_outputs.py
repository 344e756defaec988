"""QGIS sink outputs under faults, and the single guard at the algorithm boundary.

GDAL reports a full disk only on stderr ("database or disk is full"); the run must still fail, leave no new or
partial file (no -wal/-shm either) and leave an existing GeoPackage byte-identical.
"""

from __future__ import annotations

import logging

import processing
import pytest
from bw_paths import ROOT
from fuzz.faultkit import fill, remount, snapshot, tmpfs
from qgis.core import QgsProcessingException, QgsVectorLayer

from balloon_watch.plugin.qgis_io.layers import gpkg_destination

DATA = ROOT / "resources" / "data"
CLOSURES = str(DATA / "closures_2023.txt")
SITES = str(DATA / "sites.gpkg")


def _sentence(exc: BaseException) -> str:
    msg = str(exc)
    assert "Traceback" not in msg and "\n" not in msg.strip()
    return msg


def test_sinks_on_a_full_disk_fail_and_leave_nothing(bw_provider):
    with tmpfs("4m") as disk:
        store = disk / "analysis.gpkg"
        air = processing.run("balloonwatch:importairspace", {"INPUT": CLOSURES,
                                                             "OUTPUT": gpkg_destination(str(store), "closures")})
        assert QgsVectorLayer(air["OUTPUT"], "a", "ogr").featureCount() == 4
        fill(disk, 16_000)
        before = snapshot(disk)
        with pytest.raises(QgsProcessingException) as err:
            processing.run("balloonwatch:buffersites", {"INPUT": SITES, "DISTANCES": "25000,50000,100000",
                                                        "OUTPUT": gpkg_destination(str(store), "buffers")})
        _sentence(err.value)
        assert snapshot(disk) == before  # byte-identical, no -wal or -shm left
        with pytest.raises(QgsProcessingException) as err:
            processing.run("balloonwatch:importairspace", {"INPUT": CLOSURES, "OUTPUT": str(disk / "new.gpkg")})
        _sentence(err.value)
        assert snapshot(disk) == before  # no new file, not even an empty one


def test_sink_into_a_read_only_folder_fails_cleanly(bw_provider):
    with tmpfs("2m") as disk:
        remount(disk, "ro")
        try:
            with pytest.raises(QgsProcessingException) as err:
                processing.run("balloonwatch:importairspace", {"INPUT": CLOSURES, "OUTPUT": str(disk / "a.gpkg")})
            _sentence(err.value)
        finally:
            remount(disk, "rw")
        assert snapshot(disk) == {}


def test_sink_into_a_vanished_folder_fails_cleanly(bw_provider, tmp_path):
    with pytest.raises(QgsProcessingException) as err:
        processing.run("balloonwatch:importairspace", {"INPUT": CLOSURES,
                                                       "OUTPUT": str(tmp_path / "gone" / "a.gpkg")})
    _sentence(err.value)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_after_writing_undoes_the_output(bw_provider, tmp_path, monkeypatch):
    from balloon_watch.plugin.processing import alg_importairspace

    store = tmp_path / "analysis.gpkg"
    processing.run("balloonwatch:importairspace", {"INPUT": CLOSURES, "OUTPUT": gpkg_destination(str(store), "a")})
    before = snapshot(tmp_path)
    real = alg_importairspace.write_airspaces

    def write_then_fail(*args, **kw):
        real(*args, **kw)
        raise KeyError("boom")

    monkeypatch.setattr(alg_importairspace, "write_airspaces", write_then_fail)
    with pytest.raises(QgsProcessingException):
        processing.run("balloonwatch:importairspace", {"INPUT": CLOSURES,
                                                       "OUTPUT": gpkg_destination(str(store), "b")})
    assert snapshot(tmp_path) == before
    with pytest.raises(QgsProcessingException):
        processing.run("balloonwatch:importairspace", {"INPUT": CLOSURES, "OUTPUT": str(tmp_path / "new.gpkg")})
    assert snapshot(tmp_path) == before


def test_unexpected_errors_become_one_sentence_and_a_logged_traceback(bw_provider, tmp_path, monkeypatch):
    from balloon_watch.plugin.processing import alg_importairspace

    def broken(*args, **kw):
        return 1 / 0

    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record)

    log = logging.getLogger("balloon_watch.processing")  # the plugin's logger may not propagate to the root
    keep = Keep(logging.ERROR)
    log.addHandler(keep)
    monkeypatch.setattr(alg_importairspace, "read_airspace_file", broken)
    try:
        with pytest.raises(QgsProcessingException) as err:
            processing.run("balloonwatch:importairspace", {"INPUT": CLOSURES, "OUTPUT": str(tmp_path / "x.gpkg")})
    finally:
        log.removeHandler(keep)
    msg = _sentence(err.value)
    assert "ZeroDivisionError" in msg and CLOSURES in msg and "log panel" in msg
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in records)
    assert list(tmp_path.iterdir()) == []
