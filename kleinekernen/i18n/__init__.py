"""Every text the game shows or writes comes from catalogues, never from code.

A language's catalogue is locale/LANG.toml (the screen) and every locale/LANG/*.toml (one file per topic:
the loader's messages, the rules' reasons, the analysis, the command line); one key is in one file only.
"""

from __future__ import annotations

import functools
import string
import tomllib
from collections.abc import Mapping
from pathlib import Path

LOCALE = Path(__file__).parent / "locale"
LANGUAGES = ("nl", "en")


class CatalogError(ValueError):
    """A catalogue file that is not a flat table of texts, e.g. CatalogError('nl.toml: title.new is 3')."""


PLURAL_FORMS = ("one", "other")
"""Dutch and English both have two forms: one (count == 1) and other (0, 2, 3 …)."""


def plural_form(count: int) -> str:
    return "one" if count == 1 else "other"


def catalog_files(lang: str) -> list[Path]:
    """The files of one language's catalogue: LANG.toml, then the topic files LANG/*.toml by name."""
    return [LOCALE / f"{lang}.toml", *sorted((LOCALE / lang).glob("*.toml"))]


def load_catalog(lang: str) -> dict[str, str]:
    """Every file of a language's catalogue, merged; a key in two files is refused."""
    texts: dict[str, str] = {}
    for path in catalog_files(lang):
        found = load_catalog_file(path)
        if twice := sorted(texts.keys() & found.keys()):
            raise CatalogError(f"{path.name}: {twice[0]} is also in another file of {lang}")
        texts.update(found)
    return texts


def load_catalog_file(path: Path) -> dict[str, str]:
    """A catalogue file: key = "text with {placeholders}", or for a text with a count, its plural forms:
    key = { one = "{count} speler", other = "{count} spelers" }, kept as key.one and key.other.

    Checked by hand rather than by a pydantic model: the catalogue ships with the code (trainers do not
    write it), and importing pydantic would double the time to the first frame.
    """
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    texts: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            if set(value) != set(PLURAL_FORMS) or not all(isinstance(form, str) for form in value.values()):
                raise CatalogError(f"{path.name}: {key} has forms {sorted(value)}; a plural has exactly one, other")
            texts.update({f"{key}.{form}": text for form, text in value.items()})
        elif isinstance(value, str):
            texts[key] = value
        else:
            raise CatalogError(f"{path.name}: {key} is {value!r}, not a text")
    return texts


def texts(lang: str) -> Mapping[str, str]:
    """A language's catalogue, read once per process (the engine builds reasons from it thousands of times
    a second); Dutch for any language that is not one of LANGUAGES."""
    return _texts(LOCALE, lang if lang in LANGUAGES else "nl")


@functools.cache
def _texts(folder: Path, lang: str) -> Mapping[str, str]:
    return load_catalog(lang)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class Catalog:
    """Translations for one language; a missing key shows itself as [key] rather than crashing."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGUAGES else "nl"
        self.texts = texts(self.lang)

    def __call__(self, key: str, /, **values: object) -> str:
        """The text of key with its placeholders filled in; a plural text takes its form from `count`."""
        text = self.texts.get(key)
        if text is None:
            count = values.get("count")
            if isinstance(count, int):
                text = self.texts.get(f"{key}.{plural_form(count)}")
        if text is None:
            return f"[{key}]"
        return text.format(**values) if values else text
