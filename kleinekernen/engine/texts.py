"""The rules' reasons in Dutch and English, from the catalogue (i18n/locale/LANG/engine.toml, keys engine.*).

Both catalogues are read once per process (i18n.texts caches them), so building a reason is two dict
look-ups and two formats: the engine stays fast and deterministic.
"""

from __future__ import annotations

from ..i18n import plural_form, texts
from .state import Bilingual


def both(key: str, /, **values: object) -> Bilingual:
    """The text of `key` in both languages; a Bilingual value fills each language with its own side, and a
    `count` picks the plural form of a text that has them (key.one, key.other)."""
    count = values.get("count")
    if isinstance(count, int) and key not in texts("nl"):
        key = f"{key}.{plural_form(count)}"
    nl = {name: value.nl if isinstance(value, Bilingual) else value for name, value in values.items()}
    en = {name: value.get("en") if isinstance(value, Bilingual) else value for name, value in values.items()}
    return Bilingual(texts("nl")[key].format(**nl), texts("en")[key].format(**en))
