"""GPX, KML and KMZ track reading, hostile XML and zip bombs."""

from __future__ import annotations

import calendar
import io
import time
import tracemalloc
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from balloon_watch.plugin.core.errors import InputError
from balloon_watch.plugin.core.tracks import detect_format, read_track_bytes, read_track_file

DATA = Path(__file__).parent / "data" / "tracks"
GPX_NS = "{http://www.topografix.com/GPX/1/1}"


def iso(s: str) -> float:
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def test_gpx_from_gps_logger_matches_an_independent_parse():
    path = DATA / "gpslogger_track.gpx"
    root = ET.parse(path).getroot()
    pts = [p for p in root.iter(GPX_NS + "trkpt") if -90 <= float(p.get("lat")) <= 90]
    res = read_track_file(str(path))
    assert res.format == "gpx" and len(res.tracks) == 1
    tr = res.tracks[0]
    assert tr.track_id == "20230202"
    assert len(tr) == len(pts) == 5
    np.testing.assert_array_equal(tr.lat, [float(p.get("lat")) for p in pts])
    np.testing.assert_array_equal(tr.lon, [float(p.get("lon")) for p in pts])
    np.testing.assert_array_equal(tr.alt_m, [float(p.find(GPX_NS + "ele").text) for p in pts])
    np.testing.assert_array_equal(tr.times, [iso(p.find(GPX_NS + "time").text) for p in pts])
    assert tr.attributes["segment"].tolist() == [0, 0, 0, 1, 1]
    assert tr.attributes["sat"].tolist() == [9, 10, 10, 8, 8]
    assert len(res.issues) == 1 and "out of range" in res.issues.issues[0].reason


def test_gpx_routes_and_waypoints():
    gpx = b"""<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1">
<wpt lat="10" lon="20"><ele>5</ele><time>2023-02-01T00:00:00Z</time><name>W1</name></wpt>
<rte><name>R</name><rtept lat="1" lon="2"/><rtept lat="1.5" lon="2.5"/></rte></gpx>"""
    res = read_track_bytes(gpx, "r.gpx")
    got = {t.track_id: t for t in res.tracks}
    assert set(got) == {"R", "r_waypoints"}
    assert got["R"].lat.tolist() == [1.0, 1.5] and np.isnan(got["R"].times).all()
    assert got["r_waypoints"].attributes["name"] == ["W1"]


def test_google_earth_kml_tracks_multitrack_line_and_points():
    res = read_track_file(str(DATA / "google_earth_gxtrack.kml"))
    got = {t.track_id: t for t in res.tracks}
    assert list(got) == ["HBAL-7", "HBAL-8", "Planned route", "Sightings"]
    t7 = got["HBAL-7"]
    np.testing.assert_array_equal(t7.lon, [-104.98, -104.85, -104.70, -104.552])
    np.testing.assert_array_equal(t7.alt_m, [18200, 18250, 18310, 18290])
    np.testing.assert_array_equal(t7.times, [iso(f"2023-02-03T15:{m}:00Z") for m in ("00", "10", "20", "30")])
    np.testing.assert_array_equal(t7.attributes["temperature"], [-56.5, -56.9, -57.2, -57.0])
    t8 = got["HBAL-8"]  # gx:MultiTrack: both tracks, -07:00 offsets converted to UTC
    assert len(t8) == 4 and t8.times[0] == iso("2023-02-03T23:00:00Z") and t8.times[3] == iso("2023-02-03T23:25:00Z")
    line = got["Planned route"]
    assert line.lon.tolist() == [-104.98, -104.5, -104.0] and np.isnan(line.times).all()
    pts = got["Sightings"]  # two Point placemarks, put in time order
    assert pts.attributes["name"] == ["Sighting 2", "Sighting 1"]
    assert pts.times.tolist() == [iso("2023-02-03T16:30:00Z"), iso("2023-02-03T17:00:00Z")]


def test_kmz_reads_doc_kml_like_the_kml():
    kml = read_track_file(str(DATA / "google_earth_gxtrack.kml"))
    kmz_bytes = (DATA / "google_earth_track.kmz").read_bytes()
    assert detect_format(kmz_bytes[:100], "x.bin") == "kmz"
    kmz = read_track_bytes(kmz_bytes, "google_earth_track.kmz")
    assert kmz.format == "kmz"
    assert [t.track_id for t in kmz.tracks] == [t.track_id for t in kml.tracks]
    for a, b in zip(kmz.tracks, kml.tracks):
        np.testing.assert_array_equal(a.lon, b.lon)
        np.testing.assert_array_equal(a.times, b.times)


def test_kml_gx_track_with_unequal_lists_is_reported():
    kml = b"""<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Placemark>
<name>A</name><gx:Track><when>2023-02-01T00:00:00Z</when><when>2023-02-01T00:01:00Z</when>
<gx:coord>1 2 3</gx:coord></gx:Track></Placemark><Placemark><name>B</name><gx:Track>
<when>2023-02-01T00:00:00Z</when><gx:coord>1 2 3</gx:coord><when>2023-02-01T00:01:00Z</when>
<gx:coord>1.1 2 3</gx:coord><when>2023-02-01T00:02:00Z</when><gx:coord>1.2 2 3</gx:coord>
</gx:Track></Placemark></kml>"""
    res = read_track_bytes(kml, "u.kml")
    assert [t.track_id for t in res.tracks] == ["B"]
    assert "1 <gx:coord>" in res.issues.issues[0].reason


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>
<gpx version="1.1"><trk><name>&lol9;</name><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>"""
XXE = b"""<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&xxe;</name><Point><coordinates>1,2</coordinates>
</Point></Placemark></kml>"""


@pytest.mark.parametrize("doc, name", [(BILLION_LAUGHS, "laughs.gpx"), (XXE, "xxe.kml")])
def test_hostile_xml_refused_fast(doc, name):
    t = time.perf_counter()
    with pytest.raises(InputError, match="DTD") as exc:
        read_track_bytes(doc, name)
    assert time.perf_counter() - t < 1.0
    assert name in str(exc.value) and "root:" not in str(exc.value)


def test_kml_in_kmz_with_dtd_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("doc.kml", XXE)
    with pytest.raises(InputError, match="DTD"):
        read_track_bytes(buf.getvalue(), "x.kmz")


def _zip_bomb(size: int) -> bytes:
    buf = io.BytesIO()
    zero = b"\0" * (1 << 20)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z, z.open("doc.kml", "w", force_zip64=True) as fh:
        fh.write(b'<kml xmlns="http://www.opengis.net/kml/2.2"><!--')
        for _ in range(size >> 20):
            fh.write(zero)
    return buf.getvalue()


def test_zip_bomb_kmz_refused_with_bounded_memory():
    bomb = _zip_bomb(1 << 30)  # 1 GiB of zeros in ~1 MB
    assert len(bomb) < 3 * 2**20
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="zip bomb"):
            read_track_bytes(bomb, "bomb.kmz")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40 * 2**20


def test_zip_bomb_with_lying_header_is_stopped_while_streaming():
    bomb = bytearray(_zip_bomb(200 * 2**20))
    # patch the declared uncompressed size (local header and central directory) down to 1 KB
    real = (200 * 2**20 + len(b'<kml xmlns="http://www.opengis.net/kml/2.2"><!--'))
    zf = zipfile.ZipFile(io.BytesIO(bytes(bomb)))
    info = zf.getinfo("doc.kml")
    assert info.file_size == real
    # sizes sit in the headers as 8-byte (zip64 extra) and 4-byte little-endian integers: replace them all
    for width in (8, 4):
        needle = real.to_bytes(width, "little")
        assert bomb.count(needle) >= 1
        bomb = bytearray(bytes(bomb).replace(needle, (1024).to_bytes(width, "little")))
    bomb = bytes(bomb)
    assert zipfile.ZipFile(io.BytesIO(bomb)).getinfo("doc.kml").file_size == 1024  # the header now lies
    tracemalloc.start()
    try:
        with pytest.raises(InputError):
            read_track_bytes(bomb, "liar.kmz")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40 * 2**20


def test_non_track_xml_and_broken_xml():
    with pytest.raises(InputError, match="neither GPX nor KML"):
        read_track_bytes(b"<?xml version='1.0'?><html><body/></html>", "page.xml")
    with pytest.raises(InputError, match="not well-formed"):
        read_track_bytes(b"<gpx><trk><trkseg><trkpt lat='1' lon='2'></trkseg></gpx>", "broken.gpx")
    with pytest.raises(InputError, match="does not look like a track file"):
        read_track_bytes(b'<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>', "empty.kml")


def test_kml_point_times_in_local_zone_when_no_zone_given():
    kml = b"""<kml xmlns="http://www.opengis.net/kml/2.2"><Folder><name>F</name>
<Placemark><TimeStamp><when>2023-02-04T12:00:00</when></TimeStamp><Point><coordinates>-79,33,18000</coordinates>
</Point></Placemark></Folder></kml>"""
    tr = read_track_bytes(kml, "p.kml", tz="America/New_York").tracks[0]
    assert tr.times[0] == calendar.timegm((2023, 2, 4, 17, 0, 0))


def _kml_line_in(doc_name: str | None, folder_name: str | None, placemark_name: str) -> bytes:
    line = ("<Placemark><name>{}</name><LineString><coordinates>-122.2,37.7,800 -122.1,37.6,1500 "
            "-122.0,37.5,2500</coordinates></LineString></Placemark>").format(placemark_name)
    folder = f"<Folder>{f'<name>{folder_name}</name>' if folder_name else ''}{line}</Folder>"
    doc = f"<Document>{f'<name>{doc_name}</name>' if doc_name else ''}{folder}</Document>"
    return f'<kml xmlns="http://www.opengis.net/kml/2.2">{doc}</kml>'.encode()


def test_kml_line_with_a_generic_name_takes_its_document_name_or_the_file_stem():
    """sonde2kml names its LineString placemark 'Altitude' inside a folder 'Altitude line': the track is named
    after the nearest container that says which flight it is, else the file; a meaningful name is kept."""
    res = read_track_bytes(_kml_line_in("Sonde: U2450623", "Altitude line", "Altitude"), "flight.kml")
    assert [t.track_id for t in res.tracks] == ["Sonde: U2450623"]
    assert any("generic label" in n and "'Altitude'" in n for n in res.notes)
    res = read_track_bytes(_kml_line_in(None, "Track", "Path"), "W1234567_sonde.kml")
    assert [t.track_id for t in res.tracks] == ["W1234567_sonde"]
    res = read_track_bytes(_kml_line_in("Launch day", "Altitude line", "HAB-42 flight"), "x.kml")
    assert [t.track_id for t in res.tracks] == ["HAB-42 flight"]
    assert not any("generic label" in n for n in res.notes)
