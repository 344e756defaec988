"""Airspace readers on the real third-party files in REALDATA; truth from pyproj Geod and the files' own text."""

from __future__ import annotations

import json
import math

import numpy as np
import pyproj
import pytest
from bw_paths import REALDATA

from balloon_watch.plugin.core.airspace import detect_airspace_format, read_airspace_bytes, read_airspace_file
from balloon_watch.plugin.core.errors import InputError

GEOD = pyproj.Geod(ellps="WGS84")
FT = 0.3048
NM = 1852.0
OA = REALDATA / "openair"


def area(mp) -> float:
    tot = 0.0
    for poly in mp:
        for i, ring in enumerate(poly):
            r = np.asarray(ring)
            a, _ = GEOD.polygon_area_perimeter(r[:, 0], r[:, 1])
            tot += abs(a) if i == 0 else -abs(a)
    return tot


def ring_dist(mp, lon, lat) -> np.ndarray:
    r = np.asarray(mp[0][0])
    _, _, d = GEOD.inv(np.full(len(r), lon), np.full(len(r), lat), r[:, 0], r[:, 1])
    return np.asarray(d)


def dms(d, m, s):
    return d + m / 60 + s / 3600


# ----------------------------------------------------------------------------------------------- OpenAir


@pytest.mark.parametrize("name", ["circular", "arc-cw"])
def test_openair_matches_openaip_parser_expected_geojson(name):
    ours = read_airspace_file(OA / f"openaip_{name}.txt").airspaces
    exp = json.loads((REALDATA / "airspace_geojson" / f"openaip_parser_{name}-result.geojson").read_text())
    g = exp["features"][0]["geometry"]
    mp = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
    assert len(ours) == 1
    assert area(ours[0].geometry) == pytest.approx(area(mp), rel=0.005)
    # every vertex of the expected outline lies near our boundary (0.5 % of the size: ~18 m for ED-R3)
    ex = np.asarray(mp[0][0])
    r0 = np.asarray(ours[0].geometry[0][0])
    f = np.linspace(0, 1, 20, endpoint=False)
    r = (r0[:-1, None, :] + (r0[1:] - r0[:-1])[:, None, :] * f[None, :, None]).reshape(-1, 2)  # points along edges
    _, _, d = GEOD.inv(np.repeat(ex[:, 0], len(r)), np.repeat(ex[:, 1], len(r)), np.tile(r[:, 0], len(ex)),
                       np.tile(r[:, 1], len(ex)))  # fmt: skip
    size = math.sqrt(area(mp))
    assert np.asarray(d).reshape(len(ex), len(r)).min(axis=1).max() < 0.005 * size


def test_openair_circle_is_geodesic_to_one_metre():
    a = read_airspace_file(OA / "openaip_circular.txt").airspaces[0]
    d = ring_dist(a.geometry, dms(10, 25, 10), dms(53, 24, 25))
    assert np.abs(d - 1.10 * NM).max() < 1e-6 * 1.1 * NM + 0.01  # vertices on the circle
    assert (a.floor_ref, a.ceiling_ref) == ("SFC", "MSL") and a.ceiling_m == pytest.approx(2200 * FT)


def test_openair_arc_ccw_and_angles():
    ccw = read_airspace_file(OA / "openaip_arc-ccw.txt").airspaces[0]
    assert ccw.floor_ref == "MSL" and ccw.floor_m == pytest.approx(4000 * FT)
    assert ccw.ceiling_ref == "STD" and ccw.ceiling_m == pytest.approx(10000 * FT)
    # DB arc around 52:26N 7:12E: the arc points keep the start point's radius
    cx, cy = 7.2, dms(52, 26, 0)
    _, _, r1 = GEOD.inv(cx, cy, dms(7, 17, 48), dms(52, 29, 31))
    d = ring_dist(ccw.geometry, cx, cy)
    on_arc = np.abs(d - r1) < 1.0
    assert on_arc.sum() > 20
    # counter-clockwise from the east point to the west point passes north of the centre
    r = np.asarray(ccw.geometry[0][0])[on_arc]
    assert r[:, 1].max() > cy + 0.07
    cw = read_airspace_file(OA / "openaip_arc-angle-cw.txt").airspaces[0]
    assert cw.ceiling_ref == "AGL" and cw.ceiling_m == pytest.approx(500 * FT)


def test_openair_malformed_records_are_refused_with_line_numbers():
    cases = {
        "openaip_ceiling-definitions-al-greater-ah.txt": ("line 9", "above ceiling"),
        "openaip_flight-level-missing-number.txt": ("line 6", "flight level without a number"),
        "openaip_invalid-coordinates.txt": ("line 14", "malformed coordinate"),
    }
    for fname, (where, why) in cases.items():
        with pytest.raises(InputError) as exc:
            read_airspace_file(OA / fname)
        assert where in str(exc.value) and why in str(exc.value), fname


def test_openair_self_crossing_outline_kept_with_its_problem_class_and_type():
    a = read_airspace_file(OA / "openaip_self-intersecting.txt").airspaces[0]
    assert a.repair.startswith("outline crosses itself (edge near 42.87917, -0.66583")
    assert a.repair.endswith("at line 1: kept as drawn, to be repaired (make-valid)")
    assert len(a.geometry[0][0]) > 150  # the outline as drawn, every vertex kept
    assert (a.airspace_class, a.airspace_type) == ("", "danger")  # AC Q
    e = read_airspace_file(OA / "erictaylor_ksgu-airspaces.txt").airspaces[0]
    assert (e.airspace_class, e.airspace_type) == ("E", "")
    v2 = read_airspace_file(OA / "openaip_version-2-commands.txt").airspaces[0]
    assert (v2.airspace_class, v2.airspace_type) == ("D", "TMA")


def test_openair_bad_record_skipped_rest_imported():
    good = (OA / "openaip_polygon.txt").read_bytes()
    bad = (OA / "openaip_invalid-coordinates.txt").read_bytes()
    res = read_airspace_bytes(good + b"\n" + bad, "mix.txt")
    assert [a.name for a in res.airspaces] == ["ED-R10B Todendorf-Putlos MON-SAT+"]
    assert len(res.issues) == 1 and res.issues.issues[0].line == good.count(b"\n") + 1 + 14


def test_openair_units_comments_v2_and_3_digit_latitude():
    m = read_airspace_file(OA / "openaip_meter-altitude-unit.txt").airspaces[0]
    assert (m.floor_m, m.floor_ref) == (3000.0, "MSL") and m.ceiling_m == pytest.approx(15000 * FT)
    c = read_airspace_file(OA / "openaip_check-limits-unit-conversion.txt").airspaces[0]
    assert c.floor_ref == "STD" and c.floor_m == pytest.approx(18000 * FT) and c.ceiling_m == pytest.approx(35000 * FT)
    ic = read_airspace_file(OA / "openaip_inline-comments.txt").airspaces[0]
    assert ic.name == "TMP JSDF X-12-2 till 31Mar22 Height by NOTAM"
    v2 = read_airspace_file(OA / "openaip_version-2-commands.txt").airspaces
    assert {a.kind for a in v2} == {"TMA"}
    windows = [(a.start_time, a.end_time) for a in v2 if a.start_time or a.end_time]
    assert (None, 1738497600.0) in windows and (1740999600.0, None) in windows  # AA NONE/... and .../NONE
    assert (1735732800.0, 1735736400.0) in windows
    e2 = read_airspace_file(OA / "erictaylor_ksgu-airspaces.txt").airspaces[0]
    d = ring_dist(e2.geometry, -dms(113, 30, 37), dms(37, 2, 11))
    assert np.abs(d - 4.5 * NM).max() < 0.01
    assert "MSL assumed" in e2.notes and e2.ceiling_m == pytest.approx(17999 * FT)


def test_openair_gnd_reference_means_agl():
    res = read_airspace_bytes(b"AC R\nAN X\nAL GND\nAH 1000ft GND\nV X=45:00:00 N 010:00:00 E\nDC 1\n", "x.txt")
    a = res.airspaces[0]
    assert a.ceiling_ref == "AGL" and a.ceiling_m == pytest.approx(1000 * FT)


# ----------------------------------------------------------------------------------------------- TFR XML


def test_tfr_xml_sfra_polygon_limits_and_permanence():
    res = read_airspace_file(REALDATA / "tfr" / "faa_detail_4_9433_DC_SFRA.xml")
    assert res.format == "tfr_xml" and len(res.airspaces) == 1
    a = res.airspaces[0]
    assert a.ident == "4/9433" and a.kind == "NDA"
    assert (a.floor_ref, a.ceiling_ref) == ("SFC", "AGL") and a.ceiling_m == pytest.approx(17999 * FT)
    assert a.end_time is None and "permanent" in a.notes
    assert a.start_time == 1725395400.0  # 2409032030 from the text (no dateEffective in the file)
    # every published vertex is on our outline, and the area is that of the published polygon (geodesic edges)
    import xml.etree.ElementTree as ET

    root = ET.fromstring((REALDATA / "tfr" / "faa_detail_4_9433_DC_SFRA.xml").read_bytes()[3:])
    merged = next(e for e in root.iter() if e.tag == "abdMergedArea")
    pts = []
    for avx in merged.iter("Avx"):
        la, lo = avx.find("geoLat").text, avx.find("geoLong").text
        pts.append(((-1 if lo.endswith("W") else 1) * float(lo[:-1]), (-1 if la.endswith("S") else 1) * float(la[:-1])))
    ring = np.asarray(a.geometry[0][0])
    for lo, la in pts:
        assert np.min(np.hypot(ring[:, 0] - lo, ring[:, 1] - la)) < 1e-9
    p = np.asarray(pts)
    ref, _ = GEOD.polygon_area_perimeter(p[:, 0], p[:, 1])
    assert area(a.geometry) == pytest.approx(abs(ref), rel=1e-4)
    # the SFRA is roughly the 30 NM circle around DCA
    assert area(a.geometry) == pytest.approx(math.pi * (30 * NM) ** 2, rel=0.02)


def test_tfr_xml_frz():
    a = read_airspace_file(REALDATA / "tfr" / "faa_detail_4_2565_DC_FRZ.xml").airspaces[0]
    assert a.ident == "4/2565" and a.start_time == 1719244800.0  # 2406241600
    # the FRZ is within about 15 NM of DCA (38 51 34N 77 02 11W)
    d = ring_dist(a.geometry, -dms(77, 2, 11), dms(38, 51, 34))
    assert d.max() < 17 * NM and d.min() > 10 * NM


def test_tfr_xml_time_zone_and_circle():
    xml = b"""<XNOTAM-Update><Group><Add><Not><NotUid><txtLocalName>3/1085</txtLocalName></NotUid>
    <dateEffective>2023-02-04T09:00:00</dateEffective><dateExpire>2023-02-04T17:00:00</dateExpire>
    <codeTimeZone>EST</codeTimeZone><TfrNot><codeType>91.137(a)(1)</codeType><TFRAreaGroup><aseTFRArea>
    <codeDistVerUpper>ALT</codeDistVerUpper><valDistVerUpper>600</valDistVerUpper><uomDistVerUpper>FL</uomDistVerUpper>
    <codeDistVerLower>HEI</codeDistVerLower><valDistVerLower>0</valDistVerLower><uomDistVerLower>FT</uomDistVerLower>
    </aseTFRArea><aseShapes><Abd><Avx><codeType>CIR</codeType><geoLat>33.5N</geoLat><geoLong>079.0W</geoLong>
    <valRadiusArc>10</valRadiusArc><uomRadiusArc>NM</uomRadiusArc></Avx></Abd></aseShapes></TFRAreaGroup>
    </TfrNot></Not></Add></Group></XNOTAM-Update>"""
    a = read_airspace_bytes(xml, "detail_3_1085.xml").airspaces[0]
    assert a.start_time == 1675519200.0  # 09:00 EST = 14:00Z
    assert a.end_time == 1675548000.0
    assert a.ceiling_ref == "STD" and a.ceiling_m == pytest.approx(60000 * FT)
    assert np.abs(ring_dist(a.geometry, -79.0, 33.5) - 10 * NM).max() < 0.01
    bad = xml.replace(b"<codeTimeZone>EST", b"<codeTimeZone>Mars/Olympus")
    with pytest.raises(InputError, match="time zone"):
        read_airspace_bytes(bad, "x.xml")


# ----------------------------------------------------------------------------------------------- NOTAM


def test_faa_notam_text_circle_and_refused_named_area():
    res = read_airspace_file(REALDATA / "notam" / "faa_xnotam_txtDescrTraditional_4_9433_4_2565.txt")
    assert res.format == "faa_notam" and len(res.airspaces) == 1
    a = res.airspaces[0]
    d = ring_dist(a.geometry, -dms(77, 2, 11), dms(38, 51, 34))
    assert np.abs(d - 30 * NM).max() < 0.01
    assert (a.floor_ref, a.ceiling_ref, a.end_time) == ("SFC", "AGL", None)
    assert len(res.issues) == 1 and "DC FRZ" in res.issues.issues[0].reason and res.issues.issues[0].line == 7


def test_icao_notams_raw_and_json_agree_and_polygons_match_coordinates():
    raw = read_airspace_file(REALDATA / "notam" / "joey0609_2024-01_rawmessages.txt")
    js = read_airspace_file(REALDATA / "notam" / "joey0609_notam_db_2024-01.json")
    db = json.loads((REALDATA / "notam" / "joey0609_notam_db_2024-01.json").read_text())
    assert [a.ident for a in raw.airspaces] == db["CODE"] == [a.ident for a in js.airspaces]
    for a, coords in zip(js.airspaces, db["COORDINATES"]):
        pts = []
        for tok in coords.split("-"):
            h1, rest = tok[0], tok[1:]
            i = max(rest.find("E"), rest.find("W"))
            la, lo = rest[:i], rest[i + 1 :]

            def deg(s, w):
                return int(s[:w]) + int(s[w : w + 2]) / 60 + (int(s[w + 2 : w + 4]) / 3600 if len(s) > w + 2 else 0)

            pts.append(((-1 if rest[i] == "W" else 1) * deg(lo, 3), (-1 if h1 == "S" else 1) * deg(la, 2)))
        if pts[0] == pts[-1]:
            pts = pts[:-1]
        p = np.asarray(pts)
        ref, _ = GEOD.polygon_area_perimeter(p[:, 0], p[:, 1])
        assert area(a.geometry) == pytest.approx(abs(ref), rel=1e-4), a.ident
        assert (a.floor_ref, a.ceiling_ref) == ("SFC", "UNL")
    f = next(a for a in raw.airspaces if a.ident == "F4385/23")
    assert f.schedule == "DAILY 1000-1500" and f.start_time == 1704448800.0 and f.end_time == 1704726000.0
    assert next(a for a in raw.airspaces if a.ident == "A0118/24").notes.count("replaces A0112/24") == 1


def test_icao_malformed_q_line_uses_item_e_and_southern_hemisphere():
    res = read_airspace_file(REALDATA / "notam" / "joey0609_2023-02_rawmessages.txt")
    a = next(x for x in res.airspaces if x.ident == "A0508/23")
    assert "Q-line" in a.notes
    r = np.asarray(a.geometry[0][0])
    assert r[:, 1].min() == pytest.approx(10 + 22 / 60) and r[:, 0].max() == pytest.approx(134 + 31 / 60)
    s = next(x for x in res.airspaces if x.ident == "F0491/23")
    assert np.asarray(s.geometry[0][0])[:, 1].max() < -9.0


def test_icao_q_envelope_fallback_multipart_and_non_airspace_refused():
    res = read_airspace_file(REALDATA / "notam" / "svoop_notam_factory_icao_messages.txt")
    assert any("QMRXX" in i.reason for i in res.issues.issues)
    merged = [a for a in res.airspaces if "only part" not in a.notes]
    assert len(merged) == 1
    a = merged[0]
    assert a.floor_ref == "SFC" and a.ceiling_ref == "STD" and a.ceiling_m == pytest.approx(10000 * FT)
    assert "Q-line envelope" in a.notes
    assert np.abs(ring_dist(a.geometry, 8 + 4 / 60, 50 + 3 / 60) - 12 * NM).max() < 0.01


def test_icao_circle_in_item_e_and_limits():
    txt = (b"A1234/23 NOTAMN\nQ) ULWW/QRTCA/IV/BO/W/000/660/6128N04015E010\nA) ULWW B) 2302041200 C) 2302042359EST\n"
           b"E) TEMPO RESTRICTED AREA CIRCLE RADIUS 5KM CENTRE 612800N0401500E.\n"
           b"F) 2000FT AMSL G) FL660\n")  # fmt: skip
    a = read_airspace_bytes(txt, "n.txt").airspaces[0]
    assert np.abs(ring_dist(a.geometry, 40.25, 61 + 28 / 60) - 5000).max() < 0.01
    assert (a.floor_ref, a.floor_m) == ("MSL", pytest.approx(2000 * FT)) and a.ceiling_m == pytest.approx(66000 * FT)
    assert "estimate" in a.notes and a.end_time == 1675555140.0


# ----------------------------------------------------------------------------------------------- AIXM, GeoJSON


def test_aixm_circle_polygon_and_refused_deltas():
    a = read_airspace_file(REALDATA / "aixm" / "donlon2022_DN_SAA.NEW_1_SAR.xml").airspaces[0]
    assert a.ident == "EAR0011-22" and a.kind == "R"
    assert np.abs(ring_dist(a.geometry, -40.033055, 53.103333) - 3 * NM).max() < 0.01  # lat-lon order
    assert (a.floor_ref, a.ceiling_ref, a.ceiling_m) == ("SFC", "MSL", pytest.approx(5000 * FT))
    assert a.start_time == 1661792400.0 and "17:00-19:00" in a.schedule and "A0144/22" in a.notes
    b = read_airspace_file(REALDATA / "aixm" / "donlon2022_DN_SAA.ACT_2_changed_limits.xml").airspaces[0]
    assert b.floor_ref == "STD" and b.floor_m == pytest.approx(30000 * FT)
    r = np.asarray(b.geometry[0][0])
    assert r[:, 1].max() == pytest.approx(55.8884443896817, abs=1e-9)
    assert r[:, 0].min() == pytest.approx(-41.0089114950151)
    c = read_airspace_file(REALDATA / "aixm" / "donlon2022_DN_SAA.NEW_3_polygon_excluded_airspace.xml").airspaces[0]
    assert "CTR DONLON" in c.notes and "parachute" in c.text
    for f in ("ACT_1_area_activation", "ACT_3_date_range_schedule"):
        with pytest.raises(InputError, match="TEMPDELTA .* skipped: its BASELINE is not in the file"):
            read_airspace_file(REALDATA / "aixm" / f"donlon2022_DN_SAA.{f}.xml")


def test_aixm_tempdelta_activations_applied_to_their_baseline_from_another_file():
    from balloon_watch.plugin.core.airspace.aixm import apply_tempdeltas

    base_path = REALDATA.parent / "constructed" / "aixm_EAR2_baseline_constructed.xml"
    files = [base_path] + [REALDATA / "aixm" / f"donlon2022_DN_SAA.{f}.xml"
                           for f in ("ACT_1_area_activation", "ACT_3_date_range_schedule")]
    results = [read_airspace_file(f, defer_deltas=True) for f in files]
    assert [len(r.deltas) for r in results] == [0, 1, 1]
    assert apply_tempdeltas(results) == 2
    base = results[0].airspaces[0]
    assert (base.ident, base.airspace_type, base.start_time, base.end_time) == ("EAR2", "restricted", 1640995200.0,
                                                                               None)
    act1, act3 = results[1].airspaces[0], results[2].airspaces[0]
    # the activation's own window (validTime of the TEMPDELTA), on the BASELINE's outline and limits FL250-FL350
    assert (act1.start_time, act1.end_time) == (1651381200.0, 1651417200.0)  # 2022-05-01 05:00Z-15:00Z
    assert (act3.start_time, act3.end_time) == (1652162400.0, 1653060600.0)  # 2022-05-10 06:00Z-05-20 15:30Z
    for a in (act1, act3):
        assert a.geometry == base.geometry
        assert (a.floor_ref, a.floor_m, a.ceiling_m) == ("STD", pytest.approx(25000 * FT), pytest.approx(35000 * FT))
        assert "TEMPDELTA activation" in a.notes and "applied to the BASELINE from" in a.notes
        assert "permanent" not in a.notes
    assert act1.schedule == "ACTIVE TRAINING" and "Restricted Area EAR2 PASOUND activated" in act1.text
    assert act3.schedule.startswith("ACTIVE AIR_DROP: ANY 06:00-15:30 UTC")
    assert "NOTAM A1200/22" in act1.notes


def test_geojson_faa_sua():
    path = REALDATA / "airspace_geojson" / "faa_Prohibited_Areas.geojson"
    res = read_airspace_file(path)
    src = json.loads(path.read_text())
    assert len(res.airspaces) == 13
    for a, f in zip(res.airspaces, src["features"]):
        p = f["properties"]
        assert a.name == p["NAME"] and a.ceiling_m == pytest.approx(float(p["UPPER_VAL"]) * FT)
        assert a.floor_ref == "SFC" and a.ceiling_ref == "MSL"
        ring = np.asarray(f["geometry"]["coordinates"][0])[:, :2]
        ref, _ = GEOD.polygon_area_perimeter(ring[:, 0], ring[:, 1])
        assert area(a.geometry) == pytest.approx(abs(ref), rel=1e-3)


def test_detect_formats():
    expect = {
        "tfr/faa_detail_4_9433_DC_SFRA.xml": "tfr_xml", "aixm/donlon2022_DN_SAA.NEW_1_SAR.xml": "aixm",
        "openair/openaip_polygon.txt": "openair", "airspace_geojson/faa_Prohibited_Areas.geojson": "geojson",
        "notam/joey0609_2023-02_rawmessages.txt": "icao_notam", "notam/joey0609_notam_db_2023-02.json": "icao_notam",
        "notam/faa_xnotam_txtDescrTraditional_4_9433_4_2565.txt": "faa_notam",
    }  # fmt: skip
    for rel, fmt in expect.items():
        assert detect_airspace_format((REALDATA / rel).read_bytes()[:65536], rel) == fmt, rel
    with pytest.raises(InputError, match="unrecognised"):
        detect_airspace_format(b"hello world", "x.txt")


def test_tfrset_legacy_export_read_through_its_notam_text():
    """Constructed file (no public TFRSET sample or schema was reachable; see the file's comment)."""
    res = read_airspace_file(REALDATA.parent / "constructed" / "tfrset_constructed.xml")
    assert res.format == "tfr_xml" and len(res.airspaces) == 1
    a = res.airspaces[0]
    assert a.ident == "FDC 3/1128" and (a.floor_ref, a.ceiling_ref) == ("SFC", "STD")
    assert a.ceiling_m == pytest.approx(65000 * FT)
    assert (a.start_time, a.end_time) == (1675532700.0, 1675542600.0)  # 2023-02-04 17:45Z-20:30Z
    assert a.airspace_type == "TFR" and "NID=3/1128" in a.notes and a.line == 1
    r = np.asarray(a.geometry[0][0])
    _, _, d = pyproj.Geod(ellps="WGS84").inv(np.full(len(r), -78.75), np.full(len(r), 33.7), r[:, 0], r[:, 1])
    assert np.abs(np.asarray(d) - 70 * 1852.0).max() < 1.0
    assert [(i.line, "no NOTAM text" in i.reason) for i in res.issues.issues] == [(2, True)]


def test_unlimited_floor_is_refused_with_its_line():
    text = ("Q) KZLC/QRTCA/IV/BO/W/000/999/4548N10832W030\nA) KZLC B) 2302011200 C) 2302012300\n"
            "E) AIRSPACE CLOSED CIRCLE RADIUS 5KM CENTRE 454800N1083200W\nF) UNL G) UNL\n")
    with pytest.raises(InputError, match=r"floor UNL is not a height"):
        read_airspace_bytes(text.encode(), "unl.txt")


_OA_SQUARE = "DP 46:00:00N 014:00:00E\nDP 46:10:00N 014:00:00E\nDP 46:10:00N 014:10:00E\nDP 46:00:00N 014:10:00E\n"


def test_openair_aa_none_keeps_the_airspace_with_no_window_and_says_so():
    """Naviter 2.1: 'AA NONE' = no activation time defined yet (activated by NOTAM); it overrides other AA lines.
    The Slovenian national file has six such restricted areas: they are kept, not skipped."""
    text = ("*VERSION: 2.1\nAC UNC\nAY R\nAN LJR4 (NOTAM)\nAL GND\nAH FL95\nAA NONE\n" + _OA_SQUARE
            + "AC UNC\nAY R\nAN LJR5\nAL GND\nAH FL95\nAA 2023-05-28T12:00Z/2023-05-28T20:00Z\nAA NONE\n" + _OA_SQUARE)
    res = read_airspace_bytes(text.encode(), "si.openair")
    assert len(res.issues) == 0 and [a.name for a in res.airspaces] == ["LJR4 (NOTAM)", "LJR5"]
    for a in res.airspaces:
        assert (a.start_time, a.end_time, a.schedule) == (None, None, "AA NONE")
        assert "activation times not defined (AA NONE at line" in a.notes


def test_openair_record_without_a_name_is_named_by_class_and_line():
    res = read_airspace_bytes(("AC G\nAH 2100ft MSL\nAL GND\n" + _OA_SQUARE).encode(), "de.txt")
    a = res.airspaces[0]
    assert a.name == a.ident == "unnamed G (line 1)" and "no name (AN)" in a.notes


def test_openair_keyhole_outline_kept_for_repair_not_left_invalid():
    """Germany's Frankfurt class D is drawn as one ring: an inner square, a cut out to the outer ring and round it.
    No two edges cross, but the ring passes twice through the cut's ends (GEOS: self-intersection); it was
    written out invalid. It is now kept for make-valid, the problem said."""
    inner = ["50:08:00N 008:28:00E", "50:06:00N 008:30:00E", "50:04:00N 008:28:00E", "50:06:00N 008:26:00E"]
    outer = ["50:12:00N 008:28:00E", "50:06:00N 008:36:00E", "50:00:00N 008:28:00E", "50:06:00N 008:20:00E"]
    pts = inner + [inner[0], outer[0]] + outer[1:] + [outer[0], inner[0]]
    text = "AC D\nAN Keyhole\nAL 1500ft MSL\nAH 2500ft MSL\n" + "".join(f"DP {p}\n" for p in pts)
    res = read_airspace_bytes(text.encode(), "k.txt")
    (a,) = res.airspaces
    assert a.repair.startswith("outline crosses itself (it passes twice through 50.13333, 8.46667) at line 1")
