"""The briefing layout (plugin/layout) built on a small incident: every item on its page, a legend that holds its
content, numeric scale bars, tables by kind, the altitude profile, the event pages and the antimeridian."""

from __future__ import annotations

import base64
import re
import subprocess
import xml.etree.ElementTree as ET

import numpy as np
import pyproj
import pytest
from conftest import FT, incident
from qgis.core import (
    QgsCoordinateTransform,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemPage,
    QgsLayoutItemRegistry,
    QgsProject,
)

from balloon_watch.plugin.core.kinds import APPROACHES, CLOSURES_FLAGGED, FORECAST_ETA
from balloon_watch.plugin.layout import briefing, items
from balloon_watch.plugin.qgis_io.basemap import is_basemap
from balloon_watch.plugin.qgis_io.compat import label_text_size
from balloon_watch.plugin.qgis_io.convert import WGS84
from balloon_watch.plugin.qgis_io.kinds import kind_of


def build(scene, **kw):
    return briefing.build_layout(QgsProject.instance(), scene["layers"], "Test incident", "Case 7", **kw)


def visible_items(layout):
    return [i for i in layout.items() if isinstance(i, QgsLayoutItem) and i.isVisible()
            and i.type() != QgsLayoutItemRegistry.LayoutPage]


def test_every_item_lies_inside_its_page(scene):
    layout = build(scene)
    items.settle_legend(layout.itemById("legend"))
    pages = layout.pageCollection()
    assert pages.pageCount() == 2
    for item in visible_items(layout):
        rect = item.sceneBoundingRect()
        page = pages.page(pages.pageNumberForPoint(rect.center()))
        assert isinstance(page, QgsLayoutItemPage)
        assert page.sceneBoundingRect().adjusted(-0.01, -0.01, 0.01, 0.01).contains(rect), \
            (item.id() or type(item).__name__, rect, page.sceneBoundingRect())


def test_legend_holds_its_content_and_only_the_data(scene):
    layout = build(scene)
    legend = layout.itemById("legend")
    items.settle_legend(legend)
    needed_w, needed_h = items.legend_content_size(legend)
    assert legend.rect().width() >= needed_w - 0.01 and legend.rect().height() >= needed_h - 0.01
    assert legend.resizeToContents()  # on every atlas page too
    note = layout.itemById("event_note")
    assert legend.sceneBoundingRect().bottom() <= note.sceneBoundingRect().top()  # nothing under the note
    shown = [node.layer() for node in legend.model().rootGroup().findLayers()]
    assert shown and not any(is_basemap(lyr) for lyr in shown)
    # only what the map draws: the far-away catalogue site is not listed (our filter, not QGIS's: see
    # test_legend_lists_what_a_continental_map_draws)
    assert "Sites" not in [lyr.name() for lyr in shown] and "Balloon fixes" in [lyr.name() for lyr in shown]
    # the main map draws the basemap under the data
    main = [lyr for lyr in layout.itemById("main_map").layers()]
    assert [is_basemap(lyr) for lyr in main][-3:] == [True, True, True] and not is_basemap(main[0])


def _page_text(pdf, page: int, box_mm=None) -> str:
    args = ["pdftotext", "-layout", "-f", str(page), "-l", str(page)]
    if box_mm:
        x, y, w, h = (v / 25.4 * 72 for v in box_mm)
        args += ["-x", str(int(x)), "-y", str(int(y)), "-W", str(int(w)), "-H", str(int(h))]
    return subprocess.run(args + [str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_scale_bars_are_numeric_and_round(scene, tmp_path):
    layout = build(scene, event_pages=False)
    pdf = briefing.export(layout, tmp_path / "b.pdf", dpi=100)
    for item_id, unit in (("scalebar_km", "km"), ("scalebar_nm", "NM")):
        bar = layout.itemById(item_id)
        assert bar.isVisible()
        seg = bar.unitsPerSegment()
        assert seg > 0 and re.fullmatch(r"(1|2|2\.5|5)(0*)(\.0)?", "{:g}".format(seg / 10 ** int(
            __import__("math").floor(__import__("math").log10(seg))))), seg
        pos, size = bar.pagePos(), bar.rect()
        text = _page_text(pdf, 1, (pos.x(), pos.y(), size.width(), size.height() + 1))
        tokens = text.split()
        assert unit in tokens and "nan" not in text.lower(), text
        numbers = [t for t in tokens if t != unit]
        assert numbers and all(re.fullmatch(r"\d{1,3}(,\d{3})*(\.\d+)?", t) for t in numbers), text
        assert float(numbers[1].replace(",", "")) == pytest.approx(seg)  # the first segment ends at its length


def test_world_wide_extent_has_no_nan_scale_bar(scene, tmp_path):
    from qgis.core import QgsRectangle, QgsReferencedRectangle

    layout = build(scene, extent=QgsReferencedRectangle(QgsRectangle(-179, -80, 179, 80), WGS84),
                   event_pages=False)
    pdf = briefing.export(layout, tmp_path / "w.pdf", dpi=72)
    assert "nan" not in _page_text(pdf, 1).lower()
    assert not layout.itemById("scalebar_km").isVisible() and not layout.itemById("scalebar_nm").isVisible()


def test_each_table_holds_the_kind_its_title_says(scene, tmp_path):
    layout = build(scene)
    expected = {"events_table": (APPROACHES.id, "Closest approaches"),
                "closures_table": (CLOSURES_FLAGGED.id, "Closures met"),
                "forecast_table": (FORECAST_ETA.id, "Forecast")}
    for table_id, (kind_id, words) in expected.items():
        frame = layout.itemById(table_id)
        assert isinstance(frame, QgsLayoutFrame) and frame.isVisible()
        table = frame.multiFrame()
        assert kind_of(table.vectorLayer()).id == kind_id
        heading = layout.itemById(table_id.replace("_table", "_heading")).text()
        assert words in heading, heading
    assert "NOT observed" in layout.itemById("forecast_heading").text()
    headings = [c.heading() for c in layout.itemById("events_table").multiFrame().columns()]
    assert headings == ["Site", "CPA km", "CPA NM", "CPA time UTC", "Alt ft", "FL"]
    pdf = briefing.export(layout, tmp_path / "t.pdf", dpi=72)
    text = _page_text(pdf, 2)
    alpha = next(line for line in text.splitlines() if "Alpha AFB" in line and "8.2" in line)
    alt = scene["alts"][40]
    assert "4.4" in alpha and "{:,.0f}".format(alt / FT) in alpha and "FL{:03d}".format(round(alt / 30.48)) in alpha
    assert "TFR ONE" in text and "TFR TWO" not in text and "SFC - 65,000 ft MSL" in text
    assert "Charlie Base" in text
    # observed and forecast periods apart and labelled
    sub = layout.itemById("subtitle").text()
    assert "Observed 2023-02-02 10:00 to 2023-02-02 22:00 UTC" in sub


def _svg(layout):
    path = layout.itemById("profile").picturePath()
    assert path.startswith("base64:")
    return ET.fromstring(base64.b64decode(path[7:]).decode("utf-8"))


def test_profile_has_the_closures_limits_and_the_approaches(scene):
    layout = build(scene)
    root = _svg(layout)
    ns = {"s": "http://www.w3.org/2000/svg"}
    panels = root.findall("s:g[@class='panel']", ns)
    assert [p.get("data-role") for p in panels] == ["main"]  # a 12-hour flight needs no detail panel
    root = panels[0]
    axes = root.find("s:g[@class='axes']", ns)
    top_ft, t0, t1 = (float(axes.get(k)) for k in ("data-top-ft", "data-t0", "data-t1"))
    x0, x1, y0, y1 = (float(axes.get(k)) for k in ("data-x0", "data-x1", "data-y0", "data-y1"))
    closures = root.findall("s:g[@class='closure']", ns)
    assert [c.get("data-name") for c in closures] == ["TFR1"]  # the clear one was not met
    c = closures[0]
    assert float(c.get("data-floor-ft")) == 0 and float(c.get("data-ceiling-ft")) == pytest.approx(65000, abs=1)
    rect = c.find("s:rect", ns)
    assert float(rect.get("y")) == pytest.approx(y0 - (y0 - y1) * 65000 / top_ft, abs=0.2)  # the ceiling
    assert float(rect.get("y")) + float(rect.get("height")) == pytest.approx(y0, abs=0.2)  # the floor (SFC)
    assert float(rect.get("x")) == pytest.approx(x0 + (x1 - x0) * (3 * 3600) / (t1 - t0), abs=0.2)  # active from
    assert float(rect.get("width")) == pytest.approx((x1 - x0) * (5 * 3600) / (t1 - t0), abs=0.3)
    assert top_ft >= max(scene["alts"]) / FT
    passages = root.findall("s:rect[@class='passage']", ns)
    assert len(passages) == 1 and passages[0].get("data-violated") == "1"
    cpas = {g.get("data-site"): float(g.get("data-time")) for g in root.findall("s:g[@class='cpa']", ns)}
    assert cpas == {"Alpha AFB": scene["times"][40], "Bravo Intl": scene["times"][100]}
    assert len(root.findall("s:polyline[@class='track']", ns)) == 1


def test_event_pages_one_per_violated_closure_and_approach(scene, tmp_path):
    layout = build(scene)
    atlas = layout.atlas()
    assert atlas.enabled()
    coverage = atlas.coverageLayer()
    pages = [f["page"] for f in coverage.getFeatures()]
    assert pages == ["Incident", "Closure: TFR ONE", "Approach: Alpha AFB", "Approach: Bravo Intl"]
    main = layout.itemById("main_map")
    to_map = QgsCoordinateTransform(WGS84, main.crs(), QgsProject.instance())
    boxes = [f.geometry().boundingBox() for f in coverage.getFeatures()]
    assert boxes[1].contains(to_map.transformBoundingBox(scene["closure_box"]))
    for box, i in ((boxes[2], 40), (boxes[3], 100)):
        from qgis.core import QgsPointXY

        p = to_map.transform(QgsPointXY(scene["lons"][i], scene["lats"][i]))
        assert box.contains(p) and box.width() < boxes[0].width() / 3  # zoomed to the event
    pdf = briefing.export(layout, tmp_path / "atlas.pdf", dpi=72)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+5", info)  # the incident, its details page, three event pages
    assert "Approach to Bravo Intl: 21.5 km (11.6 NM)" in _page_text(pdf, 5)
    assert "Closure violated: TFR ONE" in _page_text(pdf, 3)
    # every event page has round, numeric scale bars of its own scale
    assert "nan" not in "".join(_page_text(pdf, n).lower() for n in range(1, 6))


def test_extent_is_the_incident_not_every_layer(scene):
    layout = build(scene, event_pages=False)
    main = layout.itemById("main_map")
    to_wgs = pyproj.Transformer.from_crs(pyproj.CRS.from_proj4(main.crs().toProj()), "EPSG:4326", always_xy=True)
    ext = main.extent()
    lon_min, _ = to_wgs.transform(ext.xMinimum(), ext.center().y())
    lon_max, _ = to_wgs.transform(ext.xMaximum(), ext.center().y())
    assert lon_min < min(scene["lons"]) and lon_max > max(scene["lons"])
    assert lon_max < -90.0  # the catalogue site near Washington (-77) is left out
    assert "Map projection: azimuthal equidistant centred 47." in layout.itemById("sources").text()


def test_antimeridian_track_stays_small(qgis_app):
    d = incident(lon0=176.0, lat0=52.0)  # 176°E to 179°W
    layers = [v for v in d.values() if hasattr(v, "isValid")]
    project = QgsProject.instance()
    project.addMapLayers(layers)
    try:
        layout = briefing.build_layout(project, layers, "Aleutians", event_pages=False)
        main = layout.itemById("main_map")
        note = layout.itemById("sources").text()
        assert re.search(r"centred 5\d\.\d°N 1(7[5-9]|80)\.\d°(E|W)", note), note
        assert "°E" not in note.split("centred")[1] or float(re.search(r"(\d+\.\d)°E", note).group(1)) <= 180
        geod = pyproj.Geod(ellps="WGS84")
        span_m = geod.inv(176.0, 52.0, 183.2 - 360.0, 52.0)[2]  # the track's 7.2 degrees of longitude
        assert span_m < main.extent().width() < 1.8 * span_m
        assert layout.itemById("scalebar_km").isVisible()
    finally:
        for lay in list(project.layoutManager().layouts()):
            project.layoutManager().removeLayout(lay)
        project.removeAllMapLayers()


def test_long_title_fits_its_box(scene):
    layout = briefing.build_layout(QgsProject.instance(), scene["layers"], "A very long title: " + "balloon " * 8,
                                   event_pages=False)
    title = layout.itemById("title")
    assert title.sizeForText().width() <= title.rect().width() and label_text_size(title) < 18


def test_legend_lists_what_a_continental_map_draws(qgis_app, tmp_path):
    """The 2023 case: a track from the Aleutians (across the antimeridian) to South Carolina in one azimuthal map.
    QGIS 3.32+'s own legend filter tested features against the map's corners in longitude/latitude and listed
    nothing (an empty legend on QGIS 3.44); ours lists each drawn layer with only the classes drawn."""
    from layer_builders import memory_layer
    from qgis.core import QgsField, QgsGeometry, QgsPointXY, QgsRectangle
    from qgis.PyQt.QtCore import Qt

    from balloon_watch.plugin.qgis_io.compat import FieldType
    from balloon_watch.plugin.qgis_io.styles import apply_style

    lons = np.linspace(172.0, 281.0, 120)  # 172°E eastward to 79°W
    lats = np.interp(lons, [172.0, 240.0, 281.0], [52.0, 47.5, 33.0])
    track = memory_layer("Point?crs=EPSG:4326", "Balloon fixes", [QgsField("track_id", FieldType.String)],
                         [(QgsGeometry.fromPointXY(QgsPointXY(((x + 180.0) % 360.0) - 180.0, y)), ["B1"])
                          for x, y in zip(lons, lats)], "track_points")
    closures = memory_layer(
        "Polygon?crs=EPSG:4326", "Closures flagged", [QgsField("ident", FieldType.String),
                                                      QgsField("status", FieldType.String)],
        [(QgsGeometry.fromRect(QgsRectangle(-109.5, 45.3, -107.5, 46.3)), ["KBIL", "violated"]),
         (QgsGeometry.fromRect(QgsRectangle(-79.5, 33.2, -78.5, 34.2)), ["KMYR", "clear"])], "closures_flagged")
    apply_style(closures, "closures_flagged")
    project = QgsProject.instance()
    project.addMapLayers([track, closures])
    try:
        layout = briefing.build_layout(project, [track, closures], "Continental", event_pages=False)
        legend = layout.itemById("legend")
        assert not layout.itemById("main_map").crs().isGeographic()  # the azimuthal map, not lon/lat
        model = legend.model()
        shown = {node.layer().name(): [n.data(Qt.ItemDataRole.DisplayRole) for n in model.layerLegendNodes(node)]
                 for node in model.rootGroup().findLayers()}
        assert set(shown) == {"Balloon fixes", "Closures flagged"}
        assert len(shown["Balloon fixes"]) >= 1
        assert sorted(shown["Closures flagged"]) == ["Clear", "Violated"], shown  # not the classes undrawn
        pdf = briefing.export(layout, tmp_path / "c.pdf", dpi=100)
        pos, size = legend.pagePos(), legend.rect()
        text = _page_text(pdf, 1, (pos.x(), pos.y(), size.width(), size.height()))
        assert "Violated" in text and "Clear" in text and "Passed over" not in text, text
    finally:
        for lay in list(project.layoutManager().layouts()):
            project.layoutManager().removeLayout(lay)
        project.removeAllMapLayers()
