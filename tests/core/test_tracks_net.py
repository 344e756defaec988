"""fetch_url and sondehub_query against a loopback HTTP server started here (127.0.0.1 only)."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from balloon_watch.plugin.core.errors import InputError
from balloon_watch.plugin.core.tracks import fetch_url, sondehub_query

DATA = Path(__file__).parent / "data" / "tracks"
ANSWER = (DATA / "sondehub_amateur_telemetry.json").read_bytes()


class Handler(BaseHTTPRequestHandler):
    seen: list[str] = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, code: int, body: bytes, length: int | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - http.server API name
        Handler.seen.append(self.path)
        url = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(url.query)
        if url.path == "/amateur/telemetry":
            if q.get("payload_callsign") == ["HORUS-V2-DEMO"]:
                self._send(200, ANSWER, len(ANSWER))
            else:
                self._send(200, b"{}", 2)
        elif url.path == "/cut/amateur/telemetry":
            body = ANSWER[: len(ANSWER) // 2]  # a proxy that gave up half-way, but says so honestly
            self._send(200, body, len(body))
        elif url.path == "/short":
            self._send(200, ANSWER[:100], len(ANSWER))  # promises more than it sends, then closes
        elif url.path == "/500/amateur/telemetry":
            self._send(500, b'{"message": "Internal server error"}')
        elif url.path == "/slow":
            time.sleep(2.0)
            self._send(200, b"{}", 2)
        elif url.path == "/big":
            self._send(200, b"x" * (2 * 2**20), 2 * 2**20)
        elif url.path == "/bigstream":
            self.send_response(200)
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"y" * 65536)
        elif url.path == "/empty":
            self._send(200, b"", 0)
        else:
            self._send(404, b"not found")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_sondehub_query_good_answer(server):
    res = sondehub_query(server, "HORUS-V2-DEMO", duration="1d", timeout_s=5)
    assert Handler.seen[-1] == "/amateur/telemetry?payload_callsign=HORUS-V2-DEMO&duration=1d"
    recs = [r for r in json.loads(ANSWER)["HORUS-V2-DEMO"].values() if (r["lat"], r["lon"]) != (0, 0)]
    tr = res.tracks[0]
    assert res.format == "sondehub" and tr.track_id == "HORUS-V2-DEMO"
    np.testing.assert_array_equal(tr.lon, [r["lon"] for r in recs])
    assert len(res.issues) == 1  # the 0,0 record


def test_sondehub_query_unknown_callsign(server):
    with pytest.raises(InputError, match="no telemetry for 'NOPE'"):
        sondehub_query(server, "NOPE", timeout_s=5)


def test_http_errors(server):
    with pytest.raises(InputError, match="HTTP 500"):
        sondehub_query(server + "/500", "HORUS-V2-DEMO", timeout_s=5)
    with pytest.raises(InputError, match="HTTP 404") as exc:
        fetch_url(server + "/nothing-here", timeout_s=5)
    assert "127.0.0.1" in str(exc.value)


def test_truncated_answers(server):
    with pytest.raises(InputError, match="not valid JSON"):
        sondehub_query(server + "/cut", "HORUS-V2-DEMO", timeout_s=5)
    with pytest.raises(InputError, match="cut short"):
        fetch_url(server + "/short", timeout_s=5)


def test_server_that_never_answers_times_out(server):
    t = time.perf_counter()
    with pytest.raises(InputError, match="timeout"):
        fetch_url(server + "/slow", timeout_s=0.3)
    assert time.perf_counter() - t < 1.5


def test_connection_refused():
    with pytest.raises(InputError, match="refused"):
        fetch_url(f"http://127.0.0.1:{_free_port()}/x", timeout_s=2)


def test_oversized_and_empty_bodies(server):
    with pytest.raises(InputError, match="limit"):
        fetch_url(server + "/big", timeout_s=5, max_bytes=2**20)
    with pytest.raises(InputError, match="limit"):
        fetch_url(server + "/bigstream", timeout_s=5, max_bytes=2**20)
    assert len(fetch_url(server + "/bigstream", timeout_s=5, max_bytes=4 * 2**20)) == 40 * 65536
    with pytest.raises(InputError, match="empty"):
        fetch_url(server + "/empty", timeout_s=5)
    with pytest.raises(InputError, match="http"):
        fetch_url("file:///etc/passwd")

