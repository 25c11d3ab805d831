"""The screen's catalogues live in kleinekernen.i18n, shared with the reports."""

from ..i18n import LANGUAGES, LOCALE, Catalog, CatalogError, load_catalog, placeholders

__all__ = ["LANGUAGES", "LOCALE", "Catalog", "CatalogError", "load_catalog", "placeholders"]
