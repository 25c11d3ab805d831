"""The loader's messages, from the catalogue (i18n/locale/LANG/content.toml, keys `loader.*`), keyed by
pydantic's error type or our own names."""

from __future__ import annotations

from typing import Any

from ..i18n import Catalog, texts

Lang = str


def count(number: int, noun: str, lang: Lang) -> str:
    """'1 bestand', '3 bestanden': a number with its noun in singular or plural (noun: file or error)."""
    return Catalog(lang)(f"loader.count.{noun}", count=number)


def say(message_id: str, lang: Lang, /, **values: Any) -> str:
    """The message `message_id` in `lang` (Dutch for anything but "en"), with its values filled in.

    Raises KeyError for a message the catalogue does not have (the caller falls back to pydantic's text).
    """
    key = f"loader.{message_id}"
    known = texts(lang)
    if key not in known and f"{key}.other" not in known:
        raise KeyError(message_id)
    return Catalog(lang)(key, **values)
