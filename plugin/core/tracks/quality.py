"""Checks every reader's fixes go through: physically implausible values refused row by row, the same fix
given twice merged, and the import summary an analyst reads after each run."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np

from ..errors import IssueLog
from ..messages import Translate, render, tr
from ..model import ReadResult, Track
from .common import subset

# Physical ranges. A balloon below the Dead Sea shore (-430 m) or above 60 km (the highest balloon flights
# reached 53 km) is a reading error, a wrong unit or a filler value (1e308, -9999...), not a position.
ALT_MIN_M = -500.0
ALT_MAX_M = 60000.0
TIME_MIN = datetime(1900, 1, 1, tzinfo=timezone.utc).timestamp()
TIME_MAX = datetime(2100, 1, 1, tzinfo=timezone.utc).timestamp()


def take(track: Track, idx: np.ndarray) -> Track:
    """The fixes ``idx`` of a track (attributes and source lines kept)."""
    return Track(track.track_id, track.lon[idx], track.lat[idx], track.times[idx], track.alt_m[idx],
                 source=track.source, attributes={k: subset(v, idx) for k, v in track.attributes.items()},
                 lines=None if track.lines is None else np.asarray(track.lines)[idx])


def refuse_implausible(track: Track, issues: IssueLog) -> tuple[Track, int]:
    """Drop fixes with coordinates, altitude or time outside physical ranges; each reported with its line."""
    lon, lat, alt, t = track.lon, track.lat, track.alt_m, track.times
    bad_pos = ~(np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 90.0) & (lon >= -180.0) & (lon <= 360.0))
    with np.errstate(invalid="ignore"):
        bad_alt = ~np.isnan(alt) & ~((alt >= ALT_MIN_M) & (alt <= ALT_MAX_M))
        bad_time = ~np.isnan(t) & ~((t >= TIME_MIN) & (t < TIME_MAX))
    bad = bad_pos | bad_alt | bad_time
    if not bad.any():
        return track, 0
    lines = track.lines
    for i in np.nonzero(bad)[0]:
        line = int(lines[i]) if lines is not None and lines[i] >= 0 else None
        where = "" if line is not None else tr("fix {n} of '{track_id}': ", n=i + 1, track_id=track.track_id)
        if bad_pos[i]:
            issues.add(
                line,
                tr(
                    "{where}position {lat:g}, {lon:g} is outside the Earth's coordinate ranges",
                    where=where,
                    lat=lat[i],
                    lon=lon[i],
                ),
                "lat/lon",
            )
        elif bad_alt[i]:
            issues.add(
                line,
                tr(
                    "{where}altitude {alt:g} m is outside {ALT_MIN_M:g}..{ALT_MAX_M:g} m (wrong unit or filler value?)",
                    where=where,
                    alt=alt[i],
                    ALT_MIN_M=ALT_MIN_M,
                    ALT_MAX_M=ALT_MAX_M,
                ),
                "alt",
            )
        else:
            issues.add(
                line, tr("{where}time {t:g} s (epoch) is outside the years 1900..2100", where=where, t=t[i]), "time"
            )
    return take(track, np.nonzero(~bad)[0]), int(bad.sum())


def merge_duplicate_fixes(track: Track) -> tuple[Track, int]:
    """The same fix (time, position and altitude all equal) given twice: keep the first. Only for timed
    fixes: an untimed line may pass the same place twice."""
    n = len(track)
    if n < 2 or not np.isfinite(track.times).all():
        return track, 0
    # only fixes sharing their time with another can repeat one: sort those few (a 1e6-fix track has none)
    t = track.times
    order_t = np.argsort(t, kind="stable")
    eq = np.diff(t[order_t]) == 0
    if not eq.any():
        return track, 0
    cand = np.zeros(n, dtype=bool)
    cand[1:] |= eq
    cand[:-1] |= eq
    idx = order_t[cand]
    alt = np.nan_to_num(track.alt_m[idx], nan=-1e30)
    order = idx[np.lexsort((idx, alt, track.lat[idx], track.lon[idx], t[idx]))]
    alt_o = np.nan_to_num(track.alt_m[order], nan=-1e30)
    keys = np.column_stack([t[order], track.lon[order], track.lat[order], alt_o])
    same = np.zeros(len(order), dtype=bool)
    same[1:] = (keys[1:] == keys[:-1]).all(axis=1)
    if not same.any():
        return track, 0
    drop = order[same]
    keep = np.setdiff1d(np.arange(n), drop)
    return take(track, keep), int(len(drop))


@dataclass
class ImportSummary:
    """What an analyst reads after an import: counts, spans, and what is absent, doubtful or assumed."""

    fixes: int
    tracks: int
    start: float  # epoch s, NaN when no time is known
    end: float
    alt_min_m: float
    alt_max_m: float
    absent: list[str] = field(default_factory=list)
    doubtful: list[str] = field(default_factory=list)
    assumed: list[str] = field(default_factory=list)

    def headline(self) -> str:
        span = tr("times absent")
        if np.isfinite(self.start):
            span = tr("{start} to {end} ({hours:.2f} h)", start=_iso(self.start), end=_iso(self.end),
                      hours=(self.end - self.start) / 3600.0)
        alt = tr("altitude absent")
        if np.isfinite(self.alt_min_m):
            alt = tr("altitude {low:,.0f} to {high:,.0f} m ({low_ft:,.0f} to {high_ft:,.0f} ft)", low=self.alt_min_m,
                     high=self.alt_max_m, low_ft=self.alt_min_m / 0.3048, high_ft=self.alt_max_m / 0.3048)
        return tr("{fixes} fixes in {tracks} track(s); {span}; {alt}.", fixes=self.fixes, tracks=self.tracks,
                  span=span, alt=alt)

    def lines(self, translate: Translate | None = None) -> list[str]:
        """The headline, then one line per item; the prefixes (Absent:, Doubtful:, Assumed:) stay English as
        markers that the dock reads, the rest is rendered through ``translate`` when given."""
        show = (lambda text: render(text, translate)) if translate is not None else str
        out = [show(self.headline())]
        out += [f"Absent: {show(a)}" for a in self.absent]
        out += [f"Doubtful: {show(d)}" for d in self.doubtful]
        out += [f"Assumed: {show(a)}" for a in self.assumed]
        return out

    def text(self, translate: Translate | None = None) -> str:
        return "\n".join(self.lines(translate))


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")


def summarise(tracks: list[Track], result: ReadResult | None = None) -> ImportSummary:
    """Summary of imported tracks; ``result`` adds the reader's skipped records and notes."""
    n = sum(len(t) for t in tracks)
    times = np.concatenate([t.times for t in tracks]) if tracks else np.zeros(0)
    alts = np.concatenate([t.alt_m for t in tracks]) if tracks else np.zeros(0)
    ft, fa = times[np.isfinite(times)], alts[np.isfinite(alts)]
    s = ImportSummary(n, len(tracks), float(ft.min()) if len(ft) else np.nan, float(ft.max()) if len(ft) else np.nan,
                      float(fa.min()) if len(fa) else np.nan, float(fa.max()) if len(fa) else np.nan)
    if n and not len(ft):
        s.absent.append(tr("no fix has a time: speeds, rates, closure windows and forecasts cannot use this track"))
    elif len(ft) < n:
        s.absent.append(tr("{n} of {n2} fixes have no time", n=n - len(ft), n2=n))
    if n and not len(fa):
        s.absent.append(tr("no fix has an altitude: approaches and closures are checked without a vertical limit"))
    elif len(fa) < n:
        s.absent.append(tr("{n} of {n2} fixes have no altitude", n=n - len(fa), n2=n))
    if result is not None:
        if result.issues is not None and len(result.issues):
            s.doubtful.append(result.issues.summary(3))
        s.assumed.extend(result.notes)
    return s
