"""UI strings come from catalogues (locale/nl.toml and locale/en.toml), never from code."""

from __future__ import annotations

import string
import tomllib
from pathlib import Path

from pydantic import RootModel

LOCALE = Path(__file__).parent / "locale"
LANGUAGES = ("nl", "en")


class CatalogFile(RootModel[dict[str, str]]):
    """A catalogue file: key = "text with {placeholders}"."""


def load_catalog(lang: str) -> dict[str, str]:
    with (LOCALE / f"{lang}.toml").open("rb") as handle:
        return CatalogFile.model_validate(tomllib.load(handle)).root


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
