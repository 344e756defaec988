"""A small, fast, all-or-nothing GeoPackage writer (stdlib sqlite3 + numpy), for large tracks.

Writing a million fixes through QgsVectorFileWriter takes over 20 s here; bulk ``executemany`` into SQLite
takes a few seconds. The file follows OGC GeoPackage 1.2: metadata tables, standard geometry blobs, and the
R-tree spatial-index extension with its maintenance triggers (so QGIS and GDAL can keep editing the layer).

Safety (see ``write_layers``): a new file is written beside the target and published only when complete;
layers added to an existing GeoPackage are written in one transaction that is rolled back on any error or
cancel, so an existing GeoPackage is never left damaged or with half an import.
"""

from __future__ import annotations

import os
import re
import sqlite3
import struct
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .errors import InputError, OutputError, describe_failure
from .feedback import check
from .messages import tr

WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
LOCK_WAIT_S = 10.0  # how long to wait for another program's write lock on an existing GeoPackage
_WKB_TYPES = {"POINT": 1, "LINESTRING": 2, "POLYGON": 3, "MULTIPOINT": 4, "MULTILINESTRING": 5, "MULTIPOLYGON": 6}

_META = [
    """CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
       organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
       description TEXT)""",
    """CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
       identifier TEXT UNIQUE, description TEXT DEFAULT '',
       last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
       min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
       CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""",
    """CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
       geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
       CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
       CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
       CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
    """CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
       definition TEXT NOT NULL, scope TEXT NOT NULL,
       CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))""",
]
_SRS = [
    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
    ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
    ("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees on WGS 84"),
]


@dataclass
class Column:
    """A layer field: ``kind`` is TEXT, REAL, INTEGER or DATETIME (values: epoch seconds, NaN = NULL)."""

    name: str
    kind: str
    values: Sequence


# ---------------------------------------------------------------- geometry blobs
def _header(envelope: tuple[float, float, float, float] | None, srs_id: int = 4326) -> bytes:
    if envelope is None:
        return struct.pack("<2sBBi", b"GP", 0, 0b00000001, srs_id)
    return struct.pack("<2sBBi4d", b"GP", 0, 0b00000011, srs_id, *envelope)


def point_blobs(lon: np.ndarray, lat: np.ndarray, srs_id: int = 4326) -> list[bytes]:
    """GeoPackage blobs of 2D points (no envelope, as the spec recommends for points), vectorised."""
    n = len(lon)
    rec = np.zeros(n, dtype=[("magic", "S2"), ("ver", "u1"), ("flags", "u1"), ("srs", "<i4"), ("bo", "u1"),
                             ("typ", "<u4"), ("x", "<f8"), ("y", "<f8")])
    rec["magic"], rec["flags"], rec["srs"], rec["bo"], rec["typ"] = b"GP", 1, srs_id, 1, 1
    rec["x"], rec["y"] = lon, lat
    raw = rec.tobytes()
    size = rec.dtype.itemsize
    return [raw[i:i + size] for i in range(0, n * size, size)]


def _coords_wkb(coords: np.ndarray) -> bytes:
    return struct.pack("<I", len(coords)) + np.ascontiguousarray(coords, dtype="<f8").tobytes()


def multilinestring_blob(parts: Sequence[np.ndarray]) -> bytes:
    """Parts are (n, k) arrays of x, y[, z[, m]] with the same k: MultiLineString[Z][M] blob with envelope."""
    k = parts[0].shape[1]
    base = {2: 0, 3: 1000, 4: 3000}[k]
    body = [struct.pack("<BII", 1, 5 + base, len(parts))]
    for p in parts:
        body.append(struct.pack("<BI", 1, 2 + base) + _coords_wkb(p))
    allc = np.vstack(parts)
    env = (allc[:, 0].min(), allc[:, 0].max(), allc[:, 1].min(), allc[:, 1].max())
    return _header(env) + b"".join(body)


def multipolygon_blob(mp) -> bytes:
    """Core MultiPolygon (list of polygons of rings of (lon, lat)) -> MultiPolygon blob with envelope."""
    body = [struct.pack("<BII", 1, 6, len(mp))]
    xs, ys = [], []
    for poly in mp:
        body.append(struct.pack("<BII", 1, 3, len(poly)))
        for ring in poly:
            arr = np.asarray(ring, dtype=float)
            xs.append(arr[:, 0])
            ys.append(arr[:, 1])
            body.append(_coords_wkb(arr))
    x, y = np.concatenate(xs), np.concatenate(ys)
    return _header((x.min(), x.max(), y.min(), y.max())) + b"".join(body)


# ---------------------------------------------------------------- values
def iso_times(epoch: np.ndarray) -> list:
    """Epoch seconds -> GeoPackage DATETIME text ('YYYY-MM-DDTHH:MM:SS.SSSZ'), None for NaN."""
    epoch = np.asarray(epoch, dtype=float)
    ok = np.isfinite(epoch)
    out = np.full(len(epoch), None, dtype=object)
    if ok.any():
        ms = np.round(epoch[ok] * 1000.0).astype("int64").astype("datetime64[ms]")
        out[ok] = np.char.add(np.datetime_as_string(ms, unit="ms"), "Z")
    return out.tolist()


def _column_values(col: Column) -> list:
    if col.kind == "DATETIME":
        return iso_times(np.asarray(col.values, dtype=float))
    if col.kind == "REAL":
        arr = np.asarray(col.values, dtype=float)
        out = arr.astype(object)
        out[~np.isfinite(arr)] = None
        return out.tolist()
    if isinstance(col.values, np.ndarray):
        return col.values.tolist()
    return list(col.values)


# ---------------------------------------------------------------- writer
def _check_name(name: str) -> str:
    if not _NAME.match(name):
        raise InputError(tr("'{name}' is not a valid layer or field name (letters, digits and _ only)", name=name))
    return name


@dataclass
class Layer:
    """One layer to write: GeoPackage blobs (see the *_blob helpers), columns, extent (min_x, min_y, max_x, max_y)."""

    table: str
    geometry_type: str
    geoms: list
    columns: Sequence[Column]
    extent: tuple[float, float, float, float]
    z: bool = False
    m: bool = False
    description: str = ""


def write_layer(path: str, table: str, geometry_type: str, geoms: list, columns: Sequence[Column],
                extent: tuple[float, float, float, float], z: bool = False, m: bool = False,
                description: str = "", feedback=None) -> None:
    """Write (or replace) layer ``table`` in GeoPackage ``path``, all or nothing."""
    write_layers([(path, Layer(table, geometry_type, geoms, columns, extent, z, m, description))], feedback)


def write_layers(targets: Sequence[tuple[str, Layer]], feedback=None) -> None:
    """Write (or replace) several layers, each into its GeoPackage, all or nothing.

    Every file is prepared first, each in one SQLite transaction (layers of one file share it); only when all
    are written are they committed, new files renamed into place. A failure or a cancel before that leaves
    every existing GeoPackage byte-identical and no new or partial file. Several files cannot share one
    transaction: the only window left is between two commits of different files, after all writing is done.

    A new file is published with a hard link, which fails if another run created the same file meanwhile: the
    layers are then written into that file instead, so concurrent runs never throw each other's layers away.
    Disk full, read-only, locked or vanished targets raise OutputError with one sentence naming the file.
    """
    by_path: dict[str, list[Layer]] = {}
    for path, layer in targets:
        _check_name(layer.table)
        for c in layer.columns:
            _check_name(c.name)
            if len(c.values) != len(layer.geoms):
                raise ValueError(
                    tr(
                        "column {name} has {n_values} values for {n_geoms} geometries",
                        name=c.name,
                        n_values=len(c.values),
                        n_geoms=len(layer.geoms),
                    )
                )
        by_path.setdefault(os.path.abspath(path), []).append(layer)
    total = max(1, sum(len(layer.geoms) for _, layer in targets))
    done = 0
    opened: list[_Target] = []
    try:
        for path, layers in by_path.items():
            target = _Target(path)
            opened.append(target)
            target.begin()
            for layer in layers:
                _write_table(target.con, layer, _Progress(feedback, done, total))
                done += len(layer.geoms)
        check(feedback)
        for target in opened:
            target.commit()
    except BaseException as exc:
        for target in opened:
            target.abandon()
        if isinstance(exc, (sqlite3.Error, OSError)):
            failed = opened[-1].path if opened else (targets[0][0] if targets else "")
            raise OutputError(describe_failure(exc), failed) from None
        raise
    retry = [path for target, path in ((t, t.path) for t in opened) if target.lost_race]
    for path in retry:  # another run created the file first: add our layers to it
        write_layers([(path, layer) for layer in by_path[path]], None)


class _Progress:
    """Progress of one layer within all the layers written (percent of every geometry)."""

    def __init__(self, feedback, done: int, total: int):
        self.feedback, self.done, self.total = feedback, done, total

    def isCanceled(self) -> bool:  # noqa: N802 - QgsFeedback API name
        return bool(self.feedback is not None and self.feedback.isCanceled())

    def rows(self, n: int) -> None:
        if self.feedback is not None:
            self.feedback.setProgress(100.0 * (self.done + n) / self.total)


class _Target:
    """One GeoPackage being written: an existing file in one transaction, or a new file written beside."""

    def __init__(self, path: str):
        self.path = path
        self.exists = os.path.exists(path)
        self.con: sqlite3.Connection | None = None
        self.part: str | None = None
        self.lost_race = False

    def begin(self) -> None:
        if self.exists:
            _check_is_gpkg(self.path)
            self.con = sqlite3.connect(self.path, isolation_level=None, timeout=LOCK_WAIT_S)
        else:
            folder = os.path.dirname(self.path)
            if not os.path.isdir(folder):
                raise OutputError(tr("the output folder does not exist"), folder)
            fd, self.part = tempfile.mkstemp(suffix=".gpkg.part", dir=folder)
            os.close(fd)
            os.remove(self.part)
            self.con = sqlite3.connect(self.part, isolation_level=None)
            self.con.execute("PRAGMA application_id = 1196444487")
            self.con.execute("PRAGMA user_version = 10200")
            self.con.execute("PRAGMA journal_mode = OFF")  # a fresh temp file: nothing to protect until the rename
            self.con.execute("PRAGMA synchronous = OFF")
        self.con.execute("PRAGMA cache_size = -262144")  # 256 MB: R-tree inserts thrash the default 2 MB cache
        self.con.execute("BEGIN IMMEDIATE")  # take the write lock now: a locked file fails before any work
        for sql in _META:
            self.con.execute(sql)
        self.con.executemany("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)", _SRS)

    def commit(self) -> None:
        self.con.execute("COMMIT")
        self.con.close()
        self.con = None
        if self.part is None:
            return
        if self.exists is False and os.path.exists(self.path):
            self.lost_race = True
        else:
            try:
                os.link(self.part, self.path)  # fails if the file appeared meanwhile: never replace another run's
            except FileExistsError:
                self.lost_race = True
            except OSError:  # a file system without hard links
                if os.path.exists(self.path):
                    self.lost_race = True
                else:
                    os.replace(self.part, self.path)
        _remove(self.part)
        self.part = None

    def abandon(self) -> None:
        if self.con is not None:
            try:
                if self.con.in_transaction:
                    self.con.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            self.con.close()
            self.con = None
        if self.part is not None:
            for side in ("", "-journal", "-wal", "-shm"):
                _remove(self.part + side)
            self.part = None


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def _write_table(con: sqlite3.Connection, layer: Layer, progress: _Progress) -> None:
    table, columns, geoms = layer.table, layer.columns, layer.geoms
    _drop_layer(con, table)
    cols_sql = "".join(f', "{c.name}" {c.kind}' for c in columns)
    con.execute(f'CREATE TABLE "{table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom {layer.geometry_type}'
                f"{cols_sql})")
    con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x,"
                " max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, 4326)",
                (table, table, layer.description, *layer.extent))
    con.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, ?, ?)",
                (table, layer.geometry_type, int(layer.z), int(layer.m)))
    check(progress)
    placeholders = ",".join("?" * (len(columns) + 1))
    names = "".join(f', "{c.name}"' for c in columns)
    sql = f'INSERT INTO "{table}" (geom{names}) VALUES ({placeholders})'
    chunk = 100_000  # values become Python objects one chunk at a time: bounded memory
    for start in range(0, len(geoms), chunk):
        check(progress)
        part = [_column_values(Column(c.name, c.kind, c.values[start:start + chunk])) for c in columns]
        con.executemany(sql, zip(geoms[start:start + chunk], *part))
        progress.rows(min(len(geoms), start + chunk))
    check(progress)
    _rtree(con, table, geoms)


def _check_is_gpkg(path: str) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(72)
    except OSError as exc:
        raise InputError(tr("cannot open ({strerror})", strerror=exc.strerror), path) from None
    if not head.startswith(b"SQLite format 3\x00") or head[68:72] not in (b"GPKG", b"GP10", b"GP11"):
        raise InputError(tr("exists and is not a GeoPackage: choose another file name"), path)


def _drop_layer(con: sqlite3.Connection, table: str) -> None:
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                               (table,)).fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute(f'DROP TABLE IF EXISTS "rtree_{table}_geom"')
    con.execute(f'DROP TABLE IF EXISTS "{table}"')
    for meta in ("gpkg_extensions", "gpkg_geometry_columns", "gpkg_contents"):
        con.execute(f"DELETE FROM {meta} WHERE table_name = ?", (table,))


def _envelopes(geoms: list) -> np.ndarray:
    """(minx, maxx, miny, maxy) per blob: read from the envelope, or the point itself."""
    out = np.empty((len(geoms), 4))
    for i, g in enumerate(geoms):
        flags = g[3]
        if (flags >> 1) & 0b111:
            out[i] = struct.unpack_from("<4d", g, 8)
        else:
            x, y = struct.unpack_from("<2d", g, 8 + 5)
            out[i] = (x, x, y, y)
    return out


def _rtree(con: sqlite3.Connection, table: str, geoms: list) -> None:
    rt = f"rtree_{table}_geom"
    con.execute(f'CREATE VIRTUAL TABLE "{rt}" USING rtree(id, minx, maxx, miny, maxy)')
    if geoms:
        if geoms[0][3] == 1 and len(geoms[0]) == 29:  # points without envelope, as point_blobs writes them
            rec = np.frombuffer(b"".join(geoms), dtype=[("h", "V13"), ("x", "<f8"), ("y", "<f8")])
            env = np.column_stack([rec["x"], rec["x"], rec["y"], rec["y"]])
        else:
            env = _envelopes(geoms)
        _bulk_load_rtree(con, rt, np.arange(1, len(geoms) + 1, dtype=np.int64), env)
    t, c, i = table, "geom", "fid"
    body = f"INSERT OR REPLACE INTO \"{rt}\" VALUES (NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), " \
           f"ST_MaxY(NEW.{c}))"
    triggers = [
        f'CREATE TRIGGER "{rt}_insert" AFTER INSERT ON "{t}" WHEN (new.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c})) '
        f"BEGIN {body}; END",
        f'CREATE TRIGGER "{rt}_update1" AFTER UPDATE OF {c} ON "{t}" WHEN OLD.{i} = NEW.{i} AND '
        f"(NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c})) BEGIN {body}; END",
        f'CREATE TRIGGER "{rt}_update2" AFTER UPDATE OF {c} ON "{t}" WHEN OLD.{i} = NEW.{i} AND '
        f'(NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c})) BEGIN DELETE FROM "{rt}" WHERE id = OLD.{i}; END',
        f'CREATE TRIGGER "{rt}_update3" AFTER UPDATE ON "{t}" WHEN OLD.{i} != NEW.{i} AND '
        f'(NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c})) BEGIN DELETE FROM "{rt}" WHERE id = OLD.{i}; {body}; END',
        f'CREATE TRIGGER "{rt}_update4" AFTER UPDATE ON "{t}" WHEN OLD.{i} != NEW.{i} AND '
        f'(NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c})) BEGIN DELETE FROM "{rt}" WHERE id IN (OLD.{i}, NEW.{i}); END',
        f'CREATE TRIGGER "{rt}_delete" AFTER DELETE ON "{t}" WHEN old.{c} NOT NULL '
        f'BEGIN DELETE FROM "{rt}" WHERE id = OLD.{i}; END',
    ]
    for sql in triggers:
        con.execute(sql)
    con.execute("INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
                "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')", (table,))


# ---------------------------------------------------------------- R-tree bulk loading
RTREE_MAX_CELLS = 51  # SQLite's RTREE_MAXCELLS: no node ever holds more cells than this
def _f32_down(v: np.ndarray) -> np.ndarray:
    f = v.astype(np.float32)
    return np.where(f.astype(np.float64) > v, np.nextafter(f, np.float32(-np.inf)), f)


def _f32_up(v: np.ndarray) -> np.ndarray:
    f = v.astype(np.float32)
    return np.where(f.astype(np.float64) < v, np.nextafter(f, np.float32(np.inf)), f)


def _str_order(env: np.ndarray, per_node: int) -> np.ndarray:
    """Sort-Tile-Recursive order of boxes (minx, maxx, miny, maxy) for nodes of ``per_node`` entries."""
    n = len(env)
    cx = (env[:, 0] + env[:, 1]) * 0.5
    cy = (env[:, 2] + env[:, 3]) * 0.5
    slices = max(1, int(np.ceil(np.sqrt(np.ceil(n / per_node)))))
    by_x = np.argsort(cx, kind="stable")
    slice_len = slices * per_node
    order = []
    for start in range(0, n, slice_len):
        part = by_x[start:start + slice_len]
        order.append(part[np.argsort(cy[part], kind="stable")])
    return np.concatenate(order)


def _bulk_load_rtree(con: sqlite3.Connection, rt: str, ids: np.ndarray, env: np.ndarray) -> None:
    """Pack the R-tree bottom-up (STR) straight into SQLite's shadow tables.

    Inserting a million boxes one by one costs SQLite (and GDAL) about 12 s here; packing costs well under
    one. The node format is SQLite's documented R-tree layout: a 4-byte header (tree depth in the root
    node, then the cell count, big-endian), then cells of a big-endian 64-bit id and four 32-bit floats
    (rounded outwards), padded to the node size that SQLite itself chose for this table.

    SQLite sizes a node as min(page size - 64, 4 + 24 x 51): never more than 51 cells (RTREE_MAXCELLS in
    rtree.c). Version 3.53 rejects larger nodes as "database disk image is malformed", while ``rtreecheck``
    still passes them, so the size is read from the empty root node that CREATE VIRTUAL TABLE wrote, and the
    tests read every tree back through SQLite's own R-tree queries.
    """
    row = con.execute(f'SELECT length(data) FROM "{rt}_node" WHERE nodeno = 1').fetchone()
    page = con.execute("PRAGMA page_size").fetchone()[0]
    node_size = int(row[0]) if row and row[0] else min(page - 64, 4 + 24 * RTREE_MAX_CELLS)
    per_node = min(RTREE_MAX_CELLS, (node_size - 4) // 24)
    cell = np.dtype([("id", ">i8"), ("x0", ">f4"), ("x1", ">f4"), ("y0", ">f4"), ("y1", ">f4")])
    nodes: list[tuple[int, bytes]] = []
    parents: list[tuple[int, int]] = []
    leaf_rows: list[np.ndarray] = []  # (rowid, leaf node) pairs
    level_ids, level_env = ids, env
    depth = 0
    next_node = 2
    while True:
        root = len(level_ids) <= per_node
        order = _str_order(level_env, per_node) if not root else np.arange(len(level_ids))
        level_ids, level_env = level_ids[order], level_env[order]
        count = int(np.ceil(len(level_ids) / per_node)) if len(level_ids) else 1
        numbers = np.array([1]) if root else np.arange(next_node, next_node + count)
        if not root:
            next_node += count
        cells = np.zeros(len(level_ids), dtype=cell)
        cells["id"] = level_ids
        cells["x0"], cells["x1"] = _f32_down(level_env[:, 0]), _f32_up(level_env[:, 1])
        cells["y0"], cells["y1"] = _f32_down(level_env[:, 2]), _f32_up(level_env[:, 3])
        raw = cells.tobytes()
        parent_env = np.empty((count, 4))
        for k in range(count):
            lo, hi = k * per_node, min((k + 1) * per_node, len(level_ids))
            header = struct.pack(">HH", depth if root else 0, hi - lo)
            blob = header + raw[lo * 24:hi * 24]
            nodes.append((int(numbers[k]), blob + b"\0" * (node_size - len(blob))))
            if hi > lo:
                parent_env[k] = (level_env[lo:hi, 0].min(), level_env[lo:hi, 1].max(), level_env[lo:hi, 2].min(),
                                 level_env[lo:hi, 3].max())
            if depth == 0:
                leaf_rows.append(np.column_stack([level_ids[lo:hi], np.full(hi - lo, numbers[k])]))
            else:
                parents.extend((int(child), int(numbers[k])) for child in level_ids[lo:hi])
        if root:
            break
        level_ids, level_env = numbers.astype(np.int64), parent_env
        depth += 1
    con.execute(f'DELETE FROM "{rt}_node"')
    con.executemany(f'INSERT INTO "{rt}_node" (nodeno, data) VALUES (?, ?)', nodes)
    if leaf_rows:
        con.executemany(f'INSERT INTO "{rt}_rowid" (rowid, nodeno) VALUES (?, ?)',
                        np.vstack(leaf_rows).tolist())
    con.executemany(f'INSERT INTO "{rt}_parent" (nodeno, parentnode) VALUES (?, ?)', parents)
