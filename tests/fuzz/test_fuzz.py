"""The fuzz harness: mutated real files (in a child process with capped memory) and generated inputs (hypothesis).

Every input must be read or refused with ``BalloonWatchError`` (one sentence), within 10 s. ``make test`` runs it
for about a minute (FUZZ_SECONDS=60); ``make fuzz SECONDS=600`` as long as asked, with a random seed (FUZZ_SEED).
Inputs that fail are saved under tests/artifacts/fuzz to be replayed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fuzz.bounded import read
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SECONDS = float(os.environ.get("FUZZ_SECONDS", "60"))
SEED = int(os.environ.get("FUZZ_SEED", "1"))
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts" / "fuzz"
MUTATION_SHARE = 0.6  # of the budget; the rest goes to the generated inputs, shared by the generators


@pytest.mark.timeout(int(SECONDS * 2 + 120))
def test_mutated_real_files(tmp_path):
    report = tmp_path / "report.json"
    env = dict(os.environ, PROJ_DATA=os.environ.get("PROJ_DATA", "/usr/share/proj"))
    proc = subprocess.run([sys.executable, str(Path(__file__).with_name("mutate.py")), "--seconds",
                           str(SECONDS * MUTATION_SHARE), "--seed", str(SEED), "--report", str(report),
                           "--save", str(ARTIFACTS / f"mutations_seed{SEED}")],
                          capture_output=True, text=True, env=env, timeout=SECONDS * 2 + 60)
    assert report.exists(), proc.stderr[-2000:]
    result = json.loads(report.read_text())
    print(json.dumps({k: result[k] for k in ("seed", "readers", "failure_count", "peak_rss_mb")}))
    tried = sum(r["tried"] for r in result["readers"].values())
    assert tried > 20 * SECONDS * MUTATION_SHARE / 60  # the harness really ran
    assert result["failure_count"] == 0, json.dumps(result["failures"][:10], indent=1)


# ------------------------------------------------------------------------------------------- generated inputs
NUMBER = st.one_of(st.integers(-10**6, 10**6).map(str), st.floats(allow_nan=True, allow_infinity=True).map(str),
                   st.text("0123456789.-+eE", min_size=1, max_size=30), st.sampled_from(["9" * 400, "1e308", "-0"]))
WORD = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
TIME = st.one_of(st.datetimes().map(lambda d: d.isoformat() + "Z"), st.integers(-2**40, 2**40).map(str), WORD)


def _csv(rows, sep):
    return ("\n".join(sep.join(r) for r in rows)).encode("utf-8", "surrogatepass")


CSV = st.tuples(st.sampled_from([",", ";", "\t", "|"]),
                st.lists(st.sampled_from(["time", "lat", "lon", "alt", "track_id", "date", "alt_ft", "x", ""]),
                         min_size=1, max_size=7),
                st.lists(st.lists(st.one_of(NUMBER, TIME, WORD), min_size=1, max_size=7), max_size=40)
                ).map(lambda t: ("track", "gen.csv", _csv([t[1], *t[2]], t[0])))

OPENAIR_LINE = st.one_of(
    st.builds(lambda c: f"AC {c}", st.sampled_from(["R", "Q", "P", "CTR", "", "X"])),
    st.builds(lambda w: f"AN {w}", WORD),
    st.builds(lambda n, u: f"AL {n}{u}", NUMBER, st.sampled_from(["FT", "M", " MSL", "FT AGL", "", " FL"])),
    st.builds(lambda n: f"AH FL{n}", NUMBER),
    st.builds(lambda a, b: f"V X={a}:00:00 N {b}:00:00 E", st.integers(-100, 100), st.integers(-200, 400)),
    st.builds(lambda a, b: f"DP {a} N {b} E", NUMBER, NUMBER),
    st.builds(lambda r: f"DC {r}", NUMBER),
    st.builds(lambda r, a, b: f"DA {r},{a},{b}", NUMBER, NUMBER, NUMBER),
    st.builds(lambda a, b: f"DB {a}:00:00 N 007:00:00 E, {b}:00:00 N 007:10:00 E", st.integers(-99, 99),
              st.integers(-99, 99)),
    st.sampled_from(["V D=-", "V D=+", "DY 45:00:00 N 007:00:00 E", "* comment", "AA 2023-01-01T00:00Z/NONE"]),
)
OPENAIR = st.lists(OPENAIR_LINE, max_size=60).map(lambda ls: ("airspace", "gen.txt", "\n".join(ls).encode()))

COORD = st.builds(lambda a, b, c, d, h1, h2: f"{a:02d}{b:02d}{h1}{c:03d}{d:02d}{h2}", st.integers(0, 99),
                  st.integers(0, 99), st.integers(0, 999), st.integers(0, 99), st.sampled_from("NS"),
                  st.sampled_from("EW"))
NOTAM_E = st.lists(st.one_of(COORD, NUMBER, WORD, st.sampled_from(["RADIUS", "NM", "KM", "CIRCLE", "CENTRED ON",
                                                                    "-", "PART 2 OF 9" + "9" * 30, "AREA"])),
                   max_size=40).map(" ".join)
NOTAM = st.builds(lambda e, f, g, q: ("airspace", "gen.txt", (
    f"A1234/23 NOTAMN\nQ) EGTT/QRTCA/IV/BO/W/000/100/{q}\nA) EGTT B) 2302011200 C) 2302021200\nE) {e}\n"
    f"F) {f} G) {g}\n").encode("utf-8", "surrogatepass")), NOTAM_E, NUMBER, NUMBER, st.one_of(COORD, NUMBER))

JSON_VALUE = st.recursive(st.one_of(st.none(), st.booleans(), st.floats(), st.integers(), WORD),
                          lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                  st.dictionaries(st.sampled_from(
                                                      ["type", "features", "geometry", "coordinates", "properties",
                                                       "time", "datetime", "lat", "lon", "alt", "id", "name",
                                                       "payload_callsign", "upper", "lower"]), inner, max_size=6)),
                          max_leaves=60)
GEOJSON = st.builds(lambda feats, kind: (kind, "gen.geojson", json.dumps(
    {"type": "FeatureCollection", "features": feats}).encode()), st.lists(JSON_VALUE, max_size=8),
    st.sampled_from(["track", "airspace"]))

XML_TAGS = ["gpx", "trk", "trkseg", "trkpt", "time", "ele", "kml", "Document", "Folder", "Placemark", "gx:Track",
            "when", "gx:coord", "LineString", "coordinates", "name"]
XML_NODE = st.recursive(st.one_of(NUMBER, WORD.map(lambda w: w.replace("<", "").replace("&", ""))),
                        lambda inner: st.builds(lambda t, a, kids: f'<{t} lat="{a}" lon="{a}">{"".join(kids)}</{t}>',
                                                st.sampled_from(XML_TAGS), NUMBER, st.lists(inner, max_size=4)),
                        max_leaves=40)
XML = st.builds(lambda body, enc, name: ("track", name, (
    f'<?xml version="1.0" encoding="{enc}"?><root xmlns="http://www.topografix.com/GPX/1/1" '
    f'xmlns:gx="http://www.google.com/kml/ext/2.2">{body}</root>').encode(enc, "replace")),
    XML_NODE, st.sampled_from(["utf-8", "utf-16", "latin-1"]), st.sampled_from(["gen.gpx", "gen.kml"]))

LINES = st.lists(st.one_of(WORD, st.builds(lambda a, b: f"$$PAYLOAD,{a},12:00:00,{b},{b},{a}*00", NUMBER, NUMBER),
                           st.builds(lambda a, b: f"2023-02-01 12:00:00: CALL>APRS,WIDE:/120000h{a}N/{b}WO", NUMBER,
                                     NUMBER)), max_size=30).map(lambda ls: ("track", "gen.log", "\n".join(ls).encode(
                                         "utf-8", "surrogatepass")))

GENERATORS = {"csv": CSV, "openair": OPENAIR, "notam": NOTAM, "geojson": GEOJSON, "xml": XML, "lines": LINES}


@pytest.mark.timeout(int(SECONDS + 300))
@pytest.mark.parametrize("generator", list(GENERATORS))
def test_generated_inputs(generator):
    budget = SECONDS * (1 - MUTATION_SHARE) / len(GENERATORS)
    seen = {"n": 0}

    @settings(max_examples=40, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(GENERATORS[generator])
    def one(case):
        kind, name, data = case
        seen["n"] += 1
        outcome = read(kind, name, data, limit_s=10.0)
        if outcome.status not in ("ok", "refused"):
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            (ARTIFACTS / f"generated_{generator}_{seen['n']}_{name}").write_bytes(data)
        assert outcome.status in ("ok", "refused"), f"{outcome.status}: {outcome.detail}"

    end = time.monotonic() + budget
    while time.monotonic() < end:
        one()
    print(f"{generator}: {seen['n']} generated inputs")
    assert seen["n"] >= 40
