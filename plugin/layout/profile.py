"""The altitude-versus-time profile: the track, the closures it met (floor, ceiling, active window), the passages
through them and the moments of closest approach. Drawn as an SVG (a picture item works on every QGIS version;
the elevation profile item needs 3.30), embedded in the layout so the project keeps it.

Every drawn closure, passage and approach carries its values as ``data-*`` attributes, so the picture can be
checked against the layers.
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

from qgis.core import QgsFeatureRequest, QgsLayoutItemPicture

from ..core.kinds import APPROACHES, CLOSURE_EVENTS, CLOSURES_FLAGGED, FORECAST_POINTS, TRACK_LINE, TRACK_POINTS
from ..qgis_io.convert import epoch_from_qvariant
from ..qgis_io.kinds import layers_of_kind
from ..toolbelt.i18n import tr
from .texts import FT, utc, value

W, H = 1148.0, 448.0  # SVG units: 4 per mm of the 287 x 112 mm picture item
LEFT, RIGHT, TOP, BOTTOM = 64.0, 64.0, 34.0, 44.0
MAIN_BOTTOM, ZOOM_TOP = 232.0, 300.0  # with detail panels: the whole flight above, the details below
ZOOM_WHEN_LONGER_S = 36 * 3600.0  # a longer flight makes a two-hour window a sliver: detail panels
MAX_ZOOMS = 3
FONT = "DejaVu Sans, Sans-Serif"
MAX_POINTS = 4000  # the drawn line is thinned to this many vertices
NICE_TIME_STEPS_S = (300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800)


@dataclass
class ProfileData:
    tracks: list[list[tuple[float, float]]] = field(default_factory=list)  # (epoch s, alt m)
    forecast: list[list[tuple[float, float]]] = field(default_factory=list)
    closures: list[dict] = field(default_factory=list)  # name, status, floor_m, ceiling_m (None = UNL), start, end
    passages: list[dict] = field(default_factory=list)  # name, enter, exit, violated
    approaches: list[dict] = field(default_factory=list)  # site, time, alt_m, cpa_m

    def empty(self) -> bool:
        return not any(self.tracks)


def _epoch(v) -> float:
    return epoch_from_qvariant(v) if v is not None else math.nan


def _series(layer, time_field: str, alt_field: str) -> list[tuple[float, float]]:
    names = layer.fields().names()
    if time_field not in names or alt_field not in names:
        return []
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(
        [time_field, alt_field], layer.fields())
    out = [(_epoch(f[time_field]), value(f, alt_field)) for f in layer.getFeatures(request)]
    return sorted((t, float(a)) for t, a in out if math.isfinite(t) and a is not None)


def _line_series(layer) -> list[tuple[float, float]]:
    """Track lines are LineStringZM: Z altitude, M epoch seconds."""
    out = []
    for f in layer.getFeatures():
        for v in f.geometry().vertices():
            if math.isfinite(v.m()) and math.isfinite(v.z()):
                out.append((v.m(), v.z()))
    return sorted(out)


def collect(layers) -> ProfileData:
    """What the profile shows, found by kind among ``layers``."""
    data = ProfileData()
    for layer in layers_of_kind(TRACK_POINTS.id, layers):
        data.tracks.append(_series(layer, "time", "alt_m"))
    if not any(data.tracks):
        data.tracks = [_line_series(layer) for layer in layers_of_kind(TRACK_LINE.id, layers)]
    data.forecast = [_series(layer, "time", "alt_m") for layer in layers_of_kind(FORECAST_POINTS.id, layers)]
    for layer in layers_of_kind(CLOSURES_FLAGGED.id, layers):
        for f in layer.getFeatures():
            status = value(f, "status") or ""
            if status == "clear":
                continue
            floor, ceiling = value(f, "floor_m"), value(f, "ceiling_m")
            data.closures.append({
                "name": value(f, "ident") or value(f, "name") or "?", "status": status,
                "floor_m": 0.0 if value(f, "floor_ref") == "SFC" or floor is None else float(floor),
                "ceiling_m": None if value(f, "ceiling_ref") == "UNL" or ceiling is None else float(ceiling),
                "start": _epoch(value(f, "start_time")), "end": _epoch(value(f, "end_time"))})
    for layer in layers_of_kind(CLOSURE_EVENTS.id, layers):
        for f in layer.getFeatures():
            data.passages.append({"name": value(f, "ident") or value(f, "name") or "?",
                                  "enter": _epoch(value(f, "enter_time")), "exit": _epoch(value(f, "exit_time")),
                                  "violated": bool(value(f, "violated"))})
    for layer in layers_of_kind(APPROACHES.id, layers):
        for f in layer.getFeatures():
            data.approaches.append({"site": value(f, "site_name") or value(f, "site_id") or "?",
                                    "time": _epoch(value(f, "cpa_time")), "alt_m": value(f, "cpa_alt_m"),
                                    "cpa_m": value(f, "cpa_m")})
    return data


def _nice_ceiling_ft(ft: float) -> float:
    step = 10000.0 if ft > 30000 else 5000.0
    return max(step, math.ceil(ft * 1.08 / step) * step)


def _time_ticks(t0: float, t1: float, most: int = 10) -> tuple[list[float], str]:
    span = max(t1 - t0, 1.0)
    step = next((s for s in NICE_TIME_STEPS_S if span / s <= most), NICE_TIME_STEPS_S[-1])
    first = math.ceil(t0 / step) * step
    ticks = [first + i * step for i in range(int((t1 - first) // step) + 1)]
    return ticks, ("MM-dd" if step >= 86400 else "MM-dd HH:mm" if step >= 21600 else "HH:mm")


def _text(x, y, s, size=10.0, anchor="start", color="#333333", weight="normal", cls="") -> str:
    esc = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    extra = f' class="{cls}"' if cls else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="{size:.1f}" fill="{color}" '
            f'font-weight="{weight}" text-anchor="{anchor}"{extra}>{esc}</text>')


def _fit_text(text: str, width: float, size: float) -> str:
    """``text`` cut with an ellipsis to about ``width`` SVG units at font ``size``."""
    most = max(int(width / (size * 0.6)), 4)
    return text if len(text) <= most else text[:most - 1] + "\u2026"


def _thin(points, n=MAX_POINTS):
    if len(points) <= n:
        return points
    step = len(points) / n
    return [points[int(i * step)] for i in range(n)] + [points[-1]]


def _zoom_windows(data: ProfileData, t0: float, t1: float) -> list[tuple[str, float, float]]:
    """Up to MAX_ZOOMS (title, start, end) windows: each violated closure's window with its passages, else the
    closest approaches, when the flight is so long that they are slivers on the whole profile."""
    if t1 - t0 <= ZOOM_WHEN_LONGER_S:
        return []
    out = []
    for c in data.closures:
        if c["status"] != "violated":
            continue
        times = [t for t in (c["start"], c["end"]) if math.isfinite(t)]
        times += [t for p in data.passages if p["name"] == c["name"] for t in (p["enter"], p["exit"])
                  if math.isfinite(t)]
        if times:
            out.append((c["name"], min(times), max(times)))
    if not out:
        for e in sorted(data.approaches, key=lambda e: e["cpa_m"] or 0.0):
            if math.isfinite(e["time"]):
                out.append((e["site"], e["time"] - 1800.0, e["time"] + 1800.0))
    windows = []
    for title, a, b in out[:MAX_ZOOMS]:
        pad = max((b - a) * 0.25, 1800.0)
        windows.append((title, max(a - pad, t0), min(b + pad, t1)))
    return windows


def _panel(out: list, data: ProfileData, t0: float, t1: float, box, top_ft: float, role: str,
           title: str = "") -> None:
    """One altitude-time panel in ``box`` = (x0, x1, y_top, y_bottom): grid, closures, passages, track, CPAs."""
    x0, x1, y1, y0 = box
    main = role == "main"
    size = 9.0 if main else 8.0

    def sx(t):
        return x0 + (x1 - x0) * (t - t0) / (t1 - t0)

    def sy(alt_m):
        return y0 - (y0 - y1) * min(max(alt_m, 0.0) / FT, top_ft) / top_ft

    out.append(f'<g class="panel" data-role="{role}">')
    out.append(f'<g class="axes" data-top-ft="{top_ft:.0f}" data-t0="{t0:.0f}" data-t1="{t1:.0f}" '
               f'data-x0="{x0:.1f}" data-x1="{x1:.1f}" data-y0="{y0:.1f}" data-y1="{y1:.1f}">')
    step_ft = (10000.0 if top_ft > 40000 else 5000.0) * (1 if main else 2)
    k = 0
    while k * step_ft <= top_ft + 1:
        y = sy(k * step_ft * FT)
        out.append(f'<line x1="{x0:.1f}" y1="{y:.1f}" x2="{x1:.1f}" y2="{y:.1f}" stroke="#dddddd"/>')
        out.append(_text(x0 - 4, y + 3.5, "{:,.0f}".format(k * step_ft), size, "end"))
        if main:
            out.append(_text(x1 + 5, y + 3.5, "FL{:03.0f}".format(k * step_ft / 100), size, "start"))
        k += 1
    ticks, fmt = _time_ticks(t0, t1, 10 if main else 4)
    for t in ticks:
        out.append(f'<line x1="{sx(t):.1f}" y1="{y0:.1f}" x2="{sx(t):.1f}" y2="{y0 + 4:.1f}" stroke="#555555"/>')
        out.append(_text(sx(t), y0 + 15, utc(t, fmt), size, "middle"))
    out.append(f'<rect x="{x0:.1f}" y="{y1:.1f}" width="{x1 - x0:.1f}" height="{y0 - y1:.1f}" fill="none" '
               f'stroke="#888888"/>')
    if title:
        out.append(_text(x0, y1 - 5, title, 8.5, "start", "#333333", "bold"))
    out.append("</g>")
    # closures: the active window between floor and ceiling (a closure without a window is shown throughout)
    row = 0
    for c in data.closures:
        start = c["start"] if math.isfinite(c["start"]) else t0
        end = c["end"] if math.isfinite(c["end"]) else t1
        colour = "#d7301f" if c["status"] == "violated" else "#7f7f7f"
        ceiling_txt = "UNL" if c["ceiling_m"] is None else "{:.0f}".format(c["ceiling_m"] / FT)
        attrs = (f'class="closure" data-name={quoteattr(c["name"])} data-status={quoteattr(c["status"])} '
                 f'data-floor-ft="{c["floor_m"] / FT:.0f}" data-ceiling-ft="{ceiling_txt}" '
                 f'data-start="{start:.0f}" data-end="{end:.0f}"')
        top = y1 if c["ceiling_m"] is None else sy(c["ceiling_m"])
        bottom = sy(c["floor_m"])
        if end < t0 or start > t1:
            if main:  # said once, under the time axis, outside the plot
                where = tr("after the track") if start > t1 else tr("before the track")
                out.append(f'<g {attrs} data-drawn="0">' + _text(
                    x1 if start > t1 else x0, y0 + 28 + 11 * row,
                    tr("{}: active {} to {} UTC ({})").format(c["name"][:40], utc(start), utc(end), where), 8.0,
                    "end" if start > t1 else "start", colour) + "</g>")
                row += 1
            continue
        a, b = sx(max(start, t0)), sx(min(end, t1))
        out.append(f'<g {attrs} data-drawn="1"><rect x="{a:.1f}" y="{top:.1f}" width="{max(b - a, 1.5):.1f}" '
                   f'height="{bottom - top:.1f}" fill="{colour}" fill-opacity="0.18" stroke="{colour}" '
                   f'stroke-width="1.2"/></g>')
        if not main and b - a > 60:
            limits = "{} - {}".format("SFC" if c["floor_m"] <= 0 else "{:,.0f} ft".format(c["floor_m"] / FT),
                                      "UNL" if c["ceiling_m"] is None else "{:,.0f} ft".format(c["ceiling_m"] / FT))
            out.append(_text(a + 3, top + 11, limits, 7.5, "start", colour))
    for p in data.passages:
        if not (math.isfinite(p["enter"]) and math.isfinite(p["exit"])) or p["exit"] < t0 or p["enter"] > t1:
            continue
        a, b = sx(max(p["enter"], t0)), sx(min(p["exit"], t1))
        colour = "#d7301f" if p["violated"] else "#7f7f7f"
        out.append(f'<rect class="passage" data-name={quoteattr(p["name"])} data-violated="{int(p["violated"])}" '
                   f'x="{a:.1f}" y="{y0 - 7:.1f}" width="{max(b - a, 2.0):.1f}" height="7" fill="{colour}"/>')
    # the track (observed, solid) and the forecast (dashed), clipped to the panel's time window
    for cls, lines, dash in (("track", data.tracks, ""), ("forecast", data.forecast, ' stroke-dasharray="8,5"')):
        for series in lines:
            shown = [(t, a) for t, a in series if t0 <= t <= t1]
            if len(shown) < 2:
                continue
            pts = " ".join(f"{sx(t):.1f},{sy(a):.1f}" for t, a in _thin(shown))
            out.append(f'<polyline class="{cls}" points="{pts}" fill="none" stroke="#1f4e9c" stroke-width="2"'
                       f'{dash}/>')
    # closest approaches: a dashed line at the moment, a dot at the altitude; on the main panel the site and
    # distance above the plot, in the first of three rows where the text does not run into another
    rows: list[list[tuple[float, float]]] = [[], [], []]
    for e in sorted(data.approaches, key=lambda e: e["time"]):
        if not math.isfinite(e["time"]) or not t0 <= e["time"] <= t1:
            continue
        x = sx(e["time"])
        cpa = e["cpa_m"] or 0.0
        label = "{} {:.1f} km / {:.1f} NM".format(e["site"], cpa / 1000, cpa / 1852)
        width = 8.5 * 0.58 * len(label)
        left = x + 3 if x + 3 + width <= W - 4 else x - 3 - width
        row = next((i for i, taken in enumerate(rows) if all(left + width < a or left > b for a, b in taken)),
                   None) if main else None
        out.append(f'<g class="cpa" data-site={quoteattr(str(e["site"]))} data-time="{e["time"]:.0f}">'
                   f'<line x1="{x:.1f}" y1="{y1 - (3 - (row or 0)) * 10 + 4 if main else y1:.1f}" x2="{x:.1f}" '
                   f'y2="{y0:.1f}" stroke="#6a3d9a" stroke-width="1" stroke-dasharray="3,3"/>')
        if e["alt_m"] is not None:
            out.append(f'<circle cx="{x:.1f}" cy="{sy(float(e["alt_m"])):.1f}" r="4" fill="#6a3d9a"/>')
        if row is not None:
            rows[row].append((left, left + width))
            out.append(_text(left, y1 - 24 + 10 * row, label, 8.5, "start", "#6a3d9a"))
        out.append("</g>")
    out.append("</g>")


def render_svg(data: ProfileData) -> str:
    """The profile as an SVG document (a note when there is no track altitude)."""
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W / 4:.0f}mm" height="{H / 4:.0f}mm" '
           f'viewBox="0 0 {W:.0f} {H:.0f}">', f'<rect x="0" y="0" width="{W}" height="{H}" fill="#ffffff"/>']
    if data.empty():
        out.append(_text(W / 2, H / 2, tr("No track altitude to draw."), 14, "middle"))
        return "\n".join(out + ["</svg>"])
    series = [p for s in data.tracks + data.forecast for p in s]
    t0, t1 = min(t for t, _ in series), max(t for t, _ in series)
    if t1 - t0 < 600:
        t0, t1 = t0 - 300, t1 + 300
    finite = [a for _, a in series] + [c["floor_m"] for c in data.closures] + \
        [c["ceiling_m"] for c in data.closures if c["ceiling_m"] is not None]
    top_ft = _nice_ceiling_ft(max(finite) / FT)
    zooms = _zoom_windows(data, t0, t1)
    main_bottom = MAIN_BOTTOM if zooms else H - BOTTOM
    _panel(out, data, t0, t1, (LEFT, W - RIGHT, TOP, main_bottom), top_ft, "main")
    out.append(_text(14, (TOP + main_bottom) / 2, tr("ft"), 9, "start"))
    if zooms:
        gap = 56.0
        width = (W - LEFT - RIGHT - gap * (len(zooms) - 1)) / len(zooms)
        for i, (title, a, b) in enumerate(zooms):
            x = LEFT + i * (width + gap)
            _panel(out, data, a, b, (x, x + width, ZOOM_TOP, H - BOTTOM), top_ft, "zoom",
                   _fit_text(tr("Detail: {}").format(title), width, 8.5))
    out.append(_text(W - RIGHT, H - 8, tr("time UTC"), 9, "end"))
    out.append(_text(LEFT, H - 8, tr("Blue: track altitude (dashed: forecast). Boxes: closures met, floor to "
                                      "ceiling over their active window (red: violated). Bars on the axis: "
                                      "passages through closures. Purple: closest approaches."), 8.5, "start",
                     "#555555"))
    out.append("</svg>")
    return "\n".join(out)


def fill_profile(layout, layers) -> str | None:
    """Put the profile into the picture item ``profile``; returns the SVG (None without that item)."""
    picture = layout.itemById("profile")
    if not isinstance(picture, QgsLayoutItemPicture):
        return None
    svg = render_svg(collect(layers))
    picture.setPicturePath("base64:" + base64.b64encode(svg.encode("utf-8")).decode("ascii"),
                           QgsLayoutItemPicture.Format.FormatSVG)
    return svg
