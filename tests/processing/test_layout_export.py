"""``balloonwatch:exportlayout`` (and ``plugin/layout/briefing.py``) on layers built here, checked on the files.

The PDFs are read back with poppler (``pdftotext``, ``pdfinfo``, ``pdftoppm``); distances and the closest
approaches are computed independently with pyproj ``Geod``; map coordinates with a pyproj ``Transformer``.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pyproj
import pytest
from layer_builders import Capture, memory_layer
from qgis.core import (
    QgsApplication,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt
from qgis.PyQt.QtGui import QImage

from balloon_watch.plugin.qgis_io.compat import FieldType
from balloon_watch.plugin.qgis_io.kinds import tag

GEOD = pyproj.Geod(ellps="WGS84")
ALG = "balloonwatch:exportlayout"
T0 = 1675332000.0  # 2023-02-02T10:00:00Z
STEP_S = 150.0
N_FIXES = 301  # 10:00 .. 22:30 UTC
TITLE = "Balloon over Montana (test)"
BANNER = "TEST CAVEAT - NOT FOR RELEASE"
SPAN = "2023-02-02 10:00 to 2023-02-02 22:30 UTC"
MALMSTROM = (-111.1830, 47.5050)
A4_MM = (297.0, 210.0)


def qdt(epoch: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(epoch * 1000), Qt.TimeSpec.UTC)


def track_fixes() -> list[tuple[float, float, float]]:
    """West to east across Montana, passing ~8 km from Malmstrom AFB."""
    lon = np.linspace(-116.0, -104.5, N_FIXES)
    lat = 47.58 + 0.9 * np.sin((lon + 111.18) / 3.0) * np.exp(-((lon + 111.18) / 2.5) ** 2) - 0.05 * (lon + 111.18)
    t = T0 + STEP_S * np.arange(N_FIXES)
    return list(zip(lon.tolist(), lat.tolist(), t.tolist()))


SITES = [("Malmstrom AFB", *MALMSTROM)] + [
    ("Post {:02d}".format(k), -115.0 + 0.8 * k, 46.0 + 0.25 * (k % 5)) for k in range(1, 14)
]
CLOSURES = [("TFR Alpha", "violated", -112.0, 47.0), ("TFR Bravo", "clear", -109.0, 47.5),
            ("TFR Charlie", "passed over", -106.5, 46.8)]


def closest_approaches(fixes) -> list[tuple[str, float, float]]:
    """(site, cpa_m, cpa_time) over the fixes, by pyproj Geod: the independent truth of the events table."""
    lon = np.array([f[0] for f in fixes])
    lat = np.array([f[1] for f in fixes])
    out = []
    for name, slon, slat in SITES:
        _, _, d = GEOD.inv(np.full(lon.size, slon), np.full(lon.size, slat), lon, lat)
        i = int(np.argmin(d))
        out.append((name, float(d[i]), fixes[i][2]))
    return out


@pytest.fixture(scope="module")
def layers(bw_provider):
    fixes = track_fixes()
    track = memory_layer(
        "Point?crs=EPSG:4326", "Balloon track",
        [QgsField("track_id", FieldType.String), QgsField("time", FieldType.DateTime),
         QgsField("alt_m", FieldType.Double)],
        [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), ["B1", qdt(t), 18000.0]) for x, y, t in fixes])
    sites = memory_layer("Point?crs=EPSG:4326", "Sites", [QgsField("name", FieldType.String)],
                         [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), [n]) for n, x, y in SITES])
    events = memory_layer(
        "Point?crs=EPSG:4326", "Approach events",
        [QgsField("site_name", FieldType.String), QgsField("track_id", FieldType.String),
         QgsField("cpa_m", FieldType.Double), QgsField("cpa_time", FieldType.DateTime)],
        [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), [n, "B1", d, qdt(t)])
         for (n, d, t), (_, x, y) in zip(closest_approaches(fixes), SITES)])
    closures = memory_layer(
        "Polygon?crs=EPSG:4326", "Closures",
        [QgsField("name", FieldType.String), QgsField("status", FieldType.String)],
        [(QgsGeometry.fromRect(_square(x, y)), [n, s])
         for n, s, x, y in CLOSURES])
    # tagged with their kinds as our algorithms' outputs are (the layout finds its tables by kind)
    for layer, kind in ((track, "track_points"), (sites, "sites"), (events, "approach_events"),
                        (closures, "closures_flagged")):
        tag(layer, kind)
    project = QgsProject.instance()
    project.addMapLayers([track, sites, events, closures])
    before = {layout.name() for layout in project.layoutManager().layouts()}
    yield {"track": track, "sites": sites, "events": events, "closures": closures, "fixes": fixes}
    for layout in project.layoutManager().layouts():
        if layout.name() not in before:
            project.layoutManager().removeLayout(layout)
    project.removeMapLayers([lyr.id() for lyr in (track, sites, events, closures)])


def _square(x, y, half=0.3):
    return QgsRectangle(x - half, y - half, x + half, y + half)


def run(feedback=None, **params):
    import processing

    base = {"TITLE": TITLE, "BANNER": BANNER, "EVENT_PAGES": False}  # event pages: tests/layout
    base.update(params)
    return processing.run(ALG, base, feedback=feedback or Capture())


def all_layers(layers):
    return [layers[k] for k in ("track", "sites", "events", "closures")]


def pdftext(path: Path, layout: bool = False, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    args = ["pdftotext"] + (["-layout"] if layout else []) + pages + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def ink(image: QImage, x0: float = 0, y0: float = 0, x1: float = 1, y1: float = 1) -> float:
    """Fraction of non-white pixels in the (relative) window of the image."""
    img = image.convertToFormat(QImage.Format_RGB32)
    ptr = img.constBits()
    ptr.setsize(img.sizeInBytes())
    arr = np.frombuffer(ptr, np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)[:, : img.width(), :3]
    h, w = arr.shape[:2]
    win = arr[int(y0 * h): int(y1 * h), int(x0 * w): int(x1 * w)]
    return float((win.min(axis=2) < 200).mean())


# ------------------------------------------------------------------ PDF contents


def test_pdf_has_title_span_banner_tables(layers, tmp_path):
    out = tmp_path / "briefing.pdf"
    res = run(LAYERS=all_layers(layers), SUBTITLE="Incident 42", OUTPUT=str(out))
    assert res["OUTPUT"] == str(out) and res["LAYOUT"] == TITLE
    text = pdftext(out)
    assert TITLE in text and "Incident 42" in text
    assert "Observed " + SPAN in text  # from the track's time field, in UTC
    assert text.count(BANNER) == 4  # top and bottom of the map page and of the details page
    assert "Malmstrom AFB" in text
    info = pdfinfo(out)
    assert info["Pages"] == "2"
    w_pt, h_pt = (float(v) for v in info["Page size"].split()[0:3:2])
    assert abs(w_pt - A4_MM[0] / 25.4 * 72) < 1 and abs(h_pt - A4_MM[1] / 25.4 * 72) < 1  # A4 landscape

    # events table (page 2): the 10 closest approaches (by Geod) in increasing order, CPA in km and NM
    truth = sorted(closest_approaches(layers["fixes"]), key=lambda e: e[1])
    lines = [ln for ln in pdftext(out, layout=True, page=2).splitlines() if "Malmstrom AFB" in ln or "Post " in ln]
    shown = [next(n for n, _, _ in truth if n in ln) for ln in lines]
    assert shown == [n for n, _, _ in truth[:10]]
    for (name, d, _), line in zip(truth[:10], lines):
        assert "{:.1f}".format(d / 1000.0) in line.split(name)[1]
        assert "{:.1f}".format(d / 1852.0) in line.split(name)[1]
    assert truth[0][0] == "Malmstrom AFB"
    cpa_time = QDateTime.fromMSecsSinceEpoch(int(truth[0][2] * 1000), Qt.TimeSpec.UTC).toString("yyyy-MM-dd HH:mm")
    assert cpa_time in lines[0]
    # closures table: everything but 'clear'
    assert "TFR Alpha" in text and "TFR Charlie" in text and "passed over" in text
    assert "TFR Bravo" not in text


def test_pdf_renders_non_blank_page(layers, tmp_path):
    out = tmp_path / "render.pdf"
    run(LAYERS=all_layers(layers), OUTPUT=str(out))
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", str(out), str(tmp_path / "page")], check=True)
    img = QImage(str(tmp_path / "page.png"))
    assert abs(img.width() - A4_MM[0] / 25.4 * 50) <= 1 and abs(img.height() - A4_MM[1] / 25.4 * 50) <= 1
    # main map (5..195 mm x 26..176 mm), inside its frame: the track and sites are drawn
    assert ink(img, 10 / 297, 30 / 210, 190 / 297, 172 / 210) > 0.005
    assert ink(img, 0, 0, 1, 1) < 0.5  # and the page is not a black box


def test_png_at_300_dpi_by_default(layers, tmp_path):
    out = tmp_path / "briefing.png"
    res = run(LAYERS=all_layers(layers), OUTPUT=str(out))
    assert res["OUTPUT"] == str(out)
    img = QImage(str(out))
    assert abs(img.width() - A4_MM[0] / 25.4 * 300) <= 1 and abs(img.height() - A4_MM[1] / 25.4 * 300) <= 1
    assert ink(img, 10 / 297, 30 / 210, 190 / 297, 172 / 210) > 0.001
    assert ink(img, 0, 0, 1, 12 / 210) > 0.001  # the top banner is there
    assert not list(tmp_path.glob(".balloon_watch_export_*"))


def test_svg_export(layers, tmp_path):
    out = tmp_path / "briefing.svg"
    run(LAYERS=[layers["track"], layers["events"]], DPI=96, OUTPUT=str(out))
    svg = out.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "Malmstrom AFB" in svg


# ------------------------------------------------------------------ the layout kept in the project


def test_layout_kept_in_project_and_replaced(layers, tmp_path):
    manager = QgsProject.instance().layoutManager()
    run(LAYERS=all_layers(layers), TITLE="Same name", OUTPUT=str(tmp_path / "a.pdf"))
    run(LAYERS=[layers["track"], layers["sites"]], TITLE="Same name", BANNER="SECOND", OUTPUT=str(tmp_path / "b.pdf"))
    same = [lay for lay in manager.layouts() if lay.name() == "Same name"]
    assert len(same) == 1
    layout = same[0]
    main = layout.itemById("main_map")
    from balloon_watch.plugin.qgis_io.basemap import is_basemap

    assert {lyr.id() for lyr in main.layers() if not is_basemap(lyr)} == {layers["track"].id(), layers["sites"].id()}
    assert main.keepLayerSet()
    # filling the maps keeps the template's frame sizes (the extent adapts to the frame, not the reverse)
    from balloon_watch.plugin.layout.briefing import template_path

    qpt = Path(template_path()).read_text(encoding="utf-8")
    for item_id in ("main_map", "overview_map"):
        m = re.search(r'<LayoutItem [^>]*id="{}"[^>]*'.format(item_id), qpt)
        size = re.search(r'size="([\d.]+),([\d.]+),mm"', m.group(0))
        rect = layout.itemById(item_id).rect()
        assert (rect.width(), rect.height()) == pytest.approx((float(size[1]), float(size[2])), abs=0.01), item_id
    assert layout.itemById("banner_top").text() == "SECOND" == layout.itemById("banner_bottom").text()
    assert layout.itemById("overview_map").overview().linkedMap() is main
    for item_id in ("legend", "scalebar_km", "scalebar_nm", "north_arrow", "sources", "date", "title"):
        assert layout.itemById(item_id) is not None, item_id
    assert "EPSG" in layout.itemById("sources").text() or "azimuthal" in layout.itemById("sources").text()


def dark_run_mm(image: QImage, item, dpi: float) -> float:
    """Longest horizontal run of dark pixels inside a layout item's box, in mm (the scale bar's outline)."""
    img = image.convertToFormat(QImage.Format_RGB32)
    ptr = img.constBits()
    ptr.setsize(img.sizeInBytes())
    arr = np.frombuffer(ptr, np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)[:, : img.width(), :3]
    px = dpi / 25.4
    pos = item.pagePos()
    win = arr[int(pos.y() * px): int((pos.y() + item.rect().height()) * px),
              int(pos.x() * px): int((pos.x() + item.rect().width()) * px)].min(axis=2) < 100
    best = 0
    for row in win:
        padded = np.concatenate([[0], row.astype(np.int8), [0]])
        edges = np.flatnonzero(np.diff(padded))
        if edges.size:
            best = max(best, int((edges[1::2] - edges[0::2]).max()))
    return best / px


def test_default_extent_margin_and_true_scale_bars(layers, tmp_path):
    dpi = 300
    res = run(LAYERS=all_layers(layers), TITLE="Scale check", DPI=dpi, OUTPUT=str(tmp_path / "s.png"))
    layout = QgsProject.instance().layoutManager().layoutByName(res["LAYOUT"])
    main = layout.itemById("main_map")
    ext = main.extent()
    map_crs = pyproj.CRS.from_proj4(main.crs().toProj())
    to_map = pyproj.Transformer.from_crs("EPSG:4326", map_crs, always_xy=True)
    # the incident: the fixes, the approach events (placed at the sites here) and the violated closure only
    violated = [c for c in CLOSURES if c[1] == "violated"]
    lons = [f[0] for f in layers["fixes"]] + [s[1] for s in SITES] + [c[2] + d for c in violated for d in (-.3, .3)]
    lats = [f[1] for f in layers["fixes"]] + [s[2] for s in SITES] + [c[3] + d for c in violated for d in (-.3, .3)]
    xs, ys = to_map.transform(lons, lats)
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    # every feature inside, with at least 10 % of the data size as margin on each side, and not much more
    assert ext.xMinimum() <= min(xs) - 0.099 * w and ext.xMaximum() >= max(xs) + 0.099 * w
    assert ext.yMinimum() <= min(ys) - 0.099 * h and ext.yMaximum() >= max(ys) + 0.099 * h
    assert min(ext.width() / w, ext.height() / h) < 1.25
    # the map scale is true along the centre line (pyproj Geod)...
    to_wgs = pyproj.Transformer.from_crs(map_crs, "EPSG:4326", always_xy=True)
    cy = ext.center().y()
    (lon1, lon2), (lat1, lat2) = to_wgs.transform([ext.xMinimum(), ext.xMaximum()], [cy, cy])
    scale = GEOD.inv(lon1, lat1, lon2, lat2)[2] / (main.rect().width() / 1000.0)  # ground m per paper m
    assert scale == pytest.approx(main.scale(), rel=0.003)
    # ...and the drawn bars have the length they claim: segments x units per segment, at that scale
    image = QImage(res["OUTPUT"])
    for item_id, unit, metres in (("scalebar_km", QgsUnitTypes.DistanceUnit.DistanceKilometers, 1000.0),
                                  ("scalebar_nm", QgsUnitTypes.DistanceUnit.DistanceNauticalMiles, 1852.0)):
        bar = layout.itemById(item_id)
        assert bar.units() == unit and bar.linkedMap() is main
        claimed_m = bar.numberOfSegments() * bar.unitsPerSegment() * metres
        assert dark_run_mm(image, bar, dpi) == pytest.approx(claimed_m / scale * 1000.0, abs=0.6), item_id


# ------------------------------------------------------------------ atlas


def test_atlas_one_page_per_feature(layers, tmp_path):
    out = tmp_path / "atlas.pdf"
    run(LAYERS=all_layers(layers), ATLAS_LAYER=layers["closures"], DPI=100, OUTPUT=str(out))
    assert pdfinfo(out)["Pages"] == str(len(CLOSURES) + 1)  # and the details page, after the first
    page2 = subprocess.run(["pdftotext", "-f", "3", "-l", "3", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "page 2 of 3: TFR Bravo" in page2
    pngs = tmp_path / "atlas.png"
    run(LAYERS=[layers["track"]], ATLAS_LAYER=layers["closures"], DPI=72, OUTPUT=str(pngs))
    assert sorted(p.name for p in tmp_path.glob("atlas*.png")) == ["atlas.png", "atlas_2.png", "atlas_3.png",
                                                                    "atlas_4.png"]


def test_empty_atlas_layer_is_refused(layers, tmp_path):
    empty = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "nothing", "memory")
    with pytest.raises(QgsProcessingException, match="atlas layer has no features"):
        run(LAYERS=[layers["track"]], ATLAS_LAYER=empty, OUTPUT=str(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()


# ------------------------------------------------------------------ big tracks stay small


def test_100k_point_track_pdf_stays_small(bw_provider, tmp_path):
    n = 100_000
    lon = np.linspace(-116.0, -104.5, n) + 0.01 * np.sin(np.arange(n) / 3.0)
    lat = 47.0 + 0.5 * np.sin(np.arange(n) / 900.0)
    points = memory_layer("Point?crs=EPSG:4326", "Dense fixes", [QgsField("time", FieldType.DateTime)],
                          [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), [qdt(T0 + i)])
                           for i, (x, y) in enumerate(zip(lon.tolist(), lat.tolist()))])
    line = memory_layer("LineString?crs=EPSG:4326", "Dense line", [QgsField("track_id", FieldType.String)],
                        [(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in zip(lon, lat)]), ["B1"])])
    out = tmp_path / "dense.pdf"
    run(LAYERS=[points, line], TITLE="Dense track", OUTPUT=str(out))
    size = out.stat().st_size
    assert size < 10_000_000, size
    assert not points.renderer().forceRasterRender()  # the layer's own style is left as it was
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-singlefile", str(out), str(tmp_path / "d")], check=True)
    assert ink(QImage(str(tmp_path / "d.png")), 10 / 297, 30 / 210, 190 / 297, 172 / 210) > 0.01


# ------------------------------------------------------------------ bad input: clear messages, no partial file


def test_no_layers(bw_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="no layers to show"):
        run(LAYERS=[], OUTPUT=str(tmp_path / "x.pdf"))
    assert not list(tmp_path.iterdir())


def test_missing_folder_and_file_as_folder(layers, tmp_path):
    with pytest.raises(QgsProcessingException, match="output folder does not exist"):
        run(LAYERS=[layers["track"]], OUTPUT=str(tmp_path / "nope" / "x.pdf"))
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(QgsProcessingException, match="output folder does not exist"):
        run(LAYERS=[layers["track"]], OUTPUT=str(blocker / "x.pdf"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_unwritable_folder(layers):
    with pytest.raises(QgsProcessingException, match="cannot write in the output folder"):
        run(LAYERS=[layers["track"]], OUTPUT="/proc/balloon_watch_briefing.pdf")
    assert not Path("/proc/balloon_watch_briefing.pdf").exists()


def test_wrong_extension(layers, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"must end in \.pdf, \.png or \.svg"):
        run(LAYERS=[layers["track"]], OUTPUT=str(tmp_path / "x.docx"))


def test_huge_extent_is_clamped_with_a_warning(layers, tmp_path):
    fb = Capture()
    res = run(fb, LAYERS=[layers["track"]], EXTENT="-1000,1000,-500,500 [EPSG:4326]", TITLE="World",
              OUTPUT=str(tmp_path / "w.pdf"))
    assert any("larger than the world" in w and "clamped" in w for w in fb.warnings)
    main = QgsProject.instance().layoutManager().layoutByName(res["LAYOUT"]).itemById("main_map")
    assert main.crs().authid() == "EPSG:4326"
    assert -180.001 <= main.extent().xMinimum() and main.extent().xMaximum() <= 180.001
    assert (tmp_path / "w.pdf").stat().st_size > 1000
    with pytest.raises(QgsProcessingException, match="outside the world"):
        run(LAYERS=[layers["track"]], EXTENT="500,600,100,120 [EPSG:4326]", OUTPUT=str(tmp_path / "v.pdf"))
    assert not (tmp_path / "v.pdf").exists()


def test_given_extent_is_shown(layers, tmp_path):
    res = run(LAYERS=all_layers(layers), EXTENT="-112,-110,47,48 [EPSG:4326]", TITLE="Zoom",
              OUTPUT=str(tmp_path / "z.pdf"))
    main = QgsProject.instance().layoutManager().layoutByName(res["LAYOUT"]).itemById("main_map")
    to_wgs = pyproj.Transformer.from_crs(pyproj.CRS.from_proj4(main.crs().toProj()), "EPSG:4326", always_xy=True)
    ext = main.extent()
    lon_c, lat_c = to_wgs.transform(ext.center().x(), ext.center().y())
    assert lon_c == pytest.approx(-111.0, abs=0.02) and lat_c == pytest.approx(47.5, abs=0.02)
    # the whole box is visible: its corners are inside the map, and the map is not much wider than the box
    to_map = pyproj.Transformer.from_crs("EPSG:4326", pyproj.CRS.from_proj4(main.crs().toProj()), always_xy=True)
    xs, ys = to_map.transform([-112, -110, -112, -110], [47, 47, 48, 48])
    assert all(ext.contains(QgsPointXY(x, y)) for x, y in zip(xs, ys))
    box_w = GEOD.inv(-112, 47.5, -110, 47.5)[2]
    assert ext.width() < 1.6 * box_w


def test_failed_export_leaves_no_partial_file(layers, tmp_path, monkeypatch):
    from balloon_watch.plugin.core.errors import BalloonWatchError
    from balloon_watch.plugin.layout import export as layout_export

    out = tmp_path / "keep.pdf"
    out.write_bytes(b"previous briefing")

    def broken(layout, work, ext, dpi, feedback):
        Path(work, "briefing.pdf").write_bytes(b"%PDF-1.4 half")
        raise BalloonWatchError("Export failed: disk full.")

    monkeypatch.setattr(layout_export, "_export_into", broken)
    with pytest.raises(QgsProcessingException, match="disk full"):
        run(LAYERS=[layers["track"]], OUTPUT=str(out))
    assert out.read_bytes() == b"previous briefing"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.pdf"]


def test_cancel_writes_nothing(layers, tmp_path):
    fb = Capture()
    fb.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(fb, LAYERS=[layers["track"]], OUTPUT=str(tmp_path / "c.pdf"))
    assert not list(tmp_path.iterdir())


def test_banner_default_comes_from_the_settings_and_the_run_from_its_parameters(layers, tmp_path):
    """The settings give BANNER its default, nothing more: a BANNER given is used whatever the profile says, an
    empty one leaves the banner blank, and the layout function only knows the banner it is given."""
    import processing

    from balloon_watch.plugin.layout import briefing
    from balloon_watch.plugin.toolbelt.settings import PluginSettings

    saved = PluginSettings.load()
    try:
        for profile in ("SECRET//PROFILE ONE", "CONFIDENTIAL//PROFILE TWO"):
            PluginSettings(briefing_banner=profile).save()
            alg = QgsApplication.processingRegistry().createAlgorithmById(ALG)
            assert alg.parameterDefinition("BANNER").defaultValue() == profile
            given = run(LAYERS=[layers["track"]], TITLE=f"Banner {profile[:6]}", OUTPUT=str(tmp_path / "g.pdf"))
            assert BANNER in pdftext(Path(given["OUTPUT"])) and profile not in pdftext(Path(given["OUTPUT"]))
            blank = run(LAYERS=[layers["track"]], TITLE=f"Blank {profile[:6]}", BANNER="",
                        OUTPUT=str(tmp_path / "b.pdf"))
            assert profile not in pdftext(Path(blank["OUTPUT"]))
            default = processing.run(ALG, {"LAYERS": [layers["track"]], "TITLE": f"Default {profile[:6]}",
                                           "OUTPUT": str(tmp_path / "d.pdf")}, feedback=Capture())
            assert profile in pdftext(Path(default["OUTPUT"]))
        layout = briefing.build_layout(QgsProject.instance(), [layers["track"]], "Banner argument", "")
        assert layout.itemById("banner_top").text() == "" == layout.itemById("banner_bottom").text()
    finally:
        saved.save()


def test_time_span_from_start_end_fields(bw_provider):
    from balloon_watch.plugin.layout import briefing

    start, end = T0 + 3600.0, T0 + 5 * 86400.0 + 60.0
    layer = memory_layer("Point?crs=EPSG:4326", "windows",
                         [QgsField("start_time", FieldType.DateTime), QgsField("end_time", FieldType.DateTime)],
                         [(QgsGeometry.fromPointXY(QgsPointXY(-110, 47)), [qdt(start + 600), qdt(end)]),
                          (QgsGeometry.fromPointXY(QgsPointXY(-109, 47)), [qdt(start), qdt(end - 600)])])
    tag(layer, "airspace")  # closure windows: the span when there is no track
    assert briefing.time_span([layer]) == (start, end)
    assert briefing.format_span(briefing.time_span([layer])) == "2023-02-02 11:00 to 2023-02-07 10:01 UTC"
    assert briefing.time_span([QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "x", "memory")]) is None


def test_north_arrow_falls_back_to_a_label(layers, monkeypatch):
    from qgis.core import QgsLayoutItemLabel, QgsLayoutItemPicture

    from balloon_watch.plugin.layout import briefing, items

    layout = briefing.build_layout(QgsProject.instance(), [layers["track"]], "Arrow svg", "")
    assert isinstance(layout.itemById("north_arrow"), QgsLayoutItemPicture)
    assert layout.itemById("north_arrow").picturePath().endswith(".svg")
    monkeypatch.setattr(items, "NORTH_ARROW_SVGS", ("no/such/arrow.svg",))
    layout = briefing.build_layout(QgsProject.instance(), [layers["track"]], "Arrow label", "")
    arrow = layout.itemById("north_arrow")
    assert isinstance(arrow, QgsLayoutItemLabel) and arrow.text().endswith("N")
