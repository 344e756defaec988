"""Run one reader call with a wall-clock limit and report the outcome: ok, clean refusal, crash or hang.

The reader runs in the calling (main) thread; a SIGALRM timer interrupts it after ``limit_s`` (Python code is
interrupted between bytecodes; a single long C call is interrupted when it returns, and still counted).
"""

from __future__ import annotations

import contextlib
import resource
import signal
import time
from dataclasses import dataclass

from balloon_watch.plugin.core.airspace import read_airspace_bytes
from balloon_watch.plugin.core.errors import BalloonWatchError
from balloon_watch.plugin.core.tracks import read_track_bytes


class Hang(BaseException):
    """Raised by the alarm: not an Exception, so no reader can swallow it."""


@dataclass
class Outcome:
    status: str  # "ok", "refused", "crash", "hang"
    seconds: float
    detail: str = ""


@contextlib.contextmanager
def _alarm(limit_s: float):
    def ring(signum, frame):
        raise Hang()

    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, limit_s)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def read(kind: str, name: str, data: bytes, limit_s: float = 10.0) -> Outcome:
    """Read ``data`` as a track or airspace file; only success or our own error class counts as clean."""
    t0 = time.perf_counter()
    try:
        with _alarm(limit_s):
            if kind == "track":
                read_track_bytes(data, name)
            else:
                read_airspace_bytes(data, name)
    except Hang:
        return Outcome("hang", time.perf_counter() - t0, f"over {limit_s:g} s")
    except BalloonWatchError as exc:
        msg = str(exc)
        if "\n" in msg.strip() or "Traceback" in msg:
            return Outcome("crash", time.perf_counter() - t0, f"message is not one sentence: {msg[:200]!r}")
        return Outcome("refused", time.perf_counter() - t0, msg[:200])
    except Exception as exc:  # noqa: BLE001 - anything else is what the harness looks for
        return Outcome("crash", time.perf_counter() - t0, f"{type(exc).__name__}: {str(exc)[:200]}")
    return Outcome("ok", time.perf_counter() - t0)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
