"""CSV measurement columns: numbers, the unit of an altitude the header does not name, and measurements (speed,
heading, vertical rate, pressure, temperature, a second altitude) converted to SI with what was done said."""

from __future__ import annotations

import numpy as np

from ..messages import tr
from .common import alt_factor
from .measures import ALT_FIELD, FIELD, infer_alt_unit, pressure_to_hpa, temp_to_c


def _number_column(values: list[str]) -> tuple[np.ndarray, dict[int, str]]:
    """Floats; empty -> NaN (unknown, not an error); other text -> error."""
    try:
        return np.array(values, dtype=float), {}
    except ValueError:
        pass
    out = np.full(len(values), np.nan)
    errors: dict[int, str] = {}
    for i, v in enumerate(values):
        v = v.strip()
        if not v:
            continue
        try:
            out[i] = float(v.replace(",", ".")) if v.count(",") == 1 and "." not in v else float(v)
        except ValueError:
            errors[i] = tr("'{value}' is not a number", value=v[:30])
    return out, errors


def _infer_unit(alt_raw: np.ndarray, cols: list, measures: dict, columns: list[str], alt_name: str,
                notes: list[str]) -> str:
    """Unit of an altitude column whose header names none: from a pressure column when there is one, else
    metres, the assumption stated."""
    for j, mc in measures.items():
        if mc.kind != "pressure" or not cols[j]:
            continue
        p, errs = _number_column(cols[j])
        if errs:
            continue
        p_hpa, _ = pressure_to_hpa(p, mc)
        found = infer_alt_unit(alt_raw, p_hpa)
        if found is not None:
            word = "feet" if found[0] == "ft" else "metres"
            notes.append(
                tr(
                    "Altitude unit of '{alt_name}' not stated in the header: {word}, found by comparing it "
                    "with the standard-atmosphere altitude of '{columns}'.",
                    alt_name=alt_name,
                    word=word,
                    columns=columns[j],
                )
            )
            return found[0]
    low = {c.strip().lower() for c in columns}
    if {"serial", "frame", "vel_v"} <= low or {"payload_callsign", "datetime"} <= low:
        notes.append(
            tr(
                "Altitude '{alt_name}' read in metres, as radiosonde_auto_rx logs and SondeHub exports write it.",
                alt_name=alt_name,
            )
        )
        return "m"
    notes.append(
        tr(
            "Altitude unit of '{alt_name}' not stated in the header: metres assumed (choose the altitude unit "
            "if the file uses feet).",
            alt_name=alt_name,
        )
    )
    return "m"


def _convert_measure(mc, cname: str, num: np.ndarray, alt_unit: str | None, attributes: dict,
                     kept: list[str]) -> tuple[str, np.ndarray]:
    """A recognised measurement column converted to SI, under its field name; what was done appended to kept."""
    if mc.kind == "alt":
        unit = mc.unit.lower() if mc.unit else (alt_unit or "m")
        key = ALT_FIELD[mc.sub]
        if key in attributes:
            key = f"{_unique_name(key, attributes)}"
        if mc.unit:
            kept.append(tr("'{cname}' as {key} (from {unit})", cname=cname, key=key, unit=unit))
        else:
            kept.append(tr("'{cname}' as {key} (from {unit}, unstated unit, taken as alt_m)", cname=cname, key=key,
                           unit=unit))
        return key, num * alt_factor(unit)
    key, si = FIELD[mc.kind]
    if key in attributes:
        key = _unique_name(key, attributes)
    if mc.kind == "pressure":
        out, assumed = pressure_to_hpa(num, mc)
        done = (tr("'{cname}' as {key} (from {unit})", cname=cname, key=key, unit=mc.unit) if mc.unit else
                tr("'{cname}' as {key} (from unstated unit, read as {unit})", cname=cname, key=key, unit=assumed))
        kept.append(_blank_impossible(done, out, out <= 0, tr("not above 0 hPa")))
        return key, out
    if mc.kind == "temp":
        out = temp_to_c(num, mc)
        done = (tr("'{cname}' as {key} (from {unit})", cname=cname, key=key, unit="deg " + mc.unit) if mc.unit else
                tr("'{cname}' as {key} (from unstated unit, read as {unit})", cname=cname, key=key, unit="deg C"))
        kept.append(_blank_impossible(done, out, out <= -273.0, tr("at or below absolute zero")))
        return key, out
    if mc.kind == "heading":
        out = num.copy()
        kept.append(_blank_impossible(tr("'{cname}' as {key} (degrees)", cname=cname, key=key), out,
                                      (out < 0) | (out > 360), tr("outside 0..360")))
        return key, out
    kept.append(tr("'{cname}' as {key} (from {unit})", cname=cname, key=key, unit=mc.unit) if mc.unit else
                tr("'{cname}' as {key} (from unstated unit, read as {unit})", cname=cname, key=key, unit=si))
    return key, num * mc.factor


def _blank_impossible(done: str, values: np.ndarray, bad: np.ndarray, why: str) -> str:
    """Empty the physically impossible values of a measurement (decoders write -1 hPa or -273 C for 'no
    sensor'); the count is said, never silently kept as a reading."""
    with np.errstate(invalid="ignore"):
        bad = np.asarray(bad) & np.isfinite(values)
    if not bad.any():
        return done
    values[bad] = np.nan
    return tr("{done}; {count} value(s) {why} (a decoder's 'no sensor' filler) left empty", done=done,
              count=int(bad.sum()), why=why)


def _safe_float(v: str) -> float:
    try:
        return float(v)
    except ValueError:
        return 0.0


def _unique_name(name: str, existing: dict) -> str:
    out, k = name, 2
    while out in existing:
        out = f"{name}_{k}"
        k += 1
    return out
