"""The one HTTP download of the plugin (track files, live feeds, airspace), with clear errors for the analyst.

Standard library only (urllib), so it runs in any QGIS Python and the core stays free of Qt. The QGIS side
passes QGIS's proxy settings and the timeout (see ``qgis_io/track_import.py``); this module owns every limit:

- ``timeout_s``: connecting, and each wait for the next bytes (a stalled server fails after this long);
- ``deadline_s``: the whole download (a 1 byte/s drip or an endless answer fails when it passes);
- ``max_bytes``: the body as sent and, for a gzip answer, as decompressed;
- ``feedback``: anything with ``isCanceled()``: Cancel stops the download within a fraction of a second;
- Content-Length is verified on every path: a short body is an error, never a short track.

The transfer runs in a worker thread so that the caller can honour the deadline and Cancel at once, however
the server behaves; the worker checks a stop flag between reads and its socket is shut down on the way out.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from typing import Any

from .. import safejson
from ..errors import Cancelled, InputError
from ..messages import plain, tr
from ..model import ReadResult

USER_AGENT = "BalloonWatch-QGIS-plugin"
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_BYTES = 200 * 2**20
MAX_REDIRECTS = 5
_CHUNK = 1 << 16
_POLL_S = 0.05


def is_url(text: str) -> bool:
    """True for an http(s) address with a host (the only addresses we fetch)."""
    parts = urllib.parse.urlsplit((text or "").strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def fetch_url(url: str, timeout_s: float = DEFAULT_TIMEOUT_S, proxies: dict | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES, deadline_s: float | None = None, feedback: Any = None) -> bytes:
    """GET ``url`` and return the (decompressed) body, or raise InputError with one sentence naming the URL.

    ``proxies`` maps a scheme to a proxy URL ({} = direct, None = the environment's proxies); ``deadline_s``
    defaults to ten times ``timeout_s``; ``feedback.isCanceled()`` is polled (Cancelled is raised)."""
    if not is_url(url):
        raise InputError(tr("only http:// and https:// addresses can be fetched"), url)
    timeout_s = float(timeout_s) if timeout_s and timeout_s > 0 else DEFAULT_TIMEOUT_S
    deadline_s = float(deadline_s) if deadline_s and deadline_s > 0 else 10.0 * timeout_s
    job = _Download(url, timeout_s, proxies, max_bytes)
    worker = threading.Thread(target=job.run, name="balloonwatch-download", daemon=True)
    end = time.monotonic() + deadline_s
    worker.start()
    try:
        while not job.done.wait(_POLL_S):
            if feedback is not None and feedback.isCanceled():
                raise Cancelled()
            if time.monotonic() > end:
                got = f" after {job.received} bytes" if job.received else ""
                raise InputError(
                    tr(
                        "the download did not finish within {deadline_s:g} s{got} (server too slow or answer endless)",
                        deadline_s=deadline_s,
                        got=got,
                    ),
                    url,
                )
    finally:
        job.stop()
    if job.error is not None:
        raise job.error
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()
    return job.body


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not is_url(newurl):
            raise InputError(
                tr("the server redirected to '{newurl}', which is not an http(s) address", newurl=newurl[:200]),
                req.full_url,
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _Download:
    """One transfer, run by a worker thread; the caller reads ``body`` or ``error`` once ``done`` is set."""

    def __init__(self, url: str, timeout_s: float, proxies: dict | None, max_bytes: int):
        self.url, self.timeout_s, self.proxies, self.max_bytes = url, timeout_s, proxies, max_bytes
        self.done = threading.Event()
        self._stopped = threading.Event()
        self._resp = None
        self.received = 0
        self.body = b""
        self.error: Exception | None = None

    def stop(self) -> None:
        """Ask the worker to stop and wake it from a blocking read (best effort, from the caller's thread)."""
        self._stopped.set()
        sock = _socket_of(self._resp)
        if sock is not None and not self.done.is_set():
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def run(self) -> None:
        try:
            self.body = self._transfer()
        except InputError as exc:
            self.error = exc
        except Exception as exc:  # noqa: BLE001 - every network failure becomes one sentence for the analyst
            self.error = InputError(_reason_text(exc, self.timeout_s), self.url)
        finally:
            self.done.set()

    def _transfer(self) -> bytes:
        handlers = [_RedirectHandler()]
        if self.proxies is not None:
            handlers.append(urllib.request.ProxyHandler(self.proxies))
        opener = urllib.request.build_opener(*handlers)
        req = urllib.request.Request(self.url, headers={"User-Agent": USER_AGENT, "Accept": "*/*",
                                                        "Accept-Encoding": "gzip"})
        with opener.open(req, timeout=self.timeout_s) as resp:
            self._resp = resp
            declared = _declared_length(resp.headers.get("Content-Length"), self.url)
            if declared is not None and declared > self.max_bytes:
                raise InputError(
                    tr(
                        "the answer is {declared:.1f} MB, more than the limit of {max_bytes:g} MB",
                        declared=declared / 2**20,
                        max_bytes=self.max_bytes / 2**20,
                    ),
                    self.url,
                )
            encoding = (resp.headers.get("Content-Encoding") or "identity").strip().lower()
            if encoding not in ("identity", "gzip", "x-gzip"):
                raise InputError(
                    tr("the server sent an unsupported content encoding '{encoding}'", encoding=encoding[:40]), self.url
                )
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if encoding != "identity" else None
            chunks, size = [], 0
            while not self._stopped.is_set():
                try:
                    chunk = resp.read1(_CHUNK)
                except http.client.IncompleteRead as exc:
                    self.received += len(exc.partial)
                    raise InputError(
                        tr("the answer was cut short after {received} bytes", received=self.received), self.url
                    ) from None
                if not chunk:
                    break
                self.received += len(chunk)
                if self.received > self.max_bytes:
                    raise InputError(
                        tr("the answer is larger than the limit of {max_bytes:g} MB", max_bytes=self.max_bytes / 2**20),
                        self.url,
                    )
                if inflater is not None:
                    chunk = _inflate(inflater, chunk, self.max_bytes - size, self.url)
                size += len(chunk)
                chunks.append(chunk)
            if self._stopped.is_set():
                return b""
            if declared is not None and self.received < declared:
                raise InputError(
                    tr(
                        "the answer was cut short: {received} of {declared} bytes received",
                        received=self.received,
                        declared=declared,
                    ),
                    self.url,
                )
            if inflater is not None and not inflater.eof:
                raise InputError(tr("the compressed answer was cut short"), self.url)
            content_type = (resp.headers.get("Content-Type") or "").lower()
        body = b"".join(chunks)
        if not body.strip():
            raise InputError(tr("the server sent an empty answer"), self.url)
        if "html" in content_type and body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
            raise InputError(
                tr(
                    "the server answered with a web page, not a data file (check the address, or a proxy or "
                    "login page in the way)"
                ),
                self.url,
            )
        return body


def _inflate(inflater, chunk: bytes, room: int, url: str) -> bytes:
    """Decompress one chunk without ever producing more than ``room`` bytes (gzip bombs)."""
    out = inflater.decompress(chunk, room + 1)
    if len(out) > room or inflater.unconsumed_tail:
        raise InputError(tr("the decompressed answer is larger than the download limit"), url)
    return out


def _declared_length(value: str | None, url: str) -> int | None:
    if value is None:
        return None
    value = value.strip()
    if not value.isdigit() or len(value) > 18:
        raise InputError(tr("the server sent an invalid Content-Length '{value}'", value=value[:40]), url)
    return int(value)


def _socket_of(resp) -> socket.socket | None:
    try:
        return resp.fp.raw._sock  # noqa: SLF001 - the only handle to wake a blocking read from another thread
    except AttributeError:
        return None


def _reason_text(exc: BaseException, timeout_s: float) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        if 300 <= exc.code < 400 and "not allowed" in str(exc.msg):
            return tr("the server redirected to an address that is not an http(s) address")
        if 300 <= exc.code < 400:
            return tr("too many redirects (more than {limit}, or a redirect loop)", limit=MAX_REDIRECTS)
        return tr("the server answered HTTP {code} {reason}", code=exc.code, reason=plain(str(exc.reason)))
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return tr("no answer within {timeout_s:g} s (timeout)", timeout_s=timeout_s)
    if isinstance(reason, ConnectionRefusedError):
        return tr("connection refused (is the server running and the address right?)")
    if isinstance(reason, socket.gaierror):
        return tr("host name not found (check the address and the network/proxy)")
    if isinstance(reason, ssl.SSLError):
        return tr("the secure connection failed ({detail})", detail=plain(str(reason.reason or reason)))
    if isinstance(reason, (http.client.IncompleteRead, ConnectionResetError, http.client.RemoteDisconnected)):
        return tr("the answer was cut short (the connection closed)")
    if isinstance(reason, http.client.HTTPException):
        return tr("the server sent an invalid HTTP answer ({detail})", detail=type(reason).__name__)
    if isinstance(reason, zlib.error):
        return tr("the compressed answer is corrupt")
    if isinstance(reason, OSError):
        return tr("network error: {detail}", detail=plain(str(reason.strerror or reason)))
    return tr("cannot connect: {detail}", detail=plain(str(reason)[:200]))


def sondehub_query(base_url: str, callsign: str, duration: str = "3d", **fetch_kw: Any) -> ReadResult:
    """Amateur telemetry of one payload from a SondeHub API:
    GET {base}/amateur/telemetry?payload_callsign=..&duration=.. answering {callsign: {datetime: record}}."""
    if not callsign or not str(callsign).strip():
        raise InputError(tr("give the payload callsign to query"), base_url)
    query = urllib.parse.urlencode({"payload_callsign": str(callsign).strip(), "duration": duration})
    url = f"{base_url.rstrip('/')}/amateur/telemetry?{query}"
    body = fetch_url(url, **fetch_kw)
    try:
        parsed = safejson.loads(body.decode("utf-8"), url)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise InputError(
            tr("answer is not valid JSON ({exc}); it may have been cut short", exc=str(exc)[:120]), url
        ) from None
    if isinstance(parsed, dict) and not parsed:
        raise InputError(
            tr("no telemetry for '{callsign}' in the last {duration}", callsign=callsign, duration=duration), url
        )
    from .sondehub import read_sondehub_obj

    return read_sondehub_obj(parsed, url, track_hint=str(callsign).strip())
