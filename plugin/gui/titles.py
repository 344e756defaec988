"""Headings and values the Results show, marked for translation (``make i18n`` finds them here).

The English texts are the field titles of ``core.kinds`` and the closure statuses of ``core.flagging``; a test
checks that every one the dock shows is listed, so a title added there cannot reach the analyst untranslated.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..toolbelt.i18n import tr

TITLES = (
    QT_TRANSLATE_NOOP("@default", "Site id"), QT_TRANSLATE_NOOP("@default", "Site"),
    QT_TRANSLATE_NOOP("@default", "Track"), QT_TRANSLATE_NOOP("@default", "Closest approach"),
    QT_TRANSLATE_NOOP("@default", "CPA time (UTC)"), QT_TRANSLATE_NOOP("@default", "Altitude at CPA"),
    QT_TRANSLATE_NOOP("@default", "Bearing from site"), QT_TRANSLATE_NOOP("@default", "Entry (UTC)"),
    QT_TRANSLATE_NOOP("@default", "Exit (UTC)"), QT_TRANSLATE_NOOP("@default", "Dwell"),
    QT_TRANSLATE_NOOP("@default", "Earliest entry (UTC)"), QT_TRANSLATE_NOOP("@default", "Likely entry (UTC)"),
    QT_TRANSLATE_NOOP("@default", "Forecast CPA time (UTC)"), QT_TRANSLATE_NOOP("@default", "Forecast CPA"),
    QT_TRANSLATE_NOOP("@default", "CPA uncertainty"), QT_TRANSLATE_NOOP("@default", "Alert radius"),
    QT_TRANSLATE_NOOP("@default", "Inside now"), QT_TRANSLATE_NOOP("@default", "Ident"),
    QT_TRANSLATE_NOOP("@default", "Name"), QT_TRANSLATE_NOOP("@default", "Type"),
    QT_TRANSLATE_NOOP("@default", "Floor"), QT_TRANSLATE_NOOP("@default", "Floor ref."),
    QT_TRANSLATE_NOOP("@default", "Ceiling"), QT_TRANSLATE_NOOP("@default", "Ceiling ref."),
    QT_TRANSLATE_NOOP("@default", "Active from (UTC)"), QT_TRANSLATE_NOOP("@default", "Active to (UTC)"),
    QT_TRANSLATE_NOOP("@default", "Schedule"), QT_TRANSLATE_NOOP("@default", "Source"),
    QT_TRANSLATE_NOOP("@default", "Notes"), QT_TRANSLATE_NOOP("@default", "Text"),
    QT_TRANSLATE_NOOP("@default", "Status"), QT_TRANSLATE_NOOP("@default", "First entry (UTC)"),
    QT_TRANSLATE_NOOP("@default", "Last exit (UTC)"), QT_TRANSLATE_NOOP("@default", "Time inside"),
    QT_TRANSLATE_NOOP("@default", "Least vertical separation"), QT_TRANSLATE_NOOP("@default", "Note"),
    QT_TRANSLATE_NOOP("@default", "Class"), QT_TRANSLATE_NOOP("@default", "Airspace type"),
    QT_TRANSLATE_NOOP("@default", "Outline repair"), QT_TRANSLATE_NOOP("@default", "Limits assumed"),
)

STATUSES = (
    QT_TRANSLATE_NOOP("@default", "violated"), QT_TRANSLATE_NOOP("@default", "inactive at passage"),
    QT_TRANSLATE_NOOP("@default", "passed over"), QT_TRANSLATE_NOOP("@default", "passed under"),
    QT_TRANSLATE_NOOP("@default", "clear"),
)

STATES = (
    QT_TRANSLATE_NOOP("@default", "on ground"), QT_TRANSLATE_NOOP("@default", "descending"),
    QT_TRANSLATE_NOOP("@default", "floating"), QT_TRANSLATE_NOOP("@default", "ascending"),
    QT_TRANSLATE_NOOP("@default", "unknown"),
)


def title(text: str) -> str:
    """A heading in the analyst's language (the English title when it is not in the catalogue)."""
    return tr(text)
