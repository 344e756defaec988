"""Run the real QGIS application under xvfb-run with Balloon Watch installed from the release zip.

``run_in_qgis(steps)`` writes a fresh profile, unpacks ``dist/balloon_watch-<version>.zip`` into it, enables
the plugin, and starts ``qgis --code`` with a driver script. ``steps`` is Python source executed inside QGIS
(with ``iface``, ``plugin``, ``result`` (a dict saved as JSON), ``shot(name)``, ``wait(ms)``,
``wait_until(predicate, timeout_s)`` and ``reload_plugin_in(locale)`` in scope). The function returns the
``result`` dict, or fails with the driver's traceback and QGIS' output.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import textwrap
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"

DRIVER = r'''
import json, sys, time, traceback
from qgis.PyQt.QtCore import QTimer, QCoreApplication
from qgis.core import QgsApplication
from qgis.utils import iface, plugins

RESULT_PATH = {result_path!r}
SHOT_DIR = {shot_dir!r}
result = {{}}

def wait(ms):
    end = time.time() + ms / 1000.0
    while time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)

def wait_until(predicate, timeout_s=60.0):
    end = time.time() + timeout_s
    while time.time() < end:
        QCoreApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.05)
    raise TimeoutError("condition not reached in %.0f s" % timeout_s)

def reload_plugin_in(locale):
    """The plugin reloaded with QGIS's locale set to ``locale`` (e.g. fr_FR), its dock shown."""
    import qgis.utils
    from qgis.core import QgsSettings
    QgsSettings().setValue("locale/overrideFlag", True)
    QgsSettings().setValue("locale/userLocale", locale)
    qgis.utils.reloadPlugin("balloon_watch")
    reloaded = qgis.utils.plugins["balloon_watch"]
    reloaded.dock_action.trigger()
    wait(500)
    return reloaded

def shot(name, widget=None):
    wait(300)
    path = SHOT_DIR + "/" + name + ".png"
    (widget or iface.mainWindow()).grab().save(path)
    result.setdefault("screenshots", []).append(path)
    return path

# Deprecations raised from plugin code in real QGIS (the pytest filter does not reach this process): recorded
# here and failed by the harness.
import warnings
_show = warnings.showwarning
def _record(message, category, filename, lineno, file=None, line=None):
    if issubclass(category, DeprecationWarning) and "balloon_watch" in filename:
        result.setdefault("deprecations", []).append("%s:%s: %s" % (filename, lineno, message))
    return _show(message, category, filename, lineno, file, line)
warnings.showwarning = _record
warnings.filterwarnings("always", category=DeprecationWarning, module="balloon_watch")

def _run():
    try:
        result["plugins"] = sorted(plugins.keys())
        plugin = plugins.get("balloon_watch")
        if plugin is None:
            raise RuntimeError("balloon_watch is not loaded; loaded: %s" % sorted(plugins.keys()))
{steps}
        result["ok"] = True
    except BaseException:
        result["ok"] = False
        result["traceback"] = traceback.format_exc()
    finally:
        with open(RESULT_PATH, "w") as fh:
            json.dump(result, fh, default=str)
        QTimer.singleShot(0, lambda: QgsApplication.exit(0))

iface.mainWindow().showMaximized()
QTimer.singleShot(1500, _run)
'''


def release_zip() -> Path:
    version = next(line.split("=", 1)[1].strip() for line in (ROOT / "metadata.txt").read_text().splitlines()
                   if line.startswith("version="))
    zip_path = ROOT / "dist" / f"balloon_watch-{version}.zip"
    subprocess.run(["make", "-s", "-C", str(ROOT), "package"], check=True, capture_output=True, text=True)
    assert zip_path.exists(), zip_path
    return zip_path


def make_profile(base: Path, zip_path: Path) -> Path:
    """A fresh QGIS profile folder with the plugin unpacked from the zip and enabled."""
    profiles = base / "profiles"
    profile = profiles / "default"
    plugins_dir = profile / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(plugins_dir)
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(textwrap.dedent("""\
        [PythonPlugins]
        balloon_watch=true
        [qgis]
        checkVersion=false
        showTips322=false
        allowVersionCheck=false
        [core]
        NewsFeed\\httpsfeedqgisorg\\disabled=true
        """))
    return base  # QGIS appends "profiles/" to --profiles-path


def run_in_qgis(steps: str, tmp_path: Path, name: str, timeout_s: int = 240, env: dict | None = None) -> dict:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot_dir = ARTIFACTS / name
    shutil.rmtree(shot_dir, ignore_errors=True)
    shot_dir.mkdir(parents=True)
    profiles_root = make_profile(tmp_path / "qgis", release_zip())
    result_path = tmp_path / "result.json"
    driver = tmp_path / "driver.py"
    body = textwrap.indent(textwrap.dedent(steps), " " * 8)
    driver.write_text(DRIVER.format(result_path=str(result_path), shot_dir=str(shot_dir), steps=body))
    run_env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    run_env.update({"QGIS_CUSTOM_CONFIG_PATH": "", "XDG_RUNTIME_DIR": str(tmp_path / "xdg"), "LC_ALL": "C.UTF-8"})
    run_env.pop("QGIS_CUSTOM_CONFIG_PATH")
    (tmp_path / "xdg").mkdir(mode=0o700)
    if env:
        run_env.update(env)
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--profiles-path", str(profiles_root),
           "--nologo", "--noversioncheck", "--code", str(driver)]
    proc = subprocess.run(cmd, env=run_env, capture_output=True, text=True, timeout=timeout_s)
    if not result_path.exists():
        raise AssertionError(f"QGIS exited ({proc.returncode}) without a result.\nstdout:\n{proc.stdout[-3000:]}\n"
                             f"stderr:\n{proc.stderr[-3000:]}")
    result = json.loads(result_path.read_text())
    if not result.get("ok"):
        raise AssertionError(f"Driver failed in QGIS:\n{result.get('traceback')}\nstderr:\n{proc.stderr[-2000:]}")
    if result.get("deprecations"):
        raise AssertionError("QGIS deprecations raised from plugin code in real QGIS:\n"
                             + "\n".join(sorted(set(result["deprecations"]))))
    return result
