"""A real PostgreSQL + PostGIS server for the PostGIS tests: started once per session on 127.0.0.1 by
scripts/pg_test_server.sh (a temp cluster, a free port, password auth), stopped at the end. No mock.

Tests skip only when the PostgreSQL server binaries are absent (``make setup`` installs them).
"""

from __future__ import annotations

import glob
import subprocess
import uuid

import pytest
from bw_paths import ROOT

SCRIPT = ROOT / "scripts" / "pg_test_server.sh"


def _have_postgres() -> bool:
    return bool(glob.glob("/usr/lib/postgresql/*/bin/initdb"))


@pytest.fixture(scope="session")
def pg_server():
    """Connection parameters (host, port, user, password, dbname) of the session's PostGIS server."""
    if not _have_postgres():
        pytest.skip("PostgreSQL server binaries not installed (/usr/lib/postgresql/*/bin/initdb); run make setup")
    proc = subprocess.run([str(SCRIPT), "start"], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, f"pg_test_server.sh start failed: {proc.stderr}"
    env = dict(item.split("=", 1) for item in proc.stdout.split())
    params = {"host": env["PGHOST"], "port": int(env["PGPORT"]), "user": env["PGUSER"],
              "password": env["PGPASSWORD"], "dbname": env["PGDATABASE"]}
    yield params
    subprocess.run([str(SCRIPT), "stop", env["BW_PG_DIR"]], capture_output=True, timeout=120)


@pytest.fixture
def pg_conn(pg_server):
    """A psycopg2 connection; the test's tables go in a schema of its own, dropped afterwards."""
    import psycopg2

    conn = psycopg2.connect(**pg_server)
    schema = f"t_{uuid.uuid4().hex[:10]}"
    with conn.cursor() as cur:
        cur.execute(f'CREATE SCHEMA "{schema}"')
    conn.commit()
    yield conn, schema
    conn.rollback()
    with conn.cursor() as cur:
        cur.execute(f'DROP SCHEMA "{schema}" CASCADE')
    conn.commit()
    conn.close()




@pytest.fixture(scope="module")
def pg_authcfg(pg_server, qgis_app):
    """An authentication configuration (Basic: the server's user and password) in QGIS's auth database of the
    test profile; the URIs the tests build carry only its id."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    am = QgsApplication.authManager()
    if not am.masterPasswordIsSet():
        assert am.setMasterPassword("bw-test-master", True)
    cfg = QgsAuthMethodConfig("Basic")
    cfg.setName(f"bw-test-{uuid.uuid4().hex[:6]}")
    cfg.setConfig("username", pg_server["user"])
    cfg.setConfig("password", pg_server["password"])
    ok, stored = am.storeAuthenticationConfig(cfg)
    assert ok and stored.id()
    yield stored.id()
    am.removeAuthenticationConfig(stored.id())
