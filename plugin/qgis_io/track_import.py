"""Import a track file or URL into GeoPackage layers: the one code path of the algorithm and the dock."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from dataclasses import dataclass, field
from urllib.parse import quote, urlparse

from ..core.errors import InputError
from ..core.feedback import SubFeedback, check
from ..core.model import ReadResult
from ..core.track_store import TrackStats, write_tracks
from ..core.tracks import fetch_url, merge_tracks, read_track_bytes, read_track_file, sondehub_query
from ..core.tracks.net import is_url
from ..core.tracks.quality import ImportSummary, summarise
from ..definitions import PLUGIN_SLUG
from . import postgis

LOG = logging.getLogger(f"{PLUGIN_SLUG}.track_import")


@dataclass
class ImportOutcome:
    stats: TrackStats
    read: ReadResult
    points: str  # OGR data source string of the points layer
    line: str
    warnings: list[str] = field(default_factory=list)
    summary: ImportSummary | None = None  # fixes, tracks, span, altitudes; what is absent, doubtful, assumed


def qgis_proxies(url: str = "") -> dict | None:
    """The proxy of QGIS's network settings (Settings > Options > Network) for ``url``, as ``fetch_url`` takes it.

    None: QGIS's proxy is off or set to the system's, so the environment's proxies apply; {}: ``url`` is in
    QGIS's list of excluded addresses (go direct); else {"http": ..., "https": ...}."""
    try:
        from qgis.core import QgsSettings
    except ImportError:
        return None
    s = QgsSettings()
    if not s.value("proxy/proxyEnabled", False, type=bool):
        return None
    kind = s.value("proxy/proxyType", "HttpProxy", type=str) or "HttpProxy"
    if kind == "DefaultProxy":
        return None
    host = s.value("proxy/proxyHost", "", type=str)
    if not host:
        return None
    excluded = s.value("proxy/proxyExcludedUrls", [], type=list) or []
    if url and any(prefix and url.startswith(str(prefix)) for prefix in excluded):
        return {}
    if kind.startswith("Socks"):
        raise InputError("the QGIS network settings use a SOCKS proxy, which Balloon Watch cannot use for downloads: "
                         "set an HTTP proxy or download the file first", url)
    port = s.value("proxy/proxyPort", "", type=str)
    user = quote(s.value("proxy/proxyUser", "", type=str), safe="")
    password = quote(s.value("proxy/proxyPassword", "", type=str), safe="")
    auth = f"{user}:{password}@" if user else ""
    proxy = f"http://{auth}{host}:{port}" if port else f"http://{auth}{host}"
    return {"http": proxy, "https": proxy}


def download(url: str, timeout_s: float, feedback=None, deadline_s: float | None = None) -> bytes:
    """``fetch_url`` with QGIS's proxy for ``url``: the one download of the algorithms and the dock."""
    return fetch_url(url, timeout_s=timeout_s, proxies=qgis_proxies(url), deadline_s=deadline_s, feedback=feedback)


def parse_column_map(text: str) -> dict | None:
    """'time=1, lat=2, lon=3, alt=4' (1-based column numbers, or header names) -> reader column map."""
    text = (text or "").strip()
    if not text:
        return None
    out: dict = {}
    for item in re.split(r"[,;]", text):
        if not item.strip():
            continue
        role, sep, col = item.partition("=")
        if not sep or not col.strip():
            raise InputError(f"'{item.strip()}' is not role=column (e.g. time=1, lat=2, lon=3, alt=4)",
                             field="COLUMNS")
        col = col.strip()
        out[role.strip().lower()] = int(col) - 1 if col.isdigit() else col
    return out


def split_sources(text: str) -> list[str]:
    """Several files/URLs/callsigns for one object, separated by ';' or new lines."""
    return [part.strip() for part in re.split(r"[;\n]", text or "") if part.strip()]


def read_source(source: str, fmt: str | None = None, tz: str = "UTC", alt_unit: str | None = None,
                date: str | None = None, timeout_s: float = 30.0, feedback=None,
                column_map: dict | None = None) -> ReadResult:
    """Read a file path, an http(s) URL, or ``sondehub:<callsign>[@<base url>]``."""
    source = source.strip()
    if not source:
        raise InputError("no file or URL given")
    if source.lower().startswith("sondehub:"):
        rest = source.split(":", 1)[1]
        callsign, _, base = rest.partition("@")
        base = base or "https://api.v2.sondehub.org"
        return sondehub_query(base, callsign.strip(), timeout_s=timeout_s, proxies=qgis_proxies(base),
                              feedback=feedback)
    if is_url(source):
        data = download(source, timeout_s, feedback)
        check(feedback, 10)
        name = os.path.basename(urlparse(source).path) or source
        return read_track_bytes(data, name, fmt, tz, column_map, date, alt_unit, feedback)
    if not os.path.exists(source):
        raise InputError("file not found", source)
    return read_track_file(source, fmt, tz, column_map, date, alt_unit, feedback)


def split_destination(dest: str, default_table: str) -> tuple[str, str]:
    """'/x/y.gpkg|layername=t' or "ogr:dbname='/x/y.gpkg' table=\"t\" (geom)" -> ('/x/y.gpkg', 't')."""
    match = re.match(r"""^ogr:dbname='([^']+)'\s+table="([^"]+)".*$""", dest.strip())
    if match:
        return match.group(1), match.group(2)
    path, _, opts = dest.partition("|")
    table = default_table
    for opt in opts.split("|"):
        if opt.startswith("layername="):
            table = opt.split("=", 1)[1]
    return path, table


def import_track(source: str, points_dest: str, line_dest: str | None = None, fmt: str | None = None,
                 tz: str = "UTC", alt_unit: str | None = None, date: str | None = None, track_id: str | None = None,
                 timeout_s: float = 30.0, feedback=None, column_map: dict | None = None) -> ImportOutcome:
    """Read ``source`` (one or several sources separated by ';') and write the points/line layers.

    Several sources are one object seen by several agencies: their tracks are merged per track id (or all
    into ``track_id``), identical fixes removed, sorted by time. Destinations ending in .gpkg are written
    directly (all or nothing); other formats go through a temporary GeoPackage converted with GDAL."""
    sources = split_sources(source)
    if not sources:
        raise InputError("no file or URL given")
    step = 40.0 / len(sources)  # reading is the first 40 % of the bar, whatever each reader reports
    results = [read_source(src, fmt, tz, alt_unit, date, timeout_s, SubFeedback(feedback, i * step, (i + 1) * step),
                           column_map) for i, src in enumerate(sources)]
    result = results[0]
    tracks = [t for r in results for t in r.tracks]
    if not tracks or not sum(len(t) for t in tracks):
        raise InputError("no usable fixes found", source)
    if track_id:
        tracks = [merge_tracks(tracks, track_id)]
    elif len(results) > 1:
        by_id: dict[str, list] = {}
        for t in tracks:
            by_id.setdefault(t.track_id, []).append(t)
        tracks = [merge_tracks(group, tid) if len(group) > 1 else group[0] for tid, group in by_id.items()]
    for extra in results[1:]:
        if extra.issues is not None and result.issues is not None:
            result.issues.issues.extend(extra.issues.issues)
        result.notes.extend(extra.notes)
    check(feedback, 40)
    p_path, p_table = split_destination(points_dest, "track_points")
    l_path, l_table = split_destination(line_dest or p_path, "track_line")
    if line_dest is None and p_path.lower().endswith(".gpkg"):
        l_path = p_path
    direct = p_path.lower().endswith(".gpkg") and l_path.lower().endswith(".gpkg")
    in_pg = postgis.is_postgis(points_dest) or postgis.is_postgis(line_dest)
    if in_pg:  # both tables in one PostGIS transaction (qgis_io.postgis)
        stats, pg_points, pg_line = postgis.import_tracks(tracks, points_dest, line_dest, feedback)
    elif direct:
        stats = write_tracks(tracks, p_path, p_table, l_path, l_table, feedback)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            tmp_gpkg = os.path.join(tmp, "tracks.gpkg")
            stats = write_tracks(tracks, tmp_gpkg, "track_points", None, "track_line", feedback)
            _convert(tmp_gpkg, "track_points", p_path, p_table)
            _convert(tmp_gpkg, "track_line", l_path, l_table)
    warnings = []
    if result.issues is not None and len(result.issues):
        warnings.append(result.issues.summary(3))
        for issue in result.issues.issues:
            LOG.info("%s: %s", source, issue)
    warnings.extend(result.notes)
    if feedback is not None:
        feedback.setProgress(100)  # written: too late to cancel
    p_uri = f"{p_path}|layername={p_table}" if p_path.lower().endswith(".gpkg") else p_path
    l_uri = f"{l_path}|layername={l_table}" if l_path.lower().endswith(".gpkg") else l_path
    if in_pg:
        p_uri, l_uri = f"postgres://{pg_points}", f"postgres://{pg_line}"
    return ImportOutcome(stats, result, p_uri, l_uri, warnings, summarise(tracks, result))


def _convert(src: str, layer: str, dest: str, table: str) -> None:
    """Convert one layer with GDAL to another format, written beside and renamed into place."""
    from osgeo import gdal

    gdal.UseExceptions()
    base, ext = os.path.splitext(dest)
    tmp = f"{base}.part{ext}"
    try:
        gdal.VectorTranslate(tmp, src, layers=[layer], layerName=table if ext.lower() != ".shp" else None)
    except RuntimeError as exc:
        _remove_with_sidecars(tmp)
        raise InputError(f"cannot write this output format ({exc})", dest) from None
    if ext.lower() == ".shp":
        for side in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
            if os.path.exists(base + ".part" + side):
                os.replace(base + ".part" + side, base + side)
    else:
        os.replace(tmp, dest)


def _remove_with_sidecars(path: str) -> None:
    base, _ = os.path.splitext(path)
    for side in ("", ".shp", ".shx", ".dbf", ".prj", ".cpg"):
        p = path if not side else base + side
        if os.path.exists(p):
            os.remove(p)
