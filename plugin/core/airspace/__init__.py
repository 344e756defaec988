"""Airspace closures: readers for FAA TFR XML, FAA/ICAO NOTAM text, OpenAir, AIXM 5.1 and GeoJSON.

All readers return :class:`AirspaceReadResult` with :class:`~..model.Airspace` objects whose outlines are
geodesic (circles, arcs and edges densified to ``tolerance_m`` by :mod:`..geodesy`) and whose limits are
in metres with their reference kept (SFC, MSL, AGL, STD, UNL). Malformed records are skipped and listed
in ``issues`` with their line (or record) number; a file with nothing usable raises InputError.
"""

from __future__ import annotations

import math
import os

from ..errors import BalloonWatchError, InputError
from ..messages import tr
from .common import AirspaceReadResult
from .detect import FORMATS, detect_airspace_format

__all__ = ["AirspaceReadResult", "FORMATS", "detect_airspace_format", "read_airspace_bytes", "read_airspace_file"]

MAX_BYTES = 200 * 1024 * 1024


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # OpenAir files from older tools are often Latin-1


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_airspace_bytes(data: bytes, name: str, fmt: str | None = None, tolerance_m: float = 1.0,
                        feedback=None, defer_deltas: bool = False) -> AirspaceReadResult:  # fmt: skip
    """Read airspaces from bytes; ``fmt`` one of FORMATS or None to detect it. ``defer_deltas``: AIXM
    TEMPDELTA activations without their BASELINE in this file are left in ``deltas`` (see
    ``aixm.apply_tempdeltas``) for a run that reads several files."""
    if len(data) > MAX_BYTES:
        raise InputError(tr("file is larger than {limit} MB", limit=MAX_BYTES // (1024 * 1024)), name)
    if not data.strip():
        raise InputError(tr("file is empty"), name)
    fmt = fmt or detect_airspace_format(data[:65536], name)
    if fmt not in FORMATS:
        raise InputError(
            tr("unknown airspace format '{fmt}' (one of {formats})", fmt=fmt, formats=", ".join(FORMATS)), name
        )
    if not (tolerance_m > 0 and math.isfinite(tolerance_m)):
        raise InputError(tr("tolerance must be positive, got {tolerance_m}", tolerance_m=tolerance_m), name)
    from .geometry import work_scope

    with work_scope(name, feedback, len(data)):  # vertex and time budgets of the file, Cancel in geometry work
        try:
            res = _read(data, name, fmt, tolerance_m, feedback, defer_deltas)
        except (BalloonWatchError, MemoryError):
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, ArithmeticError) as exc:
            # last line of defence, as for tracks: a structure no reader expected must not become a traceback
            raise InputError(
                tr(
                    "unexpected content for {fmt} ({error}: {exc})",
                    fmt=fmt,
                    error=type(exc).__name__,
                    exc=str(exc)[:160],
                ),
                name,
            ) from exc
    if fmt in ("openair", "faa_notam", "icao_notam") and not _is_utf8(data):
        res.notes.append(tr("The file is not UTF-8: its text was read as Latin-1 (ISO 8859-1)."))
    for a in res.airspaces:  # the type every layer can be styled by, where the reader named none
        if not a.airspace_type and a.kind.strip().upper() != a.airspace_class:
            a.airspace_type = _KIND_TYPES.get(a.kind.strip().upper(), a.kind.strip())
    return res


# kinds the readers set (NOTAM/TFR kinds, OpenAir/AIXM codes) -> the type field's words
_KIND_TYPES = {"NDA": "national defense airspace", "TFR": "TFR", "R": "restricted", "P": "prohibited",
               "D": "danger", "Q": "danger"}


def _read(data: bytes, name: str, fmt: str, tolerance_m: float, feedback, defer_deltas: bool) -> AirspaceReadResult:
    if fmt == "tfr_xml":
        from .tfr_xml import read_tfr_xml_bytes

        return read_tfr_xml_bytes(data, name, tolerance_m, feedback)
    if fmt == "aixm":
        from .aixm import read_aixm_bytes

        return read_aixm_bytes(data, name, tolerance_m, feedback, defer_deltas)
    if fmt == "geojson":
        from .geojson_airspace import read_geojson_airspace_bytes

        return read_geojson_airspace_bytes(data, name, tolerance_m, feedback)
    if fmt == "openair":
        from .openair import read_openair_text

        return read_openair_text(_decode(data, name), name, tolerance_m, feedback)
    from .notam import read_notam_json, read_notam_text

    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")):
        return read_notam_json(data, name, tolerance_m, feedback)
    return read_notam_text(_decode(data, name), name, tolerance_m, feedback, fmt=fmt)


def read_airspace_file(path: str | os.PathLike, fmt: str | None = None, tolerance_m: float = 1.0,
                       feedback=None, defer_deltas: bool = False) -> AirspaceReadResult:  # fmt: skip
    """Read an airspace file (format detected from its content unless ``fmt`` is given)."""
    path = os.fspath(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(tr("cannot read file ({strerror})", strerror=exc.strerror), path) from None
    return read_airspace_bytes(data, path, fmt, tolerance_m, feedback, defer_deltas)
