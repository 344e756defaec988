"""plugin/layout/profile.py on a long flight: the whole flight above, a readable detail of each violated closure."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from balloon_watch.plugin.layout.profile import ProfileData, render_svg

NS = {"s": "http://www.w3.org/2000/svg"}
FT = 0.3048
T0 = 1675000000.0


def long_flight() -> ProfileData:
    track = [(T0 + 600.0 * i, 18000.0 + 200.0 * (i % 7)) for i in range(6 * 144)]  # six days
    closure = {"name": "TFR9", "status": "violated", "floor_m": 5000 * FT, "ceiling_m": 60000 * FT,
               "start": T0 + 3 * 86400, "end": T0 + 3 * 86400 + 7200}
    clear_far = {"name": "LATER", "status": "inactive at passage", "floor_m": 0.0, "ceiling_m": None,
                 "start": T0 + 10 * 86400, "end": T0 + 11 * 86400}
    passage = {"name": "TFR9", "enter": T0 + 3 * 86400 + 1800, "exit": T0 + 3 * 86400 + 4200, "violated": True}
    cpa = {"site": "Delta AFB", "time": T0 + 2 * 86400, "alt_m": 18400.0, "cpa_m": 5000.0}
    return ProfileData(tracks=[track], closures=[closure, clear_far], passages=[passage], approaches=[cpa])


def _axes(panel):
    axes = panel.find("s:g[@class='axes']", NS)
    return {k: float(axes.get("data-" + k)) for k in ("top-ft", "t0", "t1", "x0", "x1", "y0", "y1")}


def test_long_flight_gets_a_detail_panel_per_violated_closure():
    root = ET.fromstring(render_svg(long_flight()))
    panels = root.findall("s:g[@class='panel']", NS)
    assert [p.get("data-role") for p in panels] == ["main", "zoom"]
    zoom = panels[1]
    a = _axes(zoom)
    assert a["t0"] < T0 + 3 * 86400 and a["t1"] > T0 + 3 * 86400 + 7200  # the window and some time around it
    rect = zoom.find("s:g[@class='closure'][@data-name='TFR9']/s:rect", NS)
    x = float(rect.get("x"))
    assert x == pytest.approx(a["x0"] + (a["x1"] - a["x0"]) * (3 * 86400 - (a["t0"] - T0)) / (a["t1"] - a["t0"]),
                              abs=0.2)
    assert float(rect.get("width")) > 100  # readable, where the whole flight makes it 4 units wide
    top = a["y0"] - (a["y0"] - a["y1"]) * 60000 / a["top-ft"]
    bottom = a["y0"] - (a["y0"] - a["y1"]) * 5000 / a["top-ft"]
    assert float(rect.get("y")) == pytest.approx(top, abs=0.2)
    assert float(rect.get("y")) + float(rect.get("height")) == pytest.approx(bottom, abs=0.2)
    assert zoom.find("s:rect[@class='passage']", NS) is not None
    main = panels[0]
    assert float(main.find("s:g[@class='closure'][@data-name='TFR9']/s:rect", NS).get("width")) < 20  # 2 h of 6 days
    # a closure active only after the flight is said in words, once, not drawn
    later = main.find("s:g[@class='closure'][@data-name='LATER']", NS)
    assert later.get("data-drawn") == "0" and "after the track" in "".join(later.itertext())
    assert later.get("data-ceiling-ft") == "UNL"
    assert [g.get("data-site") for g in main.findall("s:g[@class='cpa']", NS)] == ["Delta AFB"]


def test_no_track_says_so():
    svg = render_svg(ProfileData())
    assert "No track altitude" in svg and "polyline" not in svg
