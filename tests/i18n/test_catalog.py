"""Catalogues: texts with a count take the right plural form, in Dutch and English."""

from __future__ import annotations

from pathlib import Path

import pytest

import kleinekernen.i18n as i18n
from kleinekernen.i18n import Catalog, CatalogError


@pytest.mark.parametrize(
    ("lang", "count", "shown"),
    [
        ("nl", 1, "1 speler"),
        ("nl", 2, "2 spelers"),
        ("nl", 0, "0 spelers"),
        ("en", 1, "1 player"),
        ("en", 9, "9 players"),
    ],
)
def test_a_count_picks_its_plural_form(lang: str, count: int, shown: str) -> None:
    assert Catalog(lang)("setup.players", count=count) == shown


def test_no_plural_text_shows_a_bracketed_ending() -> None:
    for lang in ("nl", "en"):
        for text in i18n.load_catalog(lang).values():
            assert "(s)" not in text and "(en)" not in text, text


def test_a_plural_with_other_forms_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "nl.toml").write_text('"x" = { one = "a", few = "b" }\n', encoding="utf-8")
    monkeypatch.setattr(i18n, "LOCALE", tmp_path)
    with pytest.raises(CatalogError, match="x has forms"):
        i18n.load_catalog("nl")
