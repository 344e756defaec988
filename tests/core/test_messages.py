"""Core messages: English text for logs and tests, template and arguments kept for the translator at the QGIS
boundary; and every message template in core present and translated in the French .ts file."""

from __future__ import annotations

import ast
import pickle
import re
import xml.etree.ElementTree as ET

import pytest
from bw_paths import ROOT

from balloon_watch.plugin.core.errors import InputError, IssueLog, OutputError
from balloon_watch.plugin.core.flight_state import CONSEQUENCES, REFUSAL
from balloon_watch.plugin.core.messages import joined, render, tr

FR = {
    "line {line}": "ligne {line}",
    "field '{field}'": "champ '{field}'",
    "unknown unit '{unit}'": "unité inconnue '{unit}'",
    "the disk is full": "le disque est plein",
    "record": "enregistrement",
    "{count} record(s) skipped in {source}: {head}": "{count} enregistrement(s) ignoré(s) dans {source} : {head}",
}


def french(template: str) -> str:
    return FR.get(template, template)


def test_message_is_english_text_that_keeps_template_and_arguments():
    m = tr("altitude {alt:,.0f} m in '{name}'", alt=12345.6, name="B1")
    assert m == "altitude 12,346 m in 'B1'" and isinstance(m, str)
    assert m.template == "altitude {alt:,.0f} m in '{name}'" and m.args == {"alt": 12345.6, "name": "B1"}
    assert pickle.loads(pickle.dumps(m)).template == m.template


def test_render_translates_the_template_and_each_message_argument():
    outer = tr("{count} record(s) skipped in {source}: {head}", count=2, source="a.csv",
               head=joined([tr("line {line}", line=4), tr("unknown unit '{unit}'", unit="kt")], "; "))
    assert str(outer) == "2 record(s) skipped in a.csv: line 4; unknown unit 'kt'"
    assert render(outer, french) == "2 enregistrement(s) ignoré(s) dans a.csv : ligne 4; unité inconnue 'kt'"
    assert render("plain text", french) == "plain text"


def test_a_broken_translation_falls_back_to_english():
    m = tr("line {line}", line=3)
    assert m.render(lambda t: "ligne {numero}") == "line 3"


def test_input_error_stays_english_and_renders_each_part():
    err = InputError(tr("unknown unit '{unit}'", unit="kt"), "flight.csv", 12, "alt")
    assert str(err) == "flight.csv, line 12, field 'alt': unknown unit 'kt'"
    assert err.render(french) == "flight.csv, ligne 12, champ 'alt': unité inconnue 'kt'"
    # a reason given as plain text (an older caller) is kept as it is, its place still translated
    assert InputError("odd\nvalue", "f.csv", 2).render(french) == "f.csv, ligne 2: odd value"


def test_output_error_and_row_issues_render():
    assert OutputError(tr("the disk is full"), "out.gpkg").render(french) == "out.gpkg: le disque est plein"
    log = IssueLog("a.csv")
    log.add(None, tr("unknown unit '{unit}'", unit="kt"), "alt")
    assert str(log.summary()) == "1 record(s) skipped in a.csv: record (alt): unknown unit 'kt'"
    assert render(log.summary(), french) == "1 enregistrement(s) ignoré(s) dans a.csv : enregistrement (alt): " \
                                            "unité inconnue 'kt'"


def _core_templates() -> dict[str, str]:
    """Every ``tr("...")`` and ``QT_TRANSLATE_NOOP("@default", "...")`` template in plugin/core, with where it is."""
    found = {}
    for path in sorted((ROOT / "plugin" / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            position = {"tr": 0, "QT_TRANSLATE_NOOP": 1}.get(node.func.id)
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"(?<!\{)\{[^{}]*\}(?!\})", text))


def test_every_core_message_is_translated_in_french():
    templates = _core_templates()
    assert len(templates) > 400  # the scan sees the core's messages (a broken scan would pass vacuously)
    root = ET.parse(ROOT / "i18n" / "balloon_watch_fr.ts").getroot()
    french_of = {}
    for context in root.iter("context"):
        if context.findtext("name") != "@default":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "obsolete", "vanished") or not (translation.text or ""):
                continue
            french_of[message.findtext("source")] = translation.text
    missing = {t: where for t, where in templates.items() if t not in french_of}
    assert not missing, f"not translated in i18n/balloon_watch_fr.ts (run make i18n, then translate): {missing}"
    broken = {t: french_of[t] for t in templates if _placeholders(t) != _placeholders(french_of[t])}
    assert not broken, f"French translations whose placeholders differ from the English: {broken}"


@pytest.mark.parametrize("template", ["{count} record(s) skipped in {source}: {head}", "line {line}",
                                      REFUSAL, CONSEQUENCES[(True, True)]])
def test_the_scan_finds_the_composing_parts(template):
    assert template in _core_templates()


def test_every_core_tr_call_fills_exactly_its_placeholders():
    """A placeholder without its argument would raise KeyError in place of the analyst's message, on paths (rare
    refusals) that tests may never take: checked statically for every call."""
    import string

    wrong = []
    for path in sorted((ROOT / "plugin" / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                continue
            if any(k.arg is None for k in node.keywords):  # **args: checked where the dict is built
                continue
            wanted = {f for _, f, _, _ in string.Formatter().parse(node.args[0].value) if f is not None}
            given = {k.arg for k in node.keywords}
            if wanted != given:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} wants {sorted(wanted)}, given {sorted(given)}")
    assert not wrong, wrong
