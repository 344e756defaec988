"""QGIS glue for PostGIS: destinations and layers -> psycopg2 connections, credentials from QGIS's
authentication manager (an ``authcfg`` in the URI), Browser connections through QGIS's provider-connection API.

Accepted destinations (what Processing and ``qgis_process`` pass for a PostGIS output):

* ``postgis:dbname='bw' host=db port=5432 authcfg=abc1234 table="tracks"."points" (geom)``
* ``postgres://`` followed by the same data source URI
* ``postgres://<Browser connection name>/<schema>.<table>`` (or ``.../<table>`` for ``public``)

Credentials are never written into the URIs we return (and so never into a project): a URI with an
``authcfg`` keeps only the authcfg id; one without relies on the connection's service, PGPASSFILE or
environment, as QGIS does.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry, QgsWkbTypes

from ..core.errors import Cancelled, InputError
from ..core.postgis.analysis import TrackTable
from ..definitions import PLUGIN_SLUG
from ..toolbelt.i18n import tr

LOG = logging.getLogger(f"{PLUGIN_SLUG}.postgis")
_PREFIXES = ("postgis:", "postgres://", "postgresql://")


def is_postgis(dest: str | None) -> bool:
    """True for a PostGIS destination string (see the module doc)."""
    return bool(dest) and str(dest).strip().lower().startswith(_PREFIXES)


def browser_connection_uri(name: str) -> QgsDataSourceUri:
    """The data source URI of a PostgreSQL connection defined in the QGIS Browser."""
    md = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        conn = md.findConnection(name) if md is not None else None
    except Exception:  # noqa: BLE001 - QGIS raises QgsProviderConnectionException for unknown names
        conn = None
    if conn is None:
        raise InputError(f"no PostgreSQL connection named '{name}' in the QGIS Browser", name)
    return QgsDataSourceUri(conn.uri())


@dataclass
class PgTarget:
    """A parsed destination: the connection URI and the table it names."""

    uri: QgsDataSourceUri
    schema: str
    table: str


def parse_destination(dest: str, default_table: str) -> PgTarget:
    """A PostGIS destination string -> connection URI, schema and table."""
    text = dest.strip()
    for prefix in _PREFIXES:
        if text.lower().startswith(prefix):
            text = text[len(prefix):]
            break
    if "=" not in text:  # <connection>/<schema>.<table>
        name, _, table = text.partition("/")
        uri = browser_connection_uri(name)
        schema, _, tname = table.rpartition(".")
        return PgTarget(uri, schema or "public", tname or default_table)
    uri = QgsDataSourceUri(text)
    return PgTarget(uri, uri.schema() or "public", uri.table() or default_table)


def credentials(uri: QgsDataSourceUri) -> tuple[str | None, str | None]:
    """(user, password): from the QGIS authentication manager when the URI has an authcfg."""
    if uri.authConfigId():
        cfg = QgsAuthMethodConfig()
        ok = QgsApplication.authManager().loadAuthenticationConfig(uri.authConfigId(), cfg, True)
        if not ok or not cfg.isValid():
            raise InputError(f"the authentication configuration '{uri.authConfigId()}' cannot be read from the "
                             "QGIS authentication database (is the master password set?)", uri.database())
        return cfg.config("username") or None, cfg.config("password") or None
    return uri.username() or None, uri.password() or None


def connect(uri: QgsDataSourceUri):
    """A psycopg2 connection for a QGIS PostgreSQL data source URI."""
    import psycopg2

    user, password = credentials(uri)
    kw = {"dbname": uri.database() or None, "host": uri.host() or None, "port": uri.port() or None,
          "service": uri.service() or None, "user": user, "password": password,
          "application_name": "Balloon Watch (QGIS)"}
    if uri.sslMode() != QgsDataSourceUri.SslMode.SslPrefer:  # prefer is libpq's default too
        kw["sslmode"] = QgsDataSourceUri.encodeSslMode(uri.sslMode()) or None
    try:
        return psycopg2.connect(**{k: v for k, v in kw.items() if v is not None})
    except psycopg2.OperationalError as exc:
        where = f"{uri.host() or uri.service() or 'local'}:{uri.port() or 5432}/{uri.database()}"
        raise InputError(f"cannot connect to PostgreSQL ({str(exc).strip().splitlines()[0]})", where) from None


def layer_uri(target: PgTarget, geom_type: str, key: str = "fid") -> str:
    """A postgres-provider layer URI for a table we wrote: no user name or password when there is an authcfg."""
    src = target.uri
    uri = QgsDataSourceUri()
    if src.service():
        uri.setConnection(src.service(), src.database(), "", "", src.sslMode(), src.authConfigId())
    else:
        keep_user = not src.authConfigId()
        uri.setConnection(src.host(), src.port(), src.database(), src.username() if keep_user else "",
                          "", src.sslMode(), src.authConfigId())
    uri.setDataSource(target.schema, target.table, "geom", "", key)
    uri.setSrid("4326")
    uri.setWkbType(_WKB[geom_type])
    return uri.uri(False)


def import_tracks(tracks, points_dest: str, line_dest: str | None, feedback=None):
    """Write imported tracks to PostGIS (both tables in one transaction). Returns (stats, points, line) where
    points/line are ``postgres://`` layer URIs Processing and QGIS load with the postgres provider."""
    from ..core.postgis.store import write_tracks_pg

    if not is_postgis(points_dest):
        raise InputError("the track line goes to PostGIS: write the points to the same PostGIS database too (both "
                         "are written in one transaction)", points_dest)
    pts = parse_destination(points_dest, "track_points")
    if line_dest and is_postgis(line_dest):
        line = parse_destination(line_dest, "track_line")
        if _server(line.uri) != _server(pts.uri):
            raise InputError("the track points and line must be written to the same PostGIS database (one "
                             "transaction)", line_dest)
    else:
        line = PgTarget(pts.uri, pts.schema, f"{pts.table}_line")
    if (line.schema, line.table) == (pts.schema, pts.table):
        line = PgTarget(line.uri, line.schema, f"{pts.table}_line")
    conn = connect(pts.uri)
    try:
        stats = write_tracks_pg(conn, tracks, (pts.schema, pts.table), (line.schema, line.table), feedback)
    finally:
        conn.close()
    LOG.info("Imported %d fixes into %s.%s", stats.points, pts.schema, pts.table)
    return stats, layer_uri(pts, "Point"), layer_uri(line, "MultiLineStringZM")


def _server(uri: QgsDataSourceUri) -> tuple:
    return (uri.service(), uri.host(), uri.port(), uri.database())


_WKB = {"Point": QgsWkbTypes.Type.Point, "MultiLineStringZM": QgsWkbTypes.Type.MultiLineStringZM}


def track_table(layer) -> tuple[QgsDataSourceUri, TrackTable] | None:
    """The PostGIS table behind a track layer, or None when the analysis must run in QGIS (not a postgres
    layer, a query layer, a subset filter)."""
    if layer is None or layer.providerType() != "postgres":
        return None
    uri = QgsDataSourceUri(layer.source())
    if uri.sql() or layer.subsetString() or not uri.table() or uri.table().lstrip().startswith("("):
        return None
    key = uri.keyColumn().strip('"') or None
    if key and "," in key:
        key = None
    return uri, TrackTable(uri.schema() or "public", uri.table(), uri.geometryColumn() or "geom", key)


def source_is_whole_layer(parameters: dict, name: str) -> bool:
    """False when the Processing parameter asks for the selected features only (or a feature limit)."""
    from qgis.core import QgsProcessingFeatureSourceDefinition

    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return not value.selectedFeaturesOnly and value.featureLimit < 0
    return True


def track_in_database(alg, parameters: dict, name: str, context):
    """(uri, TrackTable) when the algorithm's track parameter is a whole PostGIS table, else None."""
    if not source_is_whole_layer(parameters, name):
        return None
    return track_table(alg.parameterAsVectorLayer(parameters, name, context))


def proximity_in_database(found, sites, distance_m: float, feedback=None) -> list:
    """core.proximity's events for every track of the PostGIS table, computed in PostgreSQL."""
    from ..core.postgis.analysis import site_proximity_db

    return _in_database(found, feedback, lambda conn, table: site_proximity_db(conn, table, sites, distance_m,
                                                                                feedback))


def closures_in_database(found, airspaces, feedback=None):
    """core.flagging's FlagResult for every track of the PostGIS table, decided in PostgreSQL."""
    from ..core.postgis.analysis import flag_closures_db

    return _in_database(found, feedback, lambda conn, table: flag_closures_db(conn, table, airspaces, feedback))


def _in_database(found, feedback, work):
    """Run ``work(conn, table)`` on a new connection: Cancel interrupts the running statement; temporary tables
    and functions go with the rolled-back transaction; a database error becomes one sentence."""
    from psycopg2 import Error, errors

    uri, table = found
    _say(feedback, table)
    conn = connect(uri)
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(0.2):
            if feedback is not None and feedback.isCanceled():
                conn.cancel()
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        return work(conn, table)
    except errors.QueryCanceled:
        raise Cancelled() from None
    except Error as exc:
        raise InputError(f"PostgreSQL refused the analysis ({str(exc).strip().splitlines()[0]})",
                         table.label()) from None
    finally:
        stop.set()
        watcher.join()
        conn.rollback()
        conn.close()


def _say(feedback, table: TrackTable) -> None:
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(tr("The track is the PostGIS table {}: the analysis runs in PostgreSQL.").format(
            table.label()))
