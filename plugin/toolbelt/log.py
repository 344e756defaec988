"""Route the stdlib ``logging`` of the whole package to QgsMessageLog."""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

from ..definitions import LOG_TAG, PLUGIN_SLUG

_LEVELS = (
    (logging.ERROR, Qgis.MessageLevel.Critical),
    (logging.WARNING, Qgis.MessageLevel.Warning),
    (logging.INFO, Qgis.MessageLevel.Info),
)


class QgsLogHandler(logging.Handler):
    """Writes records to the 'Balloon Watch' tab of the Log Messages panel."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            level = next((q for lvl, q in _LEVELS if record.levelno >= lvl), Qgis.MessageLevel.Info)
            QgsMessageLog.logMessage(self.format(record), LOG_TAG, level, notifyUser=False)
        except Exception:  # noqa: BLE001 - a log handler must never raise into the caller
            self.handleError(record)


def logger(name: str = PLUGIN_SLUG) -> logging.Logger:
    return logging.getLogger(name if name.startswith(PLUGIN_SLUG) else f"{PLUGIN_SLUG}.{name}")


_handler: QgsLogHandler | None = None


def install() -> None:
    """Attach the handler once (idempotent)."""
    global _handler
    if _handler is not None:
        return
    _handler = QgsLogHandler()
    _handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger(PLUGIN_SLUG)
    root.addHandler(_handler)
    root.setLevel(logging.INFO)
    root.propagate = False


def uninstall() -> None:
    """Detach the handler (mirror of install)."""
    global _handler
    if _handler is None:
        return
    logging.getLogger(PLUGIN_SLUG).removeHandler(_handler)
    _handler = None
