"""Every text the game shows comes from catalogues (locale/nl.toml and locale/en.toml), never from code."""

from __future__ import annotations

import string
import tomllib
from pathlib import Path

LOCALE = Path(__file__).parent / "locale"
LANGUAGES = ("nl", "en")


class CatalogError(ValueError):
    """A catalogue file that is not a flat table of texts, e.g. CatalogError('nl.toml: title.new is 3')."""


def load_catalog(lang: str) -> dict[str, str]:
    """A catalogue file: key = "text with {placeholders}".

    Checked by hand rather than by a pydantic model: the catalogue ships with the code (trainers do not
    write it), and importing pydantic would double the time to the first frame.
    """
    path = LOCALE / f"{lang}.toml"
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    for key, value in data.items():
        if not isinstance(value, str):
            raise CatalogError(f"{path.name}: {key} is {value!r}, not a text")
    return data


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class Catalog:
    """Translations for one language; a missing key shows itself as [key] rather than crashing."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGUAGES else "nl"
        self.texts = load_catalog(self.lang)

    def __call__(self, key: str, **values: object) -> str:
        text = self.texts.get(key)
        if text is None:
            return f"[{key}]"
        return text.format(**values) if values else text
