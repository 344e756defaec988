"""Constants shared across the plugin: one place for ids, names and paths."""

from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path

PLUGIN_SLUG = "balloon_watch"
PROVIDER_ID = "balloonwatch"
SETTINGS_PREFIX = "balloon_watch"
LOG_TAG = "Balloon Watch"
TRANSLATION_CONTEXT = "@default"  # module-level tr() calls land here in pylupdate5

ROOT_DIR = Path(__file__).resolve().parent.parent
RESOURCES_DIR = ROOT_DIR / "resources"
I18N_DIR = ROOT_DIR / "i18n"


def resources_path(*parts: str) -> str:
    """Absolute path of a file under resources/."""
    return str(RESOURCES_DIR.joinpath(*parts))


@lru_cache(maxsize=1)
def metadata() -> dict[str, str]:
    """metadata.txt read once: the single source of name and version."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT_DIR / "metadata.txt", encoding="utf-8")
    return dict(parser["general"]) if parser.has_section("general") else {}


def plugin_name() -> str:
    return metadata().get("name", "Balloon Watch")


def plugin_version() -> str:
    return metadata().get("version", "0")
