"""Export of the briefing layout: atomic (a temporary folder beside the destination, renamed on success).

PDF and SVG are written with geometry simplification at the output resolution (vertices closer than a device
pixel are dropped for display only), which keeps the PDF of a 100k-point track small; the layers are not touched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from typing import Iterator

from qgis.core import (
    Qgis,
    QgsFeedback,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsPrintLayout,
    QgsVectorLayer,
)

from ..core.errors import BalloonWatchError, Cancelled, InputError
from ..core.feedback import check
from ..qgis_io.basemap import is_basemap
from ..toolbelt.i18n import tr

FORMATS = (".pdf", ".png", ".svg")
DPI_RANGE = (72, 1200)
DENSE_FEATURES = 20_000  # vector layers with more features are drawn as an image in PDF/SVG (display only)


def export(layout: QgsPrintLayout, path: str, dpi: int = 300, feedback=None) -> str:
    """Export ``layout`` to ``path`` (.pdf, .png or .svg); returns ``path``.

    Atlas layouts give one PDF with a page per feature, or one image per page: ``path`` for the first and
    ``<name>_2.png``... for the next ones (the QGIS naming). Written atomically: nothing is left on failure.
    """
    path = os.path.abspath(os.fspath(path))
    ext = os.path.splitext(path)[1].lower()
    if ext not in FORMATS:
        raise InputError(tr("the output must end in .pdf, .png or .svg"), path)
    if not DPI_RANGE[0] <= int(dpi) <= DPI_RANGE[1]:
        raise InputError(tr("the resolution must be between {} and {} dpi").format(*DPI_RANGE), path)
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        raise InputError(tr("the output folder does not exist"), folder)
    if os.path.isdir(path):
        raise InputError(tr("the output path is a folder, not a file"), path)
    try:
        work = tempfile.mkdtemp(prefix=".balloon_watch_export_", dir=folder)
    except OSError as exc:
        raise InputError(tr("cannot write in the output folder ({})").format(exc.strerror or exc), folder) from None
    # an atlas export leaves the maps on the last page: the layout kept in the project goes back to page one
    extents = [(m, m.extent()) for m in layout.items() if isinstance(m, QgsLayoutItemMap)]
    try:
        with _dense_layers_as_images(layout, ext != ".png"):
            produced = _export_into(layout, work, ext, int(dpi), feedback)
        check(feedback)
        if not produced:
            raise BalloonWatchError(tr("the export produced no file"))
        stem = os.path.splitext(path)[0]
        targets = [path] + ["{}_{}{}".format(stem, i + 1, ext) for i in range(1, len(produced))]
        for src, dst in zip(produced, targets):
            os.replace(src, dst)
    except OSError as exc:
        raise InputError(tr("the export could not be written ({})").format(exc.strerror or exc), path) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
        for map_item, extent in extents:
            map_item.setExtent(extent)
    return path


@contextmanager
def _dense_layers_as_images(layout: QgsPrintLayout, active: bool) -> Iterator[list]:
    """Draw very dense vector layers as an image at the export resolution while exporting, then restore.

    100 000 track fixes drawn as vector markers make a PDF of ~16 MB that viewers are slow to open; as an image at
    the export resolution they look the same on paper. The Natural Earth basemap too (2 MB a page as vectors);
    its labels stay text. Only the renderer's 'force raster' flag is touched, and
    only for the duration of the export.
    """
    changed = []
    if active:
        seen = set()
        for item in layout.items():
            if not isinstance(item, QgsLayoutItemMap):
                continue
            for layer in item.layersToRender():
                dense = is_basemap(layer) or layer.featureCount() > DENSE_FEATURES
                if (isinstance(layer, QgsVectorLayer) and layer.id() not in seen and layer.renderer() is not None
                        and dense and not layer.renderer().forceRasterRender()):
                    seen.add(layer.id())
                    layer.renderer().setForceRasterRender(True)
                    changed.append(layer)
    try:
        yield changed
    finally:
        for layer in changed:
            if layer.renderer() is not None:
                layer.renderer().setForceRasterRender(False)


def _export_into(layout: QgsPrintLayout, work: str, ext: str, dpi: int, feedback) -> list[str]:
    """Export into the folder ``work``; returns the files written, in page order."""
    qfeedback = feedback if isinstance(feedback, QgsFeedback) else None
    layout.renderContext().setDpi(dpi)
    atlas = layout.atlas()
    use_atlas = atlas.enabled() and atlas.coverageLayer() is not None
    if ext == ".pdf":
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.simplifyGeometries = True
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # searchable, and smaller
        target = os.path.join(work, "briefing.pdf")
        if use_atlas:
            result, error = QgsLayoutExporter.exportToPdf(atlas, target, settings, qfeedback)
        else:
            result, error = QgsLayoutExporter(layout).exportToPdf(target, settings), ""
        _raise_on(result, error)
        return [target]
    pages: list[str] = []
    if use_atlas:
        if not atlas.beginRender():
            raise BalloonWatchError(tr("the atlas could not be prepared"))
        try:
            for i in range(atlas.count()):
                check(feedback, 100.0 * i / max(atlas.count(), 1))
                if not atlas.seekTo(i):
                    raise BalloonWatchError(tr("the atlas could not go to feature {}").format(i + 1))
                pages.extend(_export_pages(layout, os.path.join(work, "p{:05d}".format(i)), ext, dpi))
        finally:
            atlas.endRender()
    else:
        check(feedback)
        pages = _export_pages(layout, os.path.join(work, "p"), ext, dpi)
    return pages


def _export_pages(layout: QgsPrintLayout, base: str, ext: str, dpi: int) -> list[str]:
    exporter = QgsLayoutExporter(layout)
    target = base + ext
    if ext == ".png":
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        settings.exportMetadata = False  # GDAL cannot update PNG metadata in place (it only logs an error)
        result = exporter.exportToImage(target, settings)
    else:
        settings = QgsLayoutExporter.SvgExportSettings()
        settings.dpi = dpi
        settings.simplifyGeometries = True
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
        result = exporter.exportToSvg(target, settings)
    _raise_on(result, exporter.errorMessage() if hasattr(exporter, "errorMessage") else "")
    # QGIS names page n > 1 '<base>_<n><ext>'; pages excluded from the export are skipped
    count = layout.pageCollection().pageCount()
    names = [target] + ["{}_{}{}".format(base, n, ext) for n in range(2, count + 1)]
    return [name for name in names if os.path.exists(name)]


def _raise_on(result, error: str = "") -> None:
    if result == QgsLayoutExporter.ExportResult.Success:
        return
    if result == QgsLayoutExporter.ExportResult.Canceled:
        raise Cancelled()
    reasons = {
        QgsLayoutExporter.ExportResult.FileError: tr("the file could not be written"),
        QgsLayoutExporter.ExportResult.MemoryError: tr(
            "not enough memory for this page size and resolution (lower the DPI)"),
        QgsLayoutExporter.ExportResult.PrintError: tr("the PDF could not be produced"),
        QgsLayoutExporter.ExportResult.SvgLayerError: tr("the SVG layers could not be produced"),
        QgsLayoutExporter.ExportResult.IteratorError: tr("the atlas could not be iterated"),
    }
    reason = reasons.get(result, tr("the export failed"))
    raise BalloonWatchError(tr("Export failed: {}.").format(reason + (" ({})".format(error) if error else "")))
