"""The screen's catalogues live in kleinekernen.i18n, shared with the reports."""

from ..i18n import LANGUAGES, LOCALE, Catalog, CatalogError, load_catalog, placeholders

__all__ = ["LANGUAGES", "LOCALE", "Catalog", "CatalogError", "load_catalog", "next_language", "placeholders"]


def next_language(lang: str) -> str:
    """The language the language button switches to (the next in the list, round)."""
    index = LANGUAGES.index(lang) if lang in LANGUAGES else -1
    return LANGUAGES[(index + 1) % len(LANGUAGES)]
