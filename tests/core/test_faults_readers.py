"""Hostile inputs under 1 MB: every reader answers with success or one clean sentence, quickly and in bounded
memory (the campaign classes of issue 14: huge radii, quadratic regexes, long cells, deep nesting, XML entities in
any encoding, numbers with hundreds of digits)."""

from __future__ import annotations

import math
import time

import pytest
from fuzz.bounded import read
from fuzz.hostile import cases

from balloon_watch.plugin.core import safejson, safexml
from balloon_watch.plugin.core.airspace import geometry as geo
from balloon_watch.plugin.core.airspace import read_airspace_bytes
from balloon_watch.plugin.core.errors import Cancelled, InputError
from balloon_watch.plugin.core.tracks import read_track_bytes

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_hostile_input_is_read_or_refused_cleanly_within_10_s(case):
    name, kind, filename, data = case
    assert len(data) < 2**20
    outcome = read(kind, filename, data, limit_s=10.0)
    assert outcome.status in ("ok", "refused"), f"{name}: {outcome.status} {outcome.detail}"


def _refusal(kind, data, name="x"):
    with pytest.raises(InputError) as err:
        (read_track_bytes if kind == "track" else read_airspace_bytes)(data, name)
    return str(err.value)


def test_radius_and_vertex_caps_are_explained():
    dc = b"AC R\nAN BIG\nAL SFC\nAH FL100\nV X=45:00:00 N 007:00:00 E\nDC 10800\n"
    assert "radius 10,800 NM is larger than the limit of 1,000 NM" in _refusal("airspace", dc)
    assert "not a positive finite number" in _refusal("airspace", dc.replace(b"10800", b"1e999"))
    ok = read_airspace_bytes(dc.replace(b"10800", b"900"), "x")  # under the cap: drawn
    assert len(ok.airspaces) == 1
    with pytest.raises(geo.GeometryError, match="needs about .* vertices, more than the limit"):
        geo.check_radius(900 * geo.NM, 0.001)


def test_cancel_is_honoured_inside_one_long_outline():
    class CancelLater:
        calls = 0

        def isCanceled(self):  # noqa: N802 - QgsFeedback API name
            self.calls += 1
            return self.calls > 3

    n = 15_000  # one polygon: the quadratic self-crossing check runs in many chunks
    pts = [(7 + 0.5 * math.cos(k * 6.283 / n), 45 + 0.5 * math.sin(k * 6.283 / n)) for k in range(n)]
    with geo.work_scope("x", CancelLater()), pytest.raises(Cancelled):
        geo.polygon_from_ring(pts)


def test_notam_digit_run_is_linear():
    head = b"A1234/23 NOTAMN\nQ) EGTT/QRTCA/IV/BO/W/000/100/5130N00010W005\nA) EGTT B) 2302011200 C) 2302021200\nE) "

    def took(n):
        t0 = time.perf_counter()
        read_airspace_bytes(head + b"1" * n + b"\nF) SFC G) FL100\n", "n.txt")
        return time.perf_counter() - t0

    small, big = took(20_000), took(320_000)
    assert big < 2.0 and big < 40 * max(small, 0.005)  # 16x the input: far from the 256x of a quadratic


def test_csv_cells_and_field_limit():
    rows = "".join(f"2023-02-01T12:{m:02d}:00Z,40.{m:02d},-100.{m:02d},{m}\n" for m in range(30))
    long_id = "time,lat,lon,alt,track_id\n" + "".join(
        r.rstrip("\n") + ("," + "x" * 5000 if i == 7 else ",a") + "\n" for i, r in enumerate(rows.splitlines(True)))
    msg = _refusal("track", long_id.encode(), "t.csv")
    assert "line 9" in msg and "track_id" in msg and "limit of 1,000" in msg
    huge = 'time,lat,lon,alt,note\n2023-02-01T12:00:00Z,40,-100,1,"' + "y" * 140_000 + '"\n'
    assert "t.csv" in _refusal("track", huge.encode(), "t.csv")


def test_xml_is_refused_safely_in_every_encoding():
    doc = ('<?xml version="1.0" encoding="{}"?><!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa">]>'
           '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>&a;</name></Document></kml>')
    for enc in ("UTF-8", "UTF-16", "UTF-16-LE", "UTF-16-BE", "UTF-32", "ISO-8859-1"):
        data = doc.format(enc).encode(enc.replace("-LE", "le").replace("-BE", "be"))
        with pytest.raises(InputError, match="DTD"):
            safexml.parse_bytes(data, "x.kml")
    with pytest.raises(InputError, match="unknown text encoding 'x-nope'"):
        safexml.parse_bytes(b'<?xml version="1.0" encoding="x-nope"?><a/>', "x.kml")
    with pytest.raises(InputError, match="not a text encoding"):
        safexml.parse_bytes(b'<?xml version="1.0" encoding="zlib_codec"?><a/>', "x.kml")
    assert safexml.parse_bytes('<?xml version="1.0" encoding="UTF-16"?><a>é</a>'.encode("utf-16")).text == "é"
    with pytest.raises(InputError, match="nested 2,001 levels deep"):
        safexml.parse_bytes(b"<a>" * 2001 + b"</a>" * 2001)
    # CDATA with unclosed HTML and comments do not count as nesting
    ok = b"<a><![CDATA[" + b"<br>" * 500 + b"]]><!-- " + b"<b>" * 500 + b" --></a>"
    assert safexml.parse_bytes(ok).tag == "a"


def test_json_nesting_cap():
    assert safejson.nesting_depth('{"a": "[[[[", "b": [[1], {"c": []}]}') == 4
    with pytest.raises(InputError, match="nested 100,000 levels deep"):
        safejson.loads("[" * 100_000 + "]" * 100_000, "x.json")


def test_geometry_budget_counts_computing_not_waiting(monkeypatch):
    """The per-file time budget is CPU time of the reading thread: a busy machine (time passing while the reader
    waits for a core) never gets a real file refused, while work beyond the budget still is."""
    monkeypatch.setattr(geo, "SECONDS_PER_MB", 0.05)
    with geo.work_scope("waiting.txt", None, 1000):
        time.sleep(0.2)  # the clock runs, the thread computes nothing
        geo._tick()
    text = "".join(f"AC R\nAN C{i}\nAL SFC\nAH FL100\nV X=45:{i % 60:02d}:00 N 005:{i // 60:02d}:00 E\nDC {1 + i % 7}\n"
                   for i in range(3000)).encode()
    with pytest.raises(InputError, match="of computing"):
        read_airspace_bytes(text, "many_circles.txt")
