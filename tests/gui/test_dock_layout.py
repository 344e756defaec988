"""Every section of the dock fits its default width, in English and in French: no horizontal scrolling.

Each section is rendered offscreen at the default width into tests/artifacts/dock_<lang>/ (look at them).
"""

from __future__ import annotations

import pytest
from bw_paths import ROOT
from dock_helpers import CLOSURES, add_sites, click, import_sample, overflow, settle
from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent

import balloon_watch
from balloon_watch.plugin.gui.dock import DEFAULT_WIDTH

ARTIFACTS = ROOT / "tests" / "artifacts"


def _open_dock(bw_iface, lang: str | None):
    store = QgsSettings()
    if lang:
        store.setValue("locale/overrideFlag", True)
        store.setValue("locale/userLocale", lang)
    plugin = balloon_watch.classFactory(bw_iface)
    plugin.initGui()
    if lang:
        assert plugin.translator is not None, "the .qm was not loaded (run make qm)"
    plugin.dock_action.trigger()
    dock = plugin.dock
    dock.setFloating(True)
    dock.resize(DEFAULT_WIDTH, 720)  # a laptop screen: the tall sections scroll vertically
    dock.show()
    settle()
    return plugin, dock


def _close(plugin):
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    store = QgsSettings()
    store.remove("locale/overrideFlag")
    store.remove("locale/userLocale")


def _shots(dock, folder):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(dock.sections.count()):
        dock.sections.setCurrentIndex(i)
        settle()
        assert dock.grab().save(str(folder / f"{i}_{dock.sections.widget(i).objectName()}.png"))


def _results_fit(dock, path):
    dock.sections.setCurrentWidget(dock.resultsPage)
    settle()
    assert dock.grab().save(str(path))
    table = dock.resultsTable
    assert table.horizontalScrollBar().maximum() == 0, [table.columnWidth(j) for j in range(table.columnCount())]
    assert overflow(dock) == []


@pytest.mark.parametrize("lang", [None, "fr_FR"], ids=["en", "fr"])
def test_every_section_fits_the_default_width(bw_iface, qgis_processing, lang, tmp_path):
    QgsSettings().setValue("balloon_watch/case_store", str(tmp_path / "case.gpkg"))
    plugin, dock = _open_dock(bw_iface, lang)
    try:
        assert dock.sizeHint().width() == DEFAULT_WIDTH
        assert dock.width() == DEFAULT_WIDTH
        folder = ARTIFACTS / f"dock_{(lang or 'en')[:2]}"
        _shots(dock, folder)
        assert overflow(dock) == []
        assert dock.dockContents.minimumSizeHint().width() <= DEFAULT_WIDTH
        # with results in it: approaches, then a proposed NOTAM
        import_sample(dock)
        add_sites(dock)
        click(dock, dock.proxRunButton)
        assert dock.resultsTable.rowCount() > 0
        _results_fit(dock, folder / "5_results_approaches.png")
        dock.airspaceSource.setFilePath(CLOSURES)
        click(dock, dock.airspaceImportButton)
        click(dock, dock.proposeRunButton)
        assert dock.resultsCopyButton.isEnabled()
        _results_fit(dock, folder / "6_results_proposals.png")
        if lang:
            assert dock.resultsCopyButton.text() == "Copier le texte du NOTAM"
            assert dock.resultsTable.horizontalHeaderItem(1).text() == "Active de\n(UTC)"
    finally:
        _close(plugin)
        QgsSettings().remove("balloon_watch/case_store")
        QgsProject.instance().clear()
