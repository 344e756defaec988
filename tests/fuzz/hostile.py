"""Hand-made hostile inputs (each under 1 MB): the classes of the fault campaign in issue 14, one or more per
reader. Each is (name, kind, filename, bytes); kind is "track" or "airspace"."""

from __future__ import annotations


def _kml(inner: str, head: str = '<?xml version="1.0" encoding="UTF-8"?>') -> str:
    return f'{head}<kml xmlns="http://www.opengis.net/kml/2.2"><Document>{inner}</Document></kml>'


def _gx_track() -> str:
    return ("<Placemark><name>T</name><gx:Track xmlns:gx=\"http://www.google.com/kml/ext/2.2\">"
            "<when>2023-02-01T12:00:00Z</when><when>2023-02-01T12:01:00Z</when>"
            "<gx:coord>-100 40 18000</gx:coord><gx:coord>-100.1 40.1 18100</gx:coord></gx:Track></Placemark>")


def _laughs(encoding: str) -> bytes:
    doc = ('<?xml version="1.0" encoding="{enc}"?>\n<!DOCTYPE kml [<!ENTITY a "{a}">'
           '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
           '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>\n'
           '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>&d;&d;&d;</name>{trk}</Document></kml>')
    return doc.format(enc=encoding, a="x" * 1000, trk=_gx_track()).encode(encoding.replace("-BOM", ""))


def cases() -> list[tuple[str, str, str, bytes]]:
    csv_head = "time,lat,lon,alt,id\n"
    long_id = "x" * 145_000
    out = [
        ("openair DC 10800 NM", "airspace", "dc.txt", b"AC R\nAN BIG\nAL SFC\nAH FL100\nV X=45:00:00 N 007:00:00 E\n"
                                                      b"DC 10800\n"),
        ("openair DA 1e308", "airspace", "da.txt", b"AC R\nAN ARC\nAL SFC\nAH FL100\nV X=45:00:00 N 007:00:00 E\n"
                                                   b"DP 45:00:00 N 007:10:00 E\nDA 1e308,0,90\n"
                                                   b"DP 45:10:00 N 007:00:00 E\n"),
        ("openair DA 10000 NM arc", "airspace", "da2.txt", b"AC R\nAN ARC\nAL SFC\nAH FL100\n"
                                                           b"V X=45:00:00 N 007:00:00 E\nDA 10000,0,359\n"),
        ("openair 400-digit radius", "airspace", "dc400.txt", b"AC R\nAN X\nAL SFC\nAH FL100\n"
                                                              b"V X=45:00:00 N 007:00:00 E\nDC " + b"9" * 400 + b"\n"),
        ("openair 400-digit limit", "airspace", "al400.txt", b"AC R\nAN X\nAL " + b"9" * 400 + b"FT\nAH FL100\n"
                                                             b"V X=45:00:00 N 007:00:00 E\nDC 5\n"),
        ("openair swapped coordinates", "airspace", "swap.txt", _swapped_openair()),
        ("openair 20,000 distinct arcs", "airspace", "arcs.txt", _many_arcs(20_000)),
        ("openair one arc repeated 20,000 times", "airspace", "same.txt", _many_arcs(20_000, same=True)),
        ("openair 300 outlines of long geodesic edges", "airspace", "long.txt", _long_edges(300)),
        ("notam CIRCLE RADIUS 10800 NM", "airspace", "n.txt",
         b"A1234/23 NOTAMN\nQ) EGTT/QRTCA/IV/BO/W/000/100/5130N00010W005\nA) EGTT B) 2302011200 C) 2302021200\n"
         b"E) TEMPORARY RESTRICTED AREA CIRCLE RADIUS 10800 NM CENTRED ON 513000N 0001000W\nF) SFC G) FL100\n"),
        ("notam digit run 40 KB", "airspace", "digits.txt",
         b"A1234/23 NOTAMN\nQ) EGTT/QRTCA/IV/BO/W/000/100/5130N00010W005\nA) EGTT B) 2302011200 C) 2302021200\n"
         b"E) AREA " + b"1" * 40_000 + b"\nF) SFC G) FL100\n"),
        ("notam 400-digit radius", "airspace", "n400.txt",
         b"A1234/23 NOTAMN\nQ) EGTT/QRTCA/IV/BO/W/000/100/5130N00010W005\nA) EGTT B) 2302011200 C) 2302021200\n"
         b"E) RADIUS " + b"9" * 400 + b" NM CENTRED ON 513000N 0001000W\nF) SFC G) FL100\n"),
        ("csv long track id 145 KB", "track", "long.csv", (csv_head + "".join(
            f"2023-02-01T12:{m % 60:02d}:{m // 60:02d}Z,40.{m:04d},-100.{m:04d},18000,{long_id if m == 0 else 'a'}\n"
            for m in range(3000))).encode()),
        ("csv field over 131072", "track", "field.csv", (csv_head + '2023-02-01T12:00:00Z,40,-100,1,"'
                                                         + "y" * 140_000 + '"\n').encode()),
        ("csv 400-digit numbers", "track", "num.csv", (csv_head + "".join(
            f"2023-02-01T12:{m:02d}:00Z,{'4' * 400},-100,{'9' * 400},a\n" for m in range(10))).encode()),
        ("csv 400-digit epoch", "track", "epoch.csv", ("time,lat,lon\n" + "".join(
            f"{'1' * 400},40,-100\n" for m in range(10))).encode()),
        ("kml 2000 nested folders", "track", "deep.kml",
         _kml("<Folder>" * 2000 + _gx_track() + "</Folder>" * 2000).encode()),
        ("kml billion laughs utf-8", "track", "laugh8.kml", _laughs("UTF-8")),
        ("kml billion laughs utf-16", "track", "laugh16.kml", _laughs("UTF-16")),
        ("kml unknown encoding", "track", "enc.kml", _kml(_gx_track(), '<?xml version="1.0" encoding="x-nope"?>')
         .encode()),
        ("kmz needing zip version 11.5", "track", "v.kmz", _kmz_version(115)),
        ("gpx external entity", "track", "xxe.gpx", b'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM '
                                                    b'"file:///etc/passwd">]><gpx><trk><name>&x;</name></trk></gpx>'),
        ("geojson nested 100000", "track", "deep.geojson", b"[" * 100_000 + b"]" * 100_000),
        ("airspace geojson nested 100000", "airspace", "deep.geojson", b'{"type":"FeatureCollection","features":'
                                                                       + b"[" * 100_000 + b"]" * 100_000 + b"}"),
        ("geojson 400-digit coordinate", "track", "n.geojson",
         b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"time":"2023-02-01T12:00:00Z"},'
         b'"geometry":{"type":"Point","coordinates":[1' + b"0" * 400 + b',40]}}]}'),
        ("aixm utf-16 entity", "airspace", "a.xml", ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a '
                                                     '"aaaa">]><x>&a;</x>').encode("utf-16")),
    ]
    return out


def _swapped_openair() -> bytes:
    """About 49 KB of polygons whose DP coordinates have latitude and longitude swapped."""
    lines = []
    k = 0
    while sum(len(s) for s in lines) < 49_000:
        lines.append(f"AC R\nAN SWAP{k}\nAL SFC\nAH FL100\n")
        for i in range(12):
            lon, lat = 7 + i % 4 * 0.5, 45 + i // 4 * 0.5
            lat_text = f"{int(lon):03d}:{int(lon % 1 * 60):02d}:00"  # the longitude where the latitude belongs
            lines.append(f"DP {lat_text} N {int(lat):03d}:{int(lat % 1 * 60):02d}:00 E\n")
        k += 1
    return "".join(lines).encode()


def _many_arcs(n: int, same: bool = False) -> bytes:
    """One record per 20 arcs, each arc a different radius unless ``same`` (about 50 bytes a line)."""
    out = []
    for k in range(n):
        if k % 20 == 0:
            out.append(f"AC R\nAN ARCS{k}\nAL SFC\nAH FL100\nV X=45:00:00 N 007:00:00 E\n")
        r = 5 if same else 5 + k % 20 * 0.5 + k // 20 * 0.001
        out.append(f"DA {r:.3f},{k % 20 * 18},{k % 20 * 18 + 17}\n")
    return "".join(out).encode()


def _long_edges(n: int) -> bytes:
    """``n`` octagons 16 degrees by 24 (edges of about 1,000 km: each densified by its own geodesic search)."""
    import math

    out = []
    for k in range(n):
        out.append(f"AC R\nAN LONG{k}\nAL SFC\nAH FL100\n")
        for i in range(8):
            a = 2 * math.pi * i / 8 + k * 0.001
            lat, lon = 45 + 8 * math.sin(a), 20 + 12 * math.cos(a)
            out.append(f"DP {int(lat):02d}:{int(lat % 1 * 60):02d}:{int(lat * 3600 % 60):02d} N "
                       f"{int(lon):03d}:{int(lon % 1 * 60):02d}:{int(lon * 3600 % 60):02d} E\n")
    return "".join(out).encode()


def _report() -> None:
    """Each case in its own process (so that peak memory is per case): name, bytes, outcome, seconds, peak MB."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        root = Path(__file__).resolve().parents[2]
        sys.path[:0] = [str(root / ".build" / "pkg"), str(root / "tests")]
        from fuzz.bounded import peak_rss_mb, read

        name, kind, filename, data = cases()[int(sys.argv[2])]
        out = read(kind, filename, data, 15.0)
        print(json.dumps([name, kind, len(data), out.status, round(out.seconds, 2), round(peak_rss_mb()),
                          out.detail[:160]]))
        return
    print("| case | reader | bytes | outcome | seconds | peak MB | message |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for i in range(len(cases())):
        proc = subprocess.run([sys.executable, __file__, "--one", str(i)], capture_output=True, text=True, timeout=300)
        try:
            name, kind, size, status, secs, mb, detail = json.loads(proc.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            print(f"| case {i} | | | died | | | {proc.stderr.strip()[-160:]} |")
            continue
        print(f"| {name} | {kind} | {size:,} | {status} | {secs} | {mb} | {detail.replace('|', '/')} |")



def _kmz_version(version: int) -> bytes:
    """A KMZ whose central directory says it needs a zip version Python cannot extract (NotImplementedError)."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("doc.kml", _kml(_gx_track()))
    raw = bytearray(buf.getvalue())
    at = raw.find(b"PK\x01\x02")
    raw[at + 6:at + 8] = version.to_bytes(2, "little")
    return bytes(raw)


if __name__ == "__main__":
    _report()
