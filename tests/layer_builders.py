"""QGIS inputs the Processing tests share: track layers as importtrack writes them, and a feedback that keeps
the messages an algorithm pushes."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime, Qt

from balloon_watch.plugin.qgis_io.compat import FieldType


class Capture(QgsProcessingFeedback):
    """Keeps the warnings and infos the algorithm pushes (and passes them on)."""

    def __init__(self):
        super().__init__()
        self.warnings: list[str] = []
        self.infos: list[str] = []

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.warnings.append(warning)
        super().pushWarning(warning)

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.infos.append(info)
        super().pushInfo(info)


def track_layer(tracks: dict[str, list[tuple[float, float, float, float]]]) -> QgsVectorLayer:
    """Memory point layer as importtrack writes it (track_id, time as UTC DateTime, alt_m) from
    ``{track_id: [(lon, lat, t, alt), ...]}``."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "track", "memory")
    pr = layer.dataProvider()
    pr.addAttributes([QgsField("track_id", FieldType.String), QgsField("time", FieldType.DateTime),
                      QgsField("alt_m", FieldType.Double)])
    layer.updateFields()
    feats = []
    for tid, fixes in tracks.items():
        for lon, lat, t, alt in fixes:
            f = QgsFeature(layer.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
            f.setAttributes([tid, QDateTime.fromMSecsSinceEpoch(int(round(t * 1000)), Qt.UTC), alt])
            feats.append(f)
    pr.addFeatures(feats)
    return layer


def site_layer(sites: list[tuple[str, float, float]], name_field: str = "name") -> QgsVectorLayer:
    """Memory point layer of ``(name, lon, lat)`` sites, the name in ``name_field``."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "sites", "memory")
    layer.dataProvider().addAttributes([QgsField(name_field, FieldType.String)])
    layer.updateFields()
    feats = []
    for name, lon, lat in sites:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        f.setAttributes([name])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def memory_layer(uri: str, name: str, fields: list[QgsField], rows, kind: str | None = None) -> QgsVectorLayer:
    """A memory layer with ``fields`` and (geometry, attributes) ``rows``; tagged with output ``kind`` if given."""
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    feats = []
    for geom, attrs in rows:
        feat = QgsFeature(layer.fields())
        feat.setGeometry(geom)
        feat.setAttributes(attrs)
        feats.append(feat)
    assert layer.dataProvider().addFeatures(feats)[0]
    layer.updateExtents()
    if kind:
        from balloon_watch.plugin.qgis_io.kinds import tag

        tag(layer, kind)
    return layer
