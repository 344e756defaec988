"""Base class of every Balloon Watch algorithm: names, help, error translation, inputs and outputs by kind.

Algorithms stay thin: read parameters, call ``plugin/core`` with the QgsFeedback, write outputs. Errors meant
for the analyst (``BalloonWatchError``) become a ``QgsProcessingException`` with the same sentence, so the
Processing dialog, ``qgis_process`` and the dock all show it without a traceback. Anything unexpected is
turned into one sentence as well; its traceback goes to the log panel only. Every output is declared with its
kind (``core.kinds``): the kind gives its fields, geometry type and style.

Outputs are all or nothing: every Processing sink an algorithm creates is counted, checked on each write and
read back after the run (GDAL reports a full disk only on stderr); a failed or cancelled run removes the files
it created and puts back an existing GeoPackage as it was.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile

from qgis.core import (
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP
from qgis.PyQt.QtGui import QIcon

from ..core.errors import BalloonWatchError, Cancelled, OutputError, describe_failure
from ..core.kinds import OutputKind
from ..definitions import PLUGIN_SLUG, resources_path
from ..qgis_io.convert import WGS84
from ..qgis_io.kinds import qgs_fields, sink_type, wkb_type
from ..toolbelt.i18n import tr, translated

LOG = logging.getLogger(f"{PLUGIN_SLUG}.processing")

# the toolbox groups: an algorithm names its GROUP_ID
GROUPS = {"tracks": QT_TRANSLATE_NOOP("@default", "Tracks"), "sites": QT_TRANSLATE_NOOP("@default", "Sites"),
          "airspace": QT_TRANSLATE_NOOP("@default", "Airspace"), "forecast": QT_TRANSLATE_NOOP("@default", "Forecast"),
          "reporting": QT_TRANSLATE_NOOP("@default", "Reporting")}


def track_parameter(name: str = "TRACK") -> QgsProcessingParameterFeatureSource:
    """The track input every analysis takes: points as importtrack writes them."""
    return QgsProcessingParameterFeatureSource(name, tr("Track points (time, alt_m, track_id)"),
                                               [QgsProcessing.SourceType.TypeVectorPoint])


def number_parameter(name: str, description: str, default: float, integer: bool = False,
                     **limits) -> QgsProcessingParameterNumber:
    """A number parameter (a double unless ``integer``); ``limits``: minValue, maxValue, optional."""
    kind = QgsProcessingParameterNumber.Type.Integer if integer else QgsProcessingParameterNumber.Type.Double
    return QgsProcessingParameterNumber(name, description, kind, default, **limits)


def timeout_parameter(name: str = "TIMEOUT") -> QgsProcessingParameterNumber:
    """Network timeout of a download (advanced); its default is the plugin's setting, the run uses the value."""
    from ..toolbelt.settings import PluginSettings

    param = number_parameter(name, tr("Network timeout (seconds)"), PluginSettings.load().http_timeout_s,
                             optional=True, minValue=1.0, maxValue=3600.0)
    param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return param


def add_feature(sink, feature) -> None:
    """Add to a Processing sink and fail loudly: a silent failure would report success with missing rows."""
    if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
        raise QgsProcessingException(tr("Writing the output failed: {}").format(sink.lastError()))


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies our style (and temporal settings) to an output layer once Processing has loaded it."""

    _keep: list = []  # post-processors must outlive the algorithm run (QGIS holds only a raw pointer)

    def __init__(self, kind: str):
        super().__init__()
        self.kind = kind

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        from ..qgis_io.styles import apply_style

        try:
            apply_style(layer, self.kind)
        except Exception as exc:  # noqa: BLE001 - a style problem must not fail a finished analysis
            LOG.warning("Style %s could not be applied to %s: %s", self.kind, layer.name(), exc)

    @classmethod
    def create(cls, kind: str) -> StylePostProcessor:
        proc = cls(kind)
        cls._keep.append(proc)
        return proc


class BalloonWatchAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, GROUP_ID (a key of GROUPS), DISPLAY, HELP and implement ``initAlgorithm`` and
    ``compute``."""

    NAME = ""
    DISPLAY = ""
    GROUP_ID = ""
    HELP = ""
    # parameter names several algorithms share; each algorithm names its own others
    INPUT, TRACK, SITES, NAME_FIELD, OUTPUT = "INPUT", "TRACK", "SITES", "NAME_FIELD", "OUTPUT"

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr(self.DISPLAY)

    def group(self) -> str:
        return tr(GROUPS[self.GROUP_ID])

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return tr(self.HELP)

    def icon(self) -> QIcon:
        return QIcon(resources_path("icons", "balloon_watch.svg"))

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        """The single guard: every failure becomes one sentence, every output is complete or absent."""
        self._outputs: list[_CheckedSink] = []
        try:
            results = self.compute(parameters, context, feedback)
            for out in self._outputs:
                out.verify()
        except BaseException as exc:
            for out in self._outputs:
                out.undo()
            raise self._sentence(exc, parameters) from None
        finally:
            for out in self._outputs:
                out.forget()
            self._outputs = []
        return results

    def _sentence(self, exc: BaseException, parameters) -> QgsProcessingException:
        if isinstance(exc, Cancelled):
            return QgsProcessingException(tr("Cancelled: no output was written."))
        if isinstance(exc, QgsProcessingException):
            return exc
        if isinstance(exc, BalloonWatchError):
            LOG.warning("%s: %s", self.NAME, exc)
            return QgsProcessingException(exc.render(tr))
        LOG.error("%s failed on an unexpected error", self.NAME, exc_info=(type(exc), exc, exc.__traceback__))
        source = parameters.get("INPUT") if isinstance(parameters, dict) else None
        where = tr(" while reading {}").format(source) if isinstance(source, str) and source else ""
        return QgsProcessingException(
            tr("{} stopped{}: {}. Nothing was written; the details are in the log panel " "(Balloon Watch).").format(
                tr(self.DISPLAY), where, translated(describe_failure(exc))
            )
        )

    def parameterAsSink(self, parameters, name, context, *args, **kwargs):  # noqa: N802 - QGIS API
        """QGIS's sink, wrapped so that every write is checked and the output can be verified or undone."""
        target = _file_target(self.parameterAsOutputLayer(parameters, name, context))
        backup = _Backup(target) if target else None
        try:
            sink, dest = super().parameterAsSink(parameters, name, context, *args, **kwargs)
        except BaseException:
            if backup is not None:
                backup.restore()
            raise
        if sink is None:
            if backup is not None:
                backup.restore()
            return sink, dest
        checked = _CheckedSink(sink, dest, context, backup)
        if not hasattr(self, "_outputs"):
            self._outputs = []
        self._outputs.append(checked)
        return checked, dest

    def compute(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def source(self, parameters, name: str, context):
        """The feature source ``name``; None for an optional one not given, a required one unreadable stops the
        run with QGIS's own sentence."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None and not self._optional(name):
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def add_sink(self, name: str, description: str, kind: OutputKind, optional: bool = False) -> None:
        """Declare output ``name`` holding ``kind``. An optional one is still created by default in the dialog, as
        in QGIS's own algorithms, and skipped when a script leaves it out."""
        self.addParameter(QgsProcessingParameterFeatureSink(name, description, sink_type(kind), optional=optional))

    def create_sink(self, parameters, name: str, context, kind: OutputKind, fields: QgsFields | None = None):
        """The sink of output ``name`` and its destination id, in EPSG:4326 with the kind's geometry type and fields
        (``fields`` instead where given, e.g. a source's fields plus the kind's), styled as the kind when
        Processing loads it; (None, None) for an optional output that was not asked for."""
        fields = qgs_fields(kind) if fields is None else fields
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type(kind), WGS84)
        if sink is None:
            if self._optional(name):
                return None, None
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        self.style_output(context, dest_id, kind.id)
        return sink, dest_id

    def _optional(self, name: str) -> bool:
        definition = self.parameterDefinition(name)
        return definition is not None and bool(definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)

    @staticmethod
    def style_output(context: QgsProcessingContext, dest_id: str, kind: str) -> None:
        """Style the output ``dest_id`` with resources/styles/<kind>.qml when Processing loads it."""
        if context.willLoadLayerOnCompletion(dest_id):
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(StylePostProcessor.create(kind))


class _Backup:
    """What a file output looked like before the run, to put it back if the run fails."""

    SIDECARS = ("-wal", "-shm", "-journal")

    def __init__(self, path: str):
        self.path = path
        self.existed = os.path.exists(path)
        base, _ = os.path.splitext(path)
        self.siblings = [path + s for s in self.SIDECARS]
        if path.lower().endswith(".shp"):
            self.siblings += [base + ext for ext in (".shx", ".dbf", ".prj", ".cpg", ".qix", ".qpj")]
        self.before = {p for p in self.siblings if os.path.exists(p)}
        self.copy = None
        if self.existed and os.path.isfile(path) and path.lower().endswith(".gpkg"):
            fd, self.copy = tempfile.mkstemp(suffix=".gpkg", prefix="bw_backup_")
            os.close(fd)
            try:
                shutil.copyfile(path, self.copy)
            except OSError as exc:
                self.discard()
                raise OutputError(tr("cannot keep a copy of the GeoPackage before writing ({})").format(
                    exc.strerror), path) from None

    def restore(self) -> None:
        """Remove what the run created; put back an existing GeoPackage byte for byte."""
        for p in self.siblings:
            if p not in self.before and os.path.exists(p):
                _remove(p)
        if not self.existed:
            _remove(self.path)
        elif self.copy is not None:
            try:
                shutil.copyfile(self.copy, self.path)
            except OSError as exc:
                LOG.error("Could not restore %s from %s: %s", self.path, self.copy, exc)
                return  # the copy is kept so that the analyst can restore it by hand
        self.discard()

    def discard(self) -> None:
        if self.copy is not None:
            _remove(self.copy)
            self.copy = None


class _CheckedSink:
    """A QgsFeatureSink that counts what it accepted and fails on the first refused feature."""

    def __init__(self, sink, dest: str, context, backup: _Backup | None):
        self._sink, self.dest, self._context, self._backup = sink, dest, context, backup
        self.count = 0

    def addFeature(self, feature, flags=QgsFeatureSink.Flag.FastInsert):  # noqa: N802 - QGIS API
        if not self._sink.addFeature(feature, flags):
            raise OutputError(tr("writing the output failed ({})").format(self._error()), _target_name(self.dest))
        self.count += 1
        return True

    def addFeatures(self, features, flags=QgsFeatureSink.Flag.FastInsert):  # noqa: N802 - QGIS API
        features = list(features)
        if not self._sink.addFeatures(features, flags):
            raise OutputError(tr("writing the output failed ({})").format(self._error()), _target_name(self.dest))
        self.count += len(features)
        return True

    def flushBuffer(self):  # noqa: N802 - QGIS API
        if not self._sink.flushBuffer():
            raise OutputError(tr("writing the output failed ({})").format(self._error()), _target_name(self.dest))
        return True

    def lastError(self):  # noqa: N802 - QGIS API
        return self._error()

    def _error(self) -> str:
        try:
            return self._sink.lastError() or tr("no reason given; is the disk full?")
        except (AttributeError, RuntimeError):
            return tr("no reason given; is the disk full?")

    def __getattr__(self, name):
        return getattr(self._sink, name)

    def close(self) -> None:
        """Flush and release QGIS's writer (it writes the last rows and closes the file when deleted)."""
        sink, self._sink = self._sink, None
        if sink is not None:
            try:
                if not sink.flushBuffer():
                    raise OutputError(tr("writing the output failed ({})").format(sink.lastError()),
                                      _target_name(self.dest))
            finally:
                del sink

    def verify(self) -> None:
        """Close, then read the output back: it must hold every feature written."""
        self.close()
        found = _count_features(self.dest, self._context)
        if found is not None and found != self.count:
            raise OutputError(tr("the output holds {} of the {} features written: the write failed (disk full, "
                                 "read-only or locked?)").format(found, self.count), _target_name(self.dest))

    def undo(self) -> None:
        try:
            self.close()
        except BaseException:  # noqa: BLE001 - already failing: the first error is the one reported
            pass
        if self._backup is not None:
            self._backup.restore()

    def forget(self) -> None:
        self._sink = None
        if self._backup is not None:
            self._backup.discard()


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def _file_target(dest: str) -> str | None:
    """The file a destination writes to ("/x/y.gpkg|layername=t", "ogr:dbname='/x/y.gpkg' table=..."), if any."""
    from ..qgis_io.track_import import split_destination

    if not dest or dest.startswith(("memory:", "postgis:", "postgres:", "postgresql:")):
        return None  # a database: its own transaction is all or nothing
    path, _ = split_destination(dest, "")
    if not os.path.splitext(path)[1] or not os.path.isdir(os.path.dirname(os.path.abspath(path))):
        return None
    return path


def _target_name(dest: str) -> str:
    return _file_target(dest) or dest


def _count_features(dest: str, context) -> int | None:
    """Features in the written output: read back from the file (SQLite for a GeoPackage, else OGR); None when the
    destination is not a file (a memory layer cannot lose rows on a full disk)."""
    from ..qgis_io.track_import import split_destination

    path = _file_target(dest)
    if path is None:
        return None
    path, table = split_destination(dest, "")
    if not os.path.exists(path):
        return 0
    if path.lower().endswith(".gpkg"):
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                if not table:
                    names = [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")]
                    stem = os.path.splitext(os.path.basename(path))[0]
                    table = stem if stem in names else (names[0] if len(names) == 1 else "")
                if not table:
                    return None
                return int(con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
            finally:
                con.close()
        except sqlite3.Error:
            return 0
    from osgeo import ogr

    ds = ogr.Open(path)
    if ds is None:
        return 0
    layer = ds.GetLayerByName(table) if table else ds.GetLayer(0)
    count = layer.GetFeatureCount(1) if layer is not None else 0
    ds = None
    return count
