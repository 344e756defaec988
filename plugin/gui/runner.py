"""Run a Processing algorithm of ours with progress, Cancel and clear errors.

The dock uses this for every action, so the dock runs exactly what the toolbox and qgis_process run. Like
QGIS's own Processing dialog, an algorithm flagged ``FlagNoThreading`` (``exportlayout``: layouts belong to
the main thread) runs on the main thread; every other one runs in a background ``QgsTask``.
"""

from __future__ import annotations

import logging
from typing import Callable

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ..core.errors import describe_failure
from ..definitions import PLUGIN_SLUG
from ..toolbelt.i18n import tr, translated

LOG = logging.getLogger(f"{PLUGIN_SLUG}.runner")


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps errors, warnings and information so they can be shown to the analyst after the task."""

    def __init__(self):
        super().__init__()
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.infos: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 - QGIS API
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.warnings.append(warning)
        super().pushWarning(warning)


class AlgorithmRunner(QObject):
    """One task at a time; ``busy`` tells the dock to disable its buttons."""

    busyChanged = pyqtSignal(bool)  # noqa: N815 - Qt signal naming
    progressChanged = pyqtSignal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, parent=None):
        super().__init__(parent)
        self.task = None
        self.feedback: RecordingFeedback | None = None
        self.context: QgsProcessingContext | None = None
        self._done: Callable | None = None
        self._main_thread_run = False

    @property
    def busy(self) -> bool:
        return self.task is not None or self._main_thread_run

    def run(self, alg_id: str, params: dict, done: Callable[[bool, dict, RecordingFeedback], None]) -> bool:
        """Start ``alg_id``; ``done(ok, results, feedback)`` is called on the main thread when it ends."""
        if self.busy:
            return False
        try:
            return self._start(alg_id, params, done)
        except Exception as exc:  # noqa: BLE001 - one sentence for the analyst, the traceback to the log panel
            LOG.exception("Starting %s failed", alg_id)
            self.task, self._done = None, None
            done(False, {}, _failed(tr("{} could not start: {}").format(alg_id, translated(describe_failure(exc)))))
            return False

    def _start(self, alg_id: str, params: dict, done: Callable[[bool, dict, RecordingFeedback], None]) -> bool:
        alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        if alg is None:
            done(False, {}, _failed(tr("The algorithm {} is not available.").format(alg_id)))
            return False
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = RecordingFeedback()
        self.feedback.progressChanged.connect(self._progress)
        ok, message = alg.checkParameterValues(params, self.context)
        if not ok:
            done(False, {}, _failed(message))
            return False
        self._done = done
        if alg.flags() & QgsProcessingAlgorithm.Flag.FlagNoThreading:
            self._run_on_main_thread(alg, params)
            return True
        self.task = QgsProcessingAlgRunnerTask(alg, params, self.context, self.feedback)
        self.task.executed.connect(self._executed)
        self.busyChanged.emit(True)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def _run_on_main_thread(self, alg, params: dict) -> None:
        """What QGIS's dialog does for ``FlagNoThreading``: run here, the busy state shown while it runs."""
        self._main_thread_run = True
        self.busyChanged.emit(True)
        try:
            results, ok = alg.run(params, self.context, self.feedback)
        except Exception as exc:  # noqa: BLE001 - one sentence for the analyst, the traceback to the log
            LOG.exception("%s failed", alg.id())
            self.feedback.errors.append(translated(exc))
            results, ok = {}, False
        finally:
            self._main_thread_run = False
        self._executed(ok, results)

    def _progress(self, percent: float) -> None:
        self.progressChanged.emit(int(percent))
        if self._main_thread_run:
            # as QGIS's dialog does: repaint the progress bar and let the Cancel button be clicked
            QCoreApplication.processEvents()

    def cancel(self) -> None:
        if self.feedback is not None:
            self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def _executed(self, ok: bool, results: dict) -> None:
        feedback, done = self.feedback, self._done
        self.task = None
        self._done = None
        self.busyChanged.emit(False)
        if feedback is not None and feedback.isCanceled():
            ok = False
            feedback.errors.append(tr("Cancelled: no output was written."))
        try:
            done(ok, results or {}, feedback)
        except Exception as exc:  # noqa: BLE001 - never let a dock callback raise into Qt
            LOG.exception("Handling the result failed")
            if feedback is not None:
                feedback.errors.append(translated(exc))


def _failed(message: str) -> RecordingFeedback:
    fb = RecordingFeedback()
    fb.errors.append(message)
    return fb
