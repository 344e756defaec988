"""Mutation fuzzing of the real test files: every reader must answer with success or our own error, fast.

Run as a program (the fuzz test starts it in a child process whose address space is capped, so that a reader
needing more than about 1 GB fails as MemoryError and is counted, instead of swapping the machine):

    python tests/fuzz/mutate.py --seconds 60 --seed 1 --report out.json

Each input is a real file from tests/data/realworld, tests/core/data or resources/data (the plugin's sample
data) changed by a few random mutations (bit flips, cuts, splices of another file, runs of digits, huge or
special numbers, nesting, XML declarations and entities, re-encoding as UTF-16...), kept under 1 MB, and read
by the track reader or the airspace reader (mostly the one the file belongs to). A reader may succeed or raise
``BalloonWatchError`` with one sentence; anything else is a crash, more than ``--limit`` seconds a hang.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
sys.path[:0] = [str(ROOT / ".build" / "pkg"), str(TESTS)]

from fuzz.bounded import read  # noqa: E402 - after the path set-up above

MAX_INPUT = 2**20 - 1
TRACK_DIRS = ("tests/data/realworld/balloon", "tests/core/data/tracks")
AIRSPACE_DIRS = ("tests/data/realworld/openair", "tests/data/realworld/notam", "tests/data/realworld/tfr",
                 "tests/data/realworld/aixm", "tests/data/realworld/airspace_geojson")
SAMPLES = (("resources/data/balloon_2023_reconstructed.csv", "track"), ("resources/data/closures_2023.txt", "airspace"))
TOKENS = [b"9" * 400, b"1e308", b"-1e308", b"NaN", b"inf", b"-0", b"0", b"1" * 5000, b"\x00", b"\xff\xfe",
          b"<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", b"&a;", b"<![CDATA[", b"]]>", b"[" * 3000, b"{" * 3000,
          b"\"", b",", b";", b"\t", b"\n" * 50, b"DC 10800\n", b"DA 1e308,0,90\n", b"V X=", b"RADIUS 10800 NM ",
          b"CIRCLE RADIUS 9" + b"9" * 300 + b" NM", b"AC R\n", b"<Folder>" * 500, b"</", b"Z", b"T", b"+99:99",
          b"2023-02-30T25:61:61Z", b"18446744073709551616", b"\xe9", b"\xc3", b"\r", b"x" * 140_000]


def corpus() -> list[tuple[str, str, bytes]]:
    """(path relative to the repository, kind, bytes) of every seed file."""
    out = []
    for kind, dirs in (("track", TRACK_DIRS), ("airspace", AIRSPACE_DIRS)):
        for d in dirs:
            for p in sorted((ROOT / d).rglob("*")):
                if p.is_file() and p.stat().st_size < MAX_INPUT:
                    out.append((str(p.relative_to(ROOT)), kind, p.read_bytes()))
    for rel, kind in SAMPLES:
        p = ROOT / rel
        if p.is_file():
            out.append((rel, kind, p.read_bytes()))
    return out


def mutate(rng: random.Random, data: bytes, others: list[bytes]) -> bytes:
    """One to four random mutations of ``data``."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        n = len(buf)
        op = rng.randrange(12)
        i = rng.randrange(n + 1) if n else 0
        if op == 0 and n:  # flip bits
            for _ in range(rng.randint(1, 8)):
                j = rng.randrange(n)
                buf[j] ^= 1 << rng.randrange(8)
        elif op == 1 and n:  # cut a chunk
            buf[i:i + rng.randint(1, max(1, n // 4))] = b""
        elif op == 2:  # duplicate a chunk
            j = rng.randrange(n + 1)
            buf[i:i] = buf[j:j + rng.randint(1, 2000)]
        elif op == 3 and others:  # splice from another file
            other = rng.choice(others)
            j = rng.randrange(len(other) + 1)
            buf[i:i] = other[j:j + rng.randint(1, 4000)]
        elif op == 4:  # a hostile token
            buf[i:i] = rng.choice(TOKENS)
        elif op == 5 and n:  # truncate
            del buf[rng.randrange(n):]
        elif op == 6 and n:  # replace a digit by many digits
            digits = [k for k in range(max(0, i - 500), min(n, i + 500)) if 48 <= buf[k] <= 57]
            if digits:
                k = rng.choice(digits)
                buf[k:k + 1] = bytes([buf[k]]) * rng.choice((3, 30, 400, 40_000))
        elif op == 7 and n:  # repeat a line many times
            start = buf.rfind(b"\n", 0, i) + 1
            end = buf.find(b"\n", i)
            line = bytes(buf[start:end if end >= 0 else n])[:2000] + b"\n"
            buf[start:start] = line * min(rng.choice((10, 1000, 20_000)), MAX_INPUT // len(line))
        elif op == 8:  # re-encode as UTF-16 (with or without BOM), declaration kept
            try:
                text = bytes(buf).decode("utf-8")
            except UnicodeDecodeError:
                continue
            buf = bytearray(text.encode(rng.choice(("utf-16", "utf-16-le", "utf-16-be"))))
        elif op == 9:  # swap two numbers' places (lat/lon swaps, start/end swaps)
            a, b = rng.randrange(n + 1), rng.randrange(n + 1)
            a, b = min(a, b), max(a, b)
            buf[a:b] = bytes(reversed(buf[a:b])) if b - a < 64 else buf[a:b]
        elif op == 10:  # an XML declaration with an odd encoding
            enc = rng.choice((b"UTF-16", b"x-nope", b"zlib_codec", b"latin-1", b"utf-7", b"cp1252"))
            buf[0:0] = b'<?xml version="1.0" encoding="' + enc + b'"?>'
        elif op == 11 and n:  # nest the middle
            depth = rng.choice((10, 300, 5000))
            buf[i:i] = rng.choice((b"[", b"{\"a\":", b"<f>")) * depth
        del buf[MAX_INPUT:]
    return bytes(buf)


def cap_memory(extra_bytes: int) -> int:
    """Cap this process's address space at its current size plus ``extra_bytes``; returns the cap."""
    with open("/proc/self/status") as fh:
        size_kb = next(int(line.split()[1]) for line in fh if line.startswith("VmSize:"))
    cap = size_kb * 1024 + extra_bytes
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    return cap


def run(seconds: float, seed: int, limit_s: float, save: Path | None) -> dict:
    rng = random.Random(seed)
    seeds = corpus()
    blobs = [d for _, _, d in seeds]
    weights = [1.0 if len(d) < 100_000 else 0.15 for _, _, d in seeds]
    stats: dict[str, dict] = {}
    failures = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        rel, kind, data = rng.choices(seeds, weights)[0]
        if rng.random() < 0.1:
            kind = "airspace" if kind == "track" else "track"
        sample = mutate(rng, data, blobs)
        name = os.path.basename(rel)
        outcome = read(kind, name, sample, limit_s)
        s = stats.setdefault(kind, {"tried": 0, "ok": 0, "refused": 0, "crash": 0, "hang": 0, "slowest_s": 0.0})
        s["tried"] += 1
        s[outcome.status] += 1
        s["slowest_s"] = round(max(s["slowest_s"], outcome.seconds), 3)
        if outcome.status in ("crash", "hang"):
            failures.append({"kind": kind, "seed_file": rel, "status": outcome.status, "detail": outcome.detail,
                             "size": len(sample)})
            if save is not None:
                save.mkdir(parents=True, exist_ok=True)
                (save / f"{kind}_{len(failures):04d}_{name}").write_bytes(sample)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    return {"seconds": seconds, "seed": seed, "seed_files": len(seeds), "readers": stats, "failures": failures[:50],
            "failure_count": len(failures), "peak_rss_mb": round(peak, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=float, default=10.0, help="seconds one input may take")
    ap.add_argument("--memory-mb", type=int, default=1024, help="address space allowed above the start-up size")
    ap.add_argument("--report", type=Path)
    ap.add_argument("--save", type=Path, help="folder for the inputs that crashed or hung")
    args = ap.parse_args(argv)
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    import balloon_watch.plugin.core.airspace  # noqa: F401 - import everything before measuring the size
    import balloon_watch.plugin.core.tracks  # noqa: F401

    cap_memory(args.memory_mb * 2**20)
    report = run(args.seconds, args.seed, args.limit, args.save)
    text = json.dumps(report, indent=1)
    if args.report:
        args.report.write_text(text)
    print(text)
    return 1 if report["failure_count"] else 0


if __name__ == "__main__":
    sys.exit(main())
