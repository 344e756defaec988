"""Fetching a track over HTTP (a live feed such as SondeHub) with clear errors for the analyst.

Core uses only the standard library (urllib) so it runs in any QGIS Python; a ``requests.Session``-like
object can be passed as ``session`` (QGIS ships requests on most platforms) and is then used instead.
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from ..errors import InputError
from ..model import ReadResult

USER_AGENT = "BalloonWatch-QGIS-plugin"
_CHUNK = 1 << 16


def fetch_url(url: str, timeout_s: float = 30, proxies: dict | None = None, max_bytes: int = 200 * 2**20,
              session: Any = None) -> bytes:
    """GET ``url`` and return the body; InputError on timeout, refused connection, HTTP error status,
    a body larger than ``max_bytes`` (checked on Content-Length and while reading) or an empty body."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError("only http:// and https:// addresses can be fetched", url)
    if session is not None:
        return _fetch_session(session, url, timeout_s, proxies, max_bytes)
    handlers = [urllib.request.ProxyHandler(proxies)] if proxies is not None else []
    opener = urllib.request.build_opener(*handlers)
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "application/json, */*"})
    try:
        with opener.open(req, timeout=timeout_s) as resp:
            declared = resp.headers.get("Content-Length")
            _check_declared(declared, max_bytes, url)
            body = _read_capped(resp.read, max_bytes, url)
            if declared and declared.isdigit() and len(body) < int(declared):
                raise InputError(f"answer cut short: {len(body)} of {declared} bytes received", url)
    except urllib.error.HTTPError as exc:
        raise InputError(f"server answered HTTP {exc.code} {exc.reason}", url) from None
    except urllib.error.URLError as exc:
        raise InputError(_reason_text(exc.reason, timeout_s), url) from None
    except (socket.timeout, TimeoutError):
        raise InputError(f"no answer within {timeout_s:g} s (timeout)", url) from None
    except ConnectionError as exc:
        raise InputError(_reason_text(exc, timeout_s), url) from None
    except OSError as exc:  # http.client.IncompleteRead is not an OSError; handled below
        raise InputError(f"network error: {exc}", url) from None
    except _incomplete_read() as exc:
        raise InputError(f"answer cut short ({exc})", url) from None
    if not body.strip():
        raise InputError("server sent an empty answer", url)
    return body


def _incomplete_read():
    import http.client

    return (http.client.IncompleteRead, http.client.HTTPException)


def _reason_text(reason: Any, timeout_s: float) -> str:
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return f"no answer within {timeout_s:g} s (timeout)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the server running and the address right?)"
    if isinstance(reason, socket.gaierror):
        return "host name not found (check the address and the network/proxy)"
    return f"cannot connect: {reason}"


def _check_declared(declared: str | None, max_bytes: int, url: str) -> None:
    if declared and declared.strip().isdigit() and int(declared) > max_bytes:
        raise InputError(f"answer is {int(declared) // 2**20} MB, more than the limit of {max_bytes // 2**20} MB",
                         url)


def _read_capped(read, max_bytes: int, url: str) -> bytes:
    chunks, total = [], 0
    while True:
        chunk = read(_CHUNK)
        if not chunk:
            break
        total += len(chunk)
        if total > max_bytes:
            raise InputError(f"answer is larger than the limit of {max_bytes / 2**20:g} MB", url)
        chunks.append(chunk)
    return b"".join(chunks)


def _fetch_session(session: Any, url: str, timeout_s: float, proxies: dict | None, max_bytes: int) -> bytes:
    """Same contract through a requests-like session (exceptions recognised by class name: no import)."""
    try:
        resp = session.get(url, timeout=timeout_s, proxies=proxies, stream=True, headers={"User-Agent": USER_AGENT})
        try:
            if resp.status_code >= 400:
                raise InputError(f"server answered HTTP {resp.status_code} {resp.reason}", url)
            _check_declared(resp.headers.get("Content-Length"), max_bytes, url)
            chunks, total = [], 0
            for chunk in resp.iter_content(_CHUNK):
                total += len(chunk)
                if total > max_bytes:
                    raise InputError(f"answer is larger than the limit of {max_bytes / 2**20:g} MB", url)
                chunks.append(chunk)
            body = b"".join(chunks)
        finally:
            resp.close()
    except InputError:
        raise
    except Exception as exc:  # requests' exception classes, identified without importing requests
        names = {c.__name__ for c in type(exc).__mro__}
        if names & {"Timeout", "ReadTimeout", "ConnectTimeout"}:
            raise InputError(f"no answer within {timeout_s:g} s (timeout)", url) from None
        if "ConnectionError" in names:
            text = str(exc)
            if "refused" in text.lower():
                raise InputError("connection refused (is the server running and the address right?)", url) from None
            if "IncompleteRead" in text or "ChunkedEncodingError" in names or "ProtocolError" in text:
                raise InputError("answer cut short", url) from None
            raise InputError(f"cannot connect: {text[:200]}", url) from None
        if names & {"ChunkedEncodingError", "ContentDecodingError"}:
            raise InputError("answer cut short or corrupted", url) from None
        raise InputError(f"network error: {exc}", url) from None
    if not body.strip():
        raise InputError("server sent an empty answer", url)
    return body


def sondehub_query(base_url: str, callsign: str, duration: str = "3d", **fetch_kw: Any) -> ReadResult:
    """Amateur telemetry of one payload from a SondeHub API:
    GET {base}/amateur/telemetry?payload_callsign=..&duration=.. answering {callsign: {datetime: record}}."""
    if not callsign or not str(callsign).strip():
        raise InputError("give the payload callsign to query", base_url)
    query = urllib.parse.urlencode({"payload_callsign": str(callsign).strip(), "duration": duration})
    url = f"{base_url.rstrip('/')}/amateur/telemetry?{query}"
    body = fetch_url(url, **fetch_kw)
    try:
        parsed = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"answer is not valid JSON ({exc}); it may have been cut short", url) from None
    if isinstance(parsed, dict) and not parsed:
        raise InputError(f"no telemetry for '{callsign}' in the last {duration}", url)
    from .sondehub import read_sondehub_obj

    return read_sondehub_obj(parsed, url, track_hint=str(callsign).strip())
