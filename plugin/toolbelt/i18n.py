"""Translation: one context for the whole plugin, and loading the .qm for the QGIS locale."""

from __future__ import annotations

import logging

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..core.messages import render
from ..definitions import I18N_DIR, PLUGIN_SLUG, TRANSLATION_CONTEXT

LOG = logging.getLogger(f"{PLUGIN_SLUG}.i18n")


def tr(text: str) -> str:
    """Translate ``text`` in the plugin's context (use ``.format`` after, never an f-string inside)."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def translated(text) -> str:
    """Core text in the user's language: a core Message (or an error carrying one) is rendered through ``tr``,
    each of its parts on its own; anything else is returned as text."""
    return render(text, tr)


def qgis_locale() -> str:
    """Two-letter language of the QGIS user interface."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str) or ""
    else:
        name = settings.value("locale/userLocale", "", type=str) or QLocale().name()
    return (name or "en")[:2]


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Load i18n/balloon_watch_<lang>.qm into the application; None when there is none (English)."""
    lang = (locale or qgis_locale())[:2]
    if lang == "en":
        return None
    qm = I18N_DIR / f"{PLUGIN_SLUG}_{lang}.qm"
    if not qm.exists():
        LOG.info("No translation for '%s' (%s); using English.", lang, qm.name)
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        LOG.warning("Translation file %s could not be loaded; using English.", qm)
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
