"""The one download under network faults, on servers bound to 127.0.0.1: each fails within its deadline with one
clear sentence naming the address, and Cancel stops a download in the middle."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from balloon_watch.plugin.core.airspace import read_airspace_bytes
from balloon_watch.plugin.core.errors import Cancelled, InputError
from balloon_watch.plugin.core.tracks import read_track_bytes
from balloon_watch.plugin.core.tracks.net import fetch_url, is_url

CSV = b"time,lat,lon,alt\n" + b"".join(
    f"2023-02-01T12:{m:02d}:00Z,{40 + m / 100:.2f},{-100 + m / 100:.2f},{18000 + m}\n".encode() for m in range(60))


class Faulty(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _head(self, code=200, length=None, ctype="text/csv", extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        if length is not None:
            self.send_header("Content-Length", str(length))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()

    def do_GET(self):  # noqa: N802 - http.server API name
        path = self.path
        try:
            if path == "/ok.csv":
                self._head(length=len(CSV))
                self.wfile.write(CSV)
            elif path == "/truncated.csv":  # promises the whole file, sends a third, closes
                self._head(length=len(CSV))
                self.wfile.write(CSV[: len(CSV) // 3])
                self.close_connection = True
            elif path == "/drip.csv":  # 1 byte per second, for ever
                self._head(length=len(CSV))
                for b in CSV:
                    self.wfile.write(bytes([b]))
                    self.wfile.flush()
                    time.sleep(1.0)
            elif path == "/endless.csv":  # fast and without end, no length
                self.send_response(200)
                self.send_header("Content-Type", "text/csv")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                while True:
                    self.wfile.write(CSV)
            elif path == "/stalled.csv":  # headers, a few bytes, then silence
                self._head(length=len(CSV))
                self.wfile.write(CSV[:50])
                self.wfile.flush()
                time.sleep(20)
            elif path == "/mute":  # accepts, never answers
                time.sleep(20)
            elif path == "/loop":
                self._head(302, 0, extra=[("Location", "/loop")])
            elif path.startswith("/hop"):
                n = int(path[4:] or 0)
                self._head(302, 0, extra=[("Location", f"/hop{n + 1}")])
            elif path == "/to-file":
                self._head(302, 0, extra=[("Location", "file:///etc/passwd")])
            elif path == "/login":  # a captive portal or proxy login page instead of the data
                body = b"<!DOCTYPE html><html><body>Please log in</body></html>"
                self._head(length=len(body), ctype="text/html; charset=utf-8")
                self.wfile.write(body)
            elif path == "/garbage.csv":
                body = bytes(range(256)) * 8
                self._head(length=len(body), ctype="application/octet-stream")
                self.wfile.write(body)
            elif path == "/gzip.csv":
                body = gzip.compress(CSV)
                self._head(length=len(body), extra=[("Content-Encoding", "gzip")])
                self.wfile.write(body)
            elif path == "/gzip-bomb.csv":  # 50 MB of zeros in about 50 KB
                body = gzip.compress(b"0" * (50 * 2**20), 9)
                self._head(length=len(body), extra=[("Content-Encoding", "gzip")])
                self.wfile.write(body)
            elif path == "/gzip-cut.csv":
                body = gzip.compress(CSV)[:-20]
                self._head(length=len(body), extra=[("Content-Encoding", "gzip")])
                self.wfile.write(body)
            elif path == "/bad-length.csv":
                self._head(length="12abc")
                self.wfile.write(CSV)
            else:
                self._head(404, 9, "text/plain")
                self.wfile.write(b"not found")
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Faulty)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _fails(url: str, match: str, within: float, **kw) -> InputError:
    t0 = time.monotonic()
    with pytest.raises(InputError, match=match) as err:
        fetch_url(url, proxies={}, **kw)
    took = time.monotonic() - t0
    assert took < within, f"{url} took {took:.1f} s"
    msg = str(err.value)
    assert url in msg and "\n" not in msg and "Traceback" not in msg
    return err.value


def test_good_and_gzip_answers(server):
    assert fetch_url(server + "/ok.csv", proxies={}, timeout_s=5) == CSV
    assert fetch_url(server + "/gzip.csv", proxies={}, timeout_s=5) == CSV  # decompressed, length checked
    res = read_track_bytes(fetch_url(server + "/ok.csv", proxies={}, timeout_s=5), "ok.csv")
    assert len(res.tracks[0]) == 60


def test_truncated_answer_is_an_error_not_a_short_track(server):
    err = _fails(server + "/truncated.csv", "cut short", 5, timeout_s=5)
    assert f"of {len(CSV)} bytes" in str(err)
    _fails(server + "/gzip-cut.csv", "cut short", 5, timeout_s=5)


def test_slow_drip_fails_at_the_deadline(server):
    err = _fails(server + "/drip.csv", "did not finish within 2 s", 3.0, timeout_s=5, deadline_s=2)
    assert "bytes" in str(err)


def test_endless_answer_hits_the_byte_cap_or_the_deadline(server):
    _fails(server + "/endless.csv", "limit of 1 MB", 5, timeout_s=5, max_bytes=2**20)
    _fails(server + "/endless.csv", "did not finish within 1.5 s", 2.5, timeout_s=5, deadline_s=1.5,
           max_bytes=2**40)


def test_stalled_and_mute_servers_time_out(server):
    _fails(server + "/stalled.csv", "timeout", 2.5, timeout_s=1)
    _fails(server + "/mute", "timeout", 2.5, timeout_s=1)
    # the deadline wins over a longer read timeout
    _fails(server + "/stalled.csv", "did not finish within 1 s", 2.0, timeout_s=30, deadline_s=1)


def test_http_errors_and_redirects(server):
    _fails(server + "/missing.csv", "HTTP 404", 5, timeout_s=5)
    _fails(server + "/loop", "redirect", 5, timeout_s=5)
    _fails(server + "/hop0", "redirect", 5, timeout_s=5)
    _fails(server + "/to-file", "not an http", 5, timeout_s=5)


def test_wrong_content_is_refused_cleanly(server):
    _fails(server + "/login", "web page", 5, timeout_s=5)
    data = fetch_url(server + "/garbage.csv", proxies={}, timeout_s=5)
    with pytest.raises(InputError):
        read_track_bytes(data, "garbage.csv")
    with pytest.raises(InputError):
        read_airspace_bytes(data, "garbage.csv")
    _fails(server + "/bad-length.csv", "Content-Length", 5, timeout_s=5)


def test_decompression_is_capped(server):
    _fails(server + "/gzip-bomb.csv", "decompressed answer is larger", 5, timeout_s=5, max_bytes=2**20)


def test_cancel_stops_a_download_in_the_middle(server):
    class Flag:
        cancelled = False

        def isCanceled(self):  # noqa: N802 - QgsFeedback API name
            return self.cancelled

    flag = Flag()
    threading.Timer(0.5, lambda: setattr(flag, "cancelled", True)).start()
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        fetch_url(server + "/drip.csv", proxies={}, timeout_s=30, deadline_s=60, feedback=flag)
    assert time.monotonic() - t0 < 1.5


def test_refused_and_unknown_schemes():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    _fails(f"http://127.0.0.1:{port}/x", "refused", 5, timeout_s=2)
    for bad in ("file:///etc/passwd", "ftp://127.0.0.1/x", "http://", "/tmp/x.csv"):
        assert not is_url(bad)
        with pytest.raises(InputError, match="only http"):
            fetch_url(bad)
