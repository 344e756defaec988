"""The algorithms download through the one HTTP stack: a short or missing answer fails the run in one sentence,
the TIMEOUT parameter is honoured, and nothing is written."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import processing
import pytest
from bw_paths import ROOT
from qgis.core import QgsProcessingException, QgsVectorLayer

CLOSURES = (ROOT / "resources" / "data" / "closures_2023.txt").read_bytes()
TRACK = (ROOT / "resources" / "data" / "balloon_2023_reconstructed.csv").read_bytes()


class Server(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - http.server API name
        body = CLOSURES if "closures" in self.path else TRACK
        if self.path.startswith("/short"):
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
        elif self.path.startswith("/stall"):
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[:100])
            self.wfile.flush()
            time.sleep(10)
        elif self.path.startswith("/ok"):
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


@pytest.fixture(scope="module")
def url():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Server)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _fails(alg, params, match):
    with pytest.raises(QgsProcessingException, match=match) as err:
        processing.run(alg, params)
    assert "\n" not in str(err.value).strip() and "Traceback" not in str(err.value)


def test_airspace_download_faults(bw_provider, url, tmp_path):
    out = str(tmp_path / "a.gpkg")
    res = processing.run("balloonwatch:importairspace", {"INPUT": f"{url}/ok/closures.txt", "OUTPUT": out})
    assert QgsVectorLayer(res["OUTPUT"], "a", "ogr").featureCount() == 4
    new = str(tmp_path / "b.gpkg")
    _fails("balloonwatch:importairspace", {"INPUT": f"{url}/short/closures.txt", "OUTPUT": new}, "cut short")
    _fails("balloonwatch:importairspace", {"INPUT": f"{url}/missing.txt", "OUTPUT": new}, "HTTP 404")
    t0 = time.monotonic()
    _fails("balloonwatch:importairspace", {"INPUT": f"{url}/stall/closures.txt", "TIMEOUT": 1, "OUTPUT": new},
           "timeout")
    assert time.monotonic() - t0 < 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.gpkg"]


def test_track_download_faults(bw_provider, url, tmp_path):
    out = str(tmp_path / "t.gpkg")
    res = processing.run("balloonwatch:importtrack", {"INPUT": f"{url}/ok/track.csv", "OUTPUT": out,
                                                      "OUTPUT_LINE": out})
    assert res["POINTS"] == 1091
    new = str(tmp_path / "n.gpkg")
    _fails("balloonwatch:importtrack", {"INPUT": f"{url}/short/track.csv", "OUTPUT": new, "OUTPUT_LINE": new},
           "cut short")
    t0 = time.monotonic()
    _fails("balloonwatch:importtrack", {"INPUT": f"{url}/stall/track.csv", "TIMEOUT": 1, "OUTPUT": new,
                                        "OUTPUT_LINE": new}, "timeout")
    assert time.monotonic() - t0 < 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.gpkg"]
