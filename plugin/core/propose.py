"""Proposed closures for a balloon passage: TFR-like circles around sites, a corridor along the track, and a
debris hazard area for a shoot-down, each with FAA NOTAM-style text ready to copy.

Vertical band: the balloon's altitudes during the passage +- ``vertical_margin_m``, widened to whole
flight levels (floor rounded down, ceiling rounded up to 10 FL); a floor at or below 0 m becomes SFC.
Metres -> FL uses 1 FL = 100 ft with geometric altitude taken as pressure altitude (standard atmosphere).

Debris fall model (stated, deliberately simple): every fragment falls at its terminal velocity, which
grows with altitude as v(h) = v0 * exp(h / (2 H)) (drag ~ air density, density ~ exp(-h / H), H = 8500 m),
so the fall time from h0 is T = 2H / v0 * (1 - exp(-h0 / (2H))). Fragments drift with a constant wind
(u east, v north) for T. The hazard area is an ellipse around the mean landing point: along the wind it
covers the drift for terminal velocities from v0 / spread to v0 * spread, across it a fraction of the drift;
``scatter_m`` is added all round for the break-up spread.
"""

from __future__ import annotations

import math
import time as _time

import numpy as np

from .airspace import geometry as geo
from .airspace.coords import format_dms
from .errors import InputError
from .geodesy import GEOD, arc_points, unwrap_lon
from .messages import tr
from .model import Airspace, Track
from .motion import fixes, interpolate

FT = 0.3048
SCALE_H = 8500.0

# Defaults of a proposal, independent of any alert radius used to watch sites. They follow FAA national
# defense airspace practice (TFRs under 14 CFR 99.7, Special Security Instructions):
# - radius 30 NM: the outer ring the FAA uses for security TFRs around protected people and sites (e.g. the
#   30 NM ring of VIP TFRs, FAA JO 7210.3 ch. 19 and the published 99.7 NOTAMs); the Feb 11, 2023 national
#   defense airspace over Havre MT was about 50 x 50 NM (tests/data/FACTS-2023.md);
# - floor SFC: national defense airspace closes from the surface up;
# - ceiling FL650 where the balloon's altitude is unknown: above the 60,000-65,000 ft reported for the 2023
#   balloon and above FL600, the top of Class A airspace (14 CFR 71.33), where the traffic to protect flies.
DEFAULT_RADIUS_M = 30 * 1852.0
DEFAULT_FLOOR_M = 0.0
DEFAULT_CEILING_M = 650 * 100 * FT


def _fl_band(lo_m: float, hi_m: float) -> tuple[float, str, float, str]:
    """(floor_m, floor_ref, ceiling_m, ceiling_ref) in whole 10-FL steps; floor <= 0 -> SFC."""
    ceil_fl = int(math.ceil(hi_m / FT / 100.0 / 10.0) * 10)
    if lo_m <= 0:
        return 0.0, "SFC", ceil_fl * 100 * FT, "STD"
    floor_fl = int(math.floor(lo_m / FT / 100.0 / 10.0) * 10)
    if floor_fl <= 0:
        return 0.0, "SFC", ceil_fl * 100 * FT, "STD"
    return floor_fl * 100 * FT, "STD", ceil_fl * 100 * FT, "STD"


def _valid(track: Track) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    ok = np.isfinite(track.lon) & np.isfinite(track.lat) & np.isfinite(track.times)
    lon, lat, t, alt = track.lon[ok], track.lat[ok], track.times[ok], track.alt_m[ok]
    o = np.argsort(t, kind="stable")
    return lon[o], lat[o], t[o], alt[o]


def passage_position(track: Track, forecast: Track | None, t: float) -> tuple[float, float, float]:
    """(lon, lat, alt_m) at epoch ``t`` on the track, continued by the forecast after the track's last fix.

    Position: the motion model (``core.motion``, geodesic between fixes). Altitude: linear in time between the
    nearest fixes that have one (NaN when none has). InputError when ``t`` is outside the timed fixes."""
    lon, lat, tt, alt = _valid(track)
    if forecast is not None:
        flon, flat, ft, falt = _valid(forecast)
        later = ft > (tt.max() if len(tt) else -np.inf)
        lon, lat, tt, alt = (np.concatenate([a, b[later]]) for a, b in ((lon, flon), (lat, flat), (tt, ft),
                                                                         (alt, falt)))
    if len(tt) == 0 or not tt[0] <= t <= tt[-1]:
        span = (tr("{start} to {end} UTC", start=_minute(tt[0]), end=_minute(tt[-1])) if len(tt) else
                tr("no timed fix"))
        raise InputError(
            tr("shoot-down time {t} UTC is outside the track and forecast ({span})", t=_minute(t), span=span)
            if forecast else tr("shoot-down time {t} UTC is outside the track ({span})", t=_minute(t), span=span),
            track.source,
            field="SHOOTDOWN_TIME",
        )
    flon, flat, ft, falt = fixes(lon, lat, tt, alt)
    x, y, _ = interpolate(ft, flon, flat, falt, [t])
    known = np.isfinite(alt)
    z = float(np.interp(t, tt[known], alt[known])) if known.any() else math.nan
    return float(x[0]), float(y[0]), z


def _minute(t: float) -> str:
    return _time.strftime("%Y-%m-%d %H:%M", _time.gmtime(t))


def propose_closures(
    track: Track,
    sites: list[tuple[str, float, float]] | None,
    radius_m: float,
    margin_s: float,
    vertical_margin_m: float,
    corridor: bool,
    forecast: Track | None = None,
    tolerance_m: float = 1.0,
    floor_m: float = DEFAULT_FLOOR_M,
    ceiling_m: float = DEFAULT_CEILING_M,
    fixed_limits: bool = False,
) -> list[Airspace]:
    """Circles of ``radius_m`` around every site the track (or forecast) comes within ``radius_m`` of, and/or
    a corridor of half-width ``radius_m`` along the whole path (``corridor`` True, or no sites given).
    Windows cover the passage +- ``margin_s``; text is FAA NOTAM style (see :func:`faa_notam_text`).

    Vertical limits come from the balloon's altitudes there (+- ``vertical_margin_m``); ``floor_m`` (0 = SFC)
    and ``ceiling_m`` (flight level) are used where its altitude is unknown, or always with ``fixed_limits``:
    the ``limits`` field, the notes and the NOTAM text then say these limits are assumed."""
    if not radius_m > 0:
        raise InputError(tr("radius must be positive, got {radius_m}", radius_m=radius_m))
    if not (0.0 <= floor_m < ceiling_m and math.isfinite(ceiling_m)):
        raise InputError(
            tr(
                "floor {floor_m:g} m and ceiling {ceiling_m:g} m: need 0 <= floor < ceiling",
                floor_m=floor_m,
                ceiling_m=ceiling_m,
            )
        )
    band = _Band(vertical_margin_m, floor_m, ceiling_m, fixed_limits)
    lon, lat, t, alt = _valid(track)
    src = track.track_id
    if forecast is not None:
        flon, flat, ft, falt = _valid(forecast)
        later = ft > (t[-1] if len(t) else -np.inf)
        lon, lat, t, alt = (np.concatenate([a, b[later]]) for a, b in ((lon, flon), (lat, flat), (t, ft), (alt, falt)))
        src += f" + forecast {forecast.track_id}"
    if len(lon) == 0:
        raise InputError(tr("track {track_id} has no fix with position and time", track_id=track.track_id))
    alt_known = np.isfinite(alt)
    out: list[Airspace] = []
    for name, slon, slat in sites or []:
        # distance along the piecewise-linear path: dense resampling of each segment near the site
        d = _path_distance(lon, lat, slon, slat)
        inside = d <= radius_m
        if not inside.any():
            continue
        idx = np.nonzero(inside)[0]
        i0, i1 = max(idx[0] - 1, 0), min(idx[-1] + 1, len(lon) - 1)
        a = alt[i0 : i1 + 1][alt_known[i0 : i1 + 1]]
        f_m, f_ref, c_m, c_ref, limits = band.limits(a)
        start, end = float(t[idx[0]] - margin_s), float(t[idx[-1]] + margin_s)
        sp = Airspace(
            ident=f"PROPOSED {name}", name=f"Proposed closure {name}", kind="TFR",
            geometry=geo.circle(slon, slat, radius_m, tolerance_m), floor_m=f_m, floor_ref=f_ref,
            ceiling_m=c_m, ceiling_ref=c_ref, start_time=start, end_time=end, source=f"proposal from {src}",
            notes=limits + f"; passage within {radius_m / geo.NM:.1f} NM of {name} "
            f"(fixes {idx[0]}-{idx[-1]}), window +-{margin_s:.0f} s", limits=limits,
        )  # fmt: skip
        sp.__dict__["centre"] = (slon, slat, radius_m)
        sp.text = faa_notam_text(sp)
        out.append(sp)
    if corridor or sites is None:
        out.extend(_corridors(lon, lat, t, alt, radius_m, margin_s, band, src, tolerance_m))
    return out


class _Band:
    """The vertical limits of a proposal and the sentence saying where they come from."""

    def __init__(self, margin_m: float, floor_m: float, ceiling_m: float, fixed: bool) -> None:
        self.margin_m, self.floor_m, self.ceiling_m, self.fixed = margin_m, floor_m, ceiling_m, fixed

    def limits(self, alts: np.ndarray) -> tuple[float, str, float, str, str]:
        if len(alts) and not self.fixed:
            lo, hi = float(alts.min()), float(alts.max())
            f_m, f_ref, c_m, c_ref = _fl_band(lo - self.margin_m, hi + self.margin_m)
            return f_m, f_ref, c_m, c_ref, tr(
                "limits from the balloon's altitude {lo:,.0f}-{hi:,.0f} m +- {margin:,.0f} m, widened to 10-FL steps "
                "(geometric altitude treated as pressure altitude, standard atmosphere)", lo=lo, hi=hi,
                margin=self.margin_m)
        ceil_fl = int(math.ceil(self.ceiling_m / FT / 100.0 - 1e-9))
        c_m = ceil_fl * 100 * FT
        if self.floor_m <= 0:
            f_m, f_ref, floor_txt = 0.0, "SFC", "SFC"
        else:
            f_m, f_ref, floor_txt = self.floor_m, "MSL", f"{self.floor_m / FT:,.0f} ft MSL"
        why = tr("fixed by the proposal parameters") if self.fixed else tr("balloon altitude unknown there")
        return f_m, f_ref, c_m, "STD", tr("limits ASSUMED ({why}): {floor} to FL{ceiling:03d}", why=why,
                                          floor=floor_txt, ceiling=ceil_fl)


def _path_distance(lon, lat, slon, slat) -> np.ndarray:
    """Geodesic distance of each fix to the site, also checking 20 points per segment so that a segment that
    passes the site between fixes marks both its ends."""
    n = len(lon)
    _, _, d = GEOD.inv(np.full(n, slon), np.full(n, slat), lon, lat)
    d = np.asarray(d, float)
    if n > 1:
        f = np.linspace(0, 1, 21)[1:-1]
        dl = (np.diff(lon) + 180.0) % 360.0 - 180.0
        x = (lon[:-1, None] + dl[:, None] * f[None, :]).ravel()
        y = (lat[:-1, None] + np.diff(lat)[:, None] * f[None, :]).ravel()
        _, _, dm = GEOD.inv(np.full(len(x), slon), np.full(len(x), slat), (x + 180.0) % 360.0 - 180.0, y)
        seg_min = np.asarray(dm).reshape(n - 1, len(f)).min(axis=1)
        d[:-1] = np.minimum(d[:-1], seg_min)
        d[1:] = np.minimum(d[1:], seg_min)
    return d


def _corridors(lon, lat, t, alt, r, margin_s, band: _Band, src, tol) -> list[Airspace]:
    # thin the path to vertices about r apart (the corridor outline does not need every fix)
    keep = [0]
    for i in range(1, len(lon)):
        _, _, d = GEOD.inv(lon[keep[-1]], lat[keep[-1]], lon[i], lat[i])
        if d >= r or i == len(lon) - 1:
            keep.append(i)
    keep = np.array(sorted(set(keep)))
    chunks = _split_chunks(lon[keep], lat[keep])
    out = []
    for c_idx, (a, b) in enumerate(chunks, start=1):
        sel = keep[a : b + 1]
        ring = None
        lo_i, hi_i = sel[0], sel[-1]
        stack = [(a, b)]
        parts = []
        while stack:  # split a chunk whose buffer outline would cross itself
            a2, b2 = stack.pop()
            s2 = keep[a2 : b2 + 1]
            try:
                ring = _buffer_ring(lon[s2], lat[s2], r, tol)
                mp = geo.polygon_from_ring(ring)
                parts.append((s2[0], s2[-1], mp))
            except geo.GeometryError:
                if b2 - a2 <= 1:
                    raise
                m = (a2 + b2) // 2
                stack += [(m, b2), (a2, m)]
        for p_idx, (i0, i1, mp) in enumerate(sorted(parts, key=lambda p: p[0]), start=1):
            a_seg = alt[i0 : i1 + 1]
            a_seg = a_seg[np.isfinite(a_seg)]
            f_m, f_ref, c_m, c_ref, limits = band.limits(a_seg)
            label = f"{c_idx}" + (f".{p_idx}" if len(parts) > 1 else "")
            sp = Airspace(
                ident=f"PROPOSED CORRIDOR {label}", name=f"Proposed corridor {label}", kind="TFR", geometry=mp,
                floor_m=f_m, floor_ref=f_ref, ceiling_m=c_m, ceiling_ref=c_ref,
                start_time=float(t[i0] - margin_s), end_time=float(t[i1] + margin_s), source=f"proposal from {src}",
                notes=limits + f"; corridor half-width {r / geo.NM:.1f} NM, fixes {i0}-{i1}", limits=limits,
            )  # fmt: skip
            sp.text = faa_notam_text(sp)
            out.append(sp)
        del lo_i, hi_i, ring
    return out


def _split_chunks(lon, lat, max_turn_deg: float = 60.0, max_pts: int = 200) -> list[tuple[int, int]]:
    """Index ranges of the thinned path without sharp turns (the offset outline stays simple)."""
    n = len(lon)
    if n <= 2:
        return [(0, max(n - 1, 0))]
    az, _, _ = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    turn = np.abs((np.diff(np.asarray(az)) + 180.0) % 360.0 - 180.0)
    chunks, s = [], 0
    for i in range(1, n - 1):
        if turn[i - 1] > max_turn_deg or i - s >= max_pts:
            chunks.append((s, i))
            s = i
    chunks.append((s, n - 1))
    return chunks


def _buffer_ring(lon, lat, r, tol) -> list[tuple[float, float]]:
    """Outline of a geodesic buffer of a gently curving polyline: offsets at +-90 deg of the local bearing
    and geodesic half-circle caps at both ends (single point: a circle)."""
    n = len(lon)
    if n == 1:
        return geo.geodesy.circle_ring(float(lon[0]), float(lat[0]), r, tol)
    az_f, _, _ = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    _, az_b, _ = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    az_f, az_b = np.asarray(az_f), np.asarray(az_b) + 180.0  # bearing at the end of each segment
    # local bearing at each vertex: mean of incoming and outgoing
    head = np.empty(n)
    head[0], head[-1] = az_f[0], az_b[-1]
    if n > 2:
        d = (az_f[1:] - az_b[:-1] + 180.0) % 360.0 - 180.0
        head[1:-1] = az_b[:-1] + d / 2.0
    lx, ly, _ = GEOD.fwd(lon, lat, head - 90.0, np.full(n, r))
    rx, ry, _ = GEOD.fwd(lon, lat, head + 90.0, np.full(n, r))
    end_cap = arc_points(float(lon[-1]), float(lat[-1]), r, head[-1] - 90.0, head[-1] + 90.0, True, tol)
    start_cap = arc_points(float(lon[0]), float(lat[0]), r, head[0] + 90.0, head[0] - 90.0 + 360.0, True, tol)
    verts = list(zip(np.asarray(lx)[:-1], np.asarray(ly)[:-1]))
    dense = [False] * len(verts)
    verts += end_cap[:-1]
    dense += [True] * (len(end_cap) - 1)
    dense[-1] = True
    rxs, rys = np.asarray(rx)[::-1][1:-1], np.asarray(ry)[::-1][1:-1]
    verts += list(zip(rxs, rys))
    dense += [False] * len(rxs)
    verts += start_cap[:-1]
    dense += [True] * (len(start_cap) - 1)
    x = unwrap_lon(np.array([v[0] for v in verts]))
    pts = list(zip(x.tolist(), [float(v[1]) for v in verts]))
    # the edge after each cap's last point connects to an offset vertex: a geodesic, not dense
    return geo.densify_ring_edges(pts, [False if i + 1 < len(dense) and not dense[i + 1] else dv
                                        for i, dv in enumerate(dense)], tol)  # fmt: skip


def debris_area(
    lon: float,
    lat: float,
    alt_m: float,
    time: float,
    wind_u_ms: float = 0.0,
    wind_v_ms: float = 0.0,
    terminal_velocity_ms: float = 10.0,
    velocity_spread: float = 2.0,
    crosswind_fraction: float = 0.2,
    scatter_m: float = 2000.0,
    margin_s: float = 900.0,
    tolerance_m: float = 1.0,
) -> Airspace:
    """Debris hazard area for a shoot-down at (lon, lat, alt_m, time) with the fall model of the module doc."""
    if not (alt_m >= 0 and terminal_velocity_ms > 0 and velocity_spread >= 1 and scatter_m > 0):
        raise InputError(tr("debris model needs altitude >= 0, terminal velocity > 0, spread >= 1, scatter > 0"))

    def fall_time(v0: float) -> float:
        return 2.0 * SCALE_H / v0 * (1.0 - math.exp(-alt_m / (2.0 * SCALE_H)))

    t_mid = fall_time(terminal_velocity_ms)
    t_fast = fall_time(terminal_velocity_ms * velocity_spread)
    t_slow = fall_time(terminal_velocity_ms / velocity_spread)
    w = math.hypot(wind_u_ms, wind_v_ms)
    az = math.degrees(math.atan2(wind_u_ms, wind_v_ms)) % 360.0
    near, far = w * t_fast, w * t_slow
    centre_d = 0.5 * (near + far)
    if centre_d > 0:
        clon, clat, _ = GEOD.fwd(lon, lat, az, centre_d)
    else:
        clon, clat = lon, lat
    semi_major = 0.5 * (far - near) + scatter_m
    semi_minor = crosswind_fraction * w * t_mid + scatter_m
    if abs(semi_major - semi_minor) < 1e-6:
        mp = geo.circle(float(clon), float(clat), semi_major, tolerance_m)
    else:
        mp = geo.polygon_from_ring(_ellipse(float(clon), float(clat), semi_major, semi_minor, az, tolerance_m))
    ceil_fl = int(math.ceil((alt_m + 300.0) / FT / 100.0 / 10.0) * 10)
    a = Airspace(
        ident="PROPOSED DEBRIS", name="Debris hazard area", kind="TFR", geometry=mp, floor_m=0.0, floor_ref="SFC",
        ceiling_m=ceil_fl * 100 * FT, ceiling_ref="STD", start_time=float(time) - margin_s,
        end_time=float(time) + t_slow + margin_s, source="debris model",
        notes=tr("fall model: terminal velocity {v0:g} m/s at sea level (x/{spread:g}), v(h) = v0 exp(h/2H), "
                 "H = {h:g} m; fall time {t_mid:.0f} s ({t_fast:.0f}-{t_slow:.0f} s); constant wind {u:g} E / {v:g} N "
                 "m/s; drift {near:.0f}-{far:.0f} m toward {az:.0f} deg; scatter {scatter:g} m; ellipse "
                 "{major:.0f} x {minor:.0f} m", v0=terminal_velocity_ms, spread=velocity_spread, h=SCALE_H,
                 t_mid=t_mid, t_fast=t_fast, t_slow=t_slow, u=wind_u_ms, v=wind_v_ms, near=near, far=far, az=az,
                 scatter=scatter_m, major=semi_major, minor=semi_minor),
    )  # fmt: skip
    a.__dict__["centre"] = (float(clon), float(clat), max(semi_major, semi_minor))
    a.text = faa_notam_text(a)
    return a


def _ellipse(clon, clat, a, b, az_major, tol) -> list[tuple[float, float]]:
    """Points of an ellipse (semi-axes a along az_major, b across) by geodesic distance from the centre,
    with enough points that the chord sagitta on the long axis is below the tolerance."""
    big = max(a, b)
    step = 2.0 * math.acos(max(-1.0, 1.0 - 0.5 * tol / big))
    n = max(16, int(math.ceil(2 * math.pi / step)))
    th = np.linspace(0.0, 2 * math.pi, n, endpoint=False)
    r = a * b / np.sqrt((b * np.cos(th)) ** 2 + (a * np.sin(th)) ** 2)
    x, y, _ = GEOD.fwd(np.full(n, clon), np.full(n, clat), az_major + np.degrees(th), r)
    xs = unwrap_lon(np.asarray(x))
    return list(zip(xs.tolist(), np.asarray(y).tolist()))


def _fmt_time(t: float | None) -> str:
    return "PERM" if t is None else _time.strftime("%y%m%d%H%M", _time.gmtime(t))


def _band_text(a: Airspace) -> str:
    def one(m: float, ref: str) -> str:
        if ref == "SFC":
            return "SFC"
        if ref == "UNL":
            return "UNL"
        if ref == "STD":
            return f"FL{int(round(m / FT / 100)):03d}"
        return f"{int(round(m / FT))}FT" + (" AGL" if ref == "AGL" else "")

    return f"{one(a.floor_m, a.floor_ref)}-{one(a.ceiling_m, a.ceiling_ref)}"


def faa_notam_text(airspace: Airspace) -> str:
    """FAA domestic NOTAM-style text: circle (centre DDMMSSNDDDMMSSW, radius NM) or a vertex chain, band
    SFC-FLxxx, window YYMMDDhhmm-YYMMDDhhmm (UTC). Readable back by ``airspace.notam``."""
    a = airspace
    centre = a.__dict__.get("centre")
    if centre is not None:
        area = f"{centre[2] / geo.NM:.2f}".rstrip("0").rstrip(".") + f"NM RADIUS OF {format_dms(centre[0], centre[1])}"
    else:
        ring = a.geometry[0][0][:-1]
        step = max(1, int(math.ceil(len(ring) / 40)))
        pts = ring[::step]
        area = " TO ".join(format_dms(x, y) for x, y in pts) + " TO POINT OF ORIGIN"
        if step > 1:
            area += " (OUTLINE SIMPLIFIED TO 40 POINTS)"
    start = a.start_time
    start_s = _fmt_time(start) if start is not None else _fmt_time(_time.time())
    name = (a.name or a.ident).upper()
    # a proposal whose limits are assumed says so in the text an analyst copies, not only in a field
    caveat = ""
    if a.limits.startswith("limits ASSUMED"):
        caveat = (" (PROPOSAL: LIMITS ASSUMED, BALLOON ALTITUDE UNKNOWN)" if "unknown" in a.limits
                  else " (PROPOSAL: LIMITS SET BY THE ANALYST, NOT FROM THE BALLOON ALTITUDE)")
    return (
        f"!FDC X/XXXX ZZZ {name}..AIRSPACE TEMPORARY FLIGHT RESTRICTIONS. PURSUANT TO 14 CFR SECTION 99.7, "
        f"SPECIAL SECURITY INSTRUCTIONS, ALL ACFT FLT OPS ARE PROHIBITED WI AN AREA DEFINED AS {area} "
        f"{_band_text(a)} {start_s}-{_fmt_time(a.end_time)}{caveat}"
    )
