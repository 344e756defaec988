"""The runner runs ``FlagNoThreading`` algorithms on the main thread (as QGIS's dialog does), others in a task."""

from __future__ import annotations

import time

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingProvider,
)
from qgis.PyQt.QtCore import QCoreApplication, QThread

from balloon_watch.plugin.gui.runner import AlgorithmRunner


class _ThreadProbe(QgsProcessingAlgorithm):
    """Reports the thread it ran on; optionally declares FlagNoThreading."""

    def __init__(self, name: str, no_threading: bool):
        super().__init__()
        self._name, self._no_threading = name, no_threading

    def createInstance(self):  # noqa: N802 - QGIS API
        return _ThreadProbe(self._name, self._no_threading)

    def name(self):
        return self._name

    def displayName(self):  # noqa: N802 - QGIS API
        return self._name

    def flags(self):
        flags = super().flags()
        return flags | QgsProcessingAlgorithm.Flag.FlagNoThreading if self._no_threading else flags

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterNumber("STEPS", "steps", defaultValue=3))
        self.addParameter(QgsProcessingParameterBoolean("FAIL", "fail", defaultValue=False))
        self.addOutput(QgsProcessingOutputString("THREAD", "thread"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        if self.parameterAsBool(parameters, "FAIL", context):
            raise QgsProcessingException("briefing.pdf cannot be written: the folder is read-only")
        steps = self.parameterAsInt(parameters, "STEPS", context)
        for i in range(steps):
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * (i + 1) / steps)
        main = QThread.currentThread() == QCoreApplication.instance().thread()
        return {"THREAD": "main" if main else "worker"}


class _ProbeProvider(QgsProcessingProvider):
    def id(self):
        return "bwprobe"

    def name(self):
        return "probe"

    def loadAlgorithms(self):  # noqa: N802 - QGIS API
        self.addAlgorithm(_ThreadProbe("mainonly", True))
        self.addAlgorithm(_ThreadProbe("threaded", False))


@pytest.fixture()
def probe_provider(qgis_processing):
    provider = _ProbeProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def _wait(runner, timeout=30):
    end = time.time() + timeout
    while runner.busy and time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert not runner.busy


def test_no_threading_algorithm_runs_on_the_main_thread(probe_provider):
    runner = AlgorithmRunner()
    seen, busy, progress = [], [], []
    runner.busyChanged.connect(busy.append)
    runner.progressChanged.connect(progress.append)
    assert runner.run("bwprobe:mainonly", {"STEPS": 4}, lambda ok, res, fb: seen.append((ok, res["THREAD"])))
    _wait(runner)
    assert seen == [(True, "main")]
    assert busy == [True, False]  # the dock's buttons are disabled while it runs, then enabled again
    assert progress[-1] == 100 and len(progress) == 4
    assert runner.task is None


def test_main_thread_failure_reaches_the_dock_as_a_sentence(probe_provider):
    runner = AlgorithmRunner()
    seen = []
    assert runner.run("bwprobe:mainonly", {"FAIL": True}, lambda ok, res, fb: seen.append((ok, list(fb.errors))))
    assert not runner.busy
    assert seen[0][0] is False
    assert any("briefing.pdf cannot be written" in e for e in seen[0][1]), seen


def test_other_algorithms_run_in_a_background_task(probe_provider):
    runner = AlgorithmRunner()
    seen = []
    assert runner.run("bwprobe:threaded", {"STEPS": 2}, lambda ok, res, fb: seen.append((ok, res["THREAD"])))
    assert runner.task is not None and runner.busy
    _wait(runner)
    assert seen == [(True, "worker")]


def test_cancel_during_a_main_thread_run_reports_cancelled(probe_provider):
    runner = AlgorithmRunner()
    seen = []
    runner.progressChanged.connect(lambda p: runner.cancel())  # the analyst clicks Cancel at the first progress
    runner.run("bwprobe:mainonly", {"STEPS": 5}, lambda ok, res, fb: seen.append((ok, list(fb.errors))))
    _wait(runner)
    assert seen and seen[0][0] is False
    assert any("Cancelled" in e for e in seen[0][1])


def test_exportlayout_is_flagged_no_threading():
    from balloon_watch.plugin.processing.alg_exportlayout import ExportLayoutAlgorithm
    from balloon_watch.plugin.processing.alg_importtrack import ImportTrackAlgorithm

    assert ExportLayoutAlgorithm().flags() & QgsProcessingAlgorithm.Flag.FlagNoThreading
    assert not ImportTrackAlgorithm().flags() & QgsProcessingAlgorithm.Flag.FlagNoThreading
