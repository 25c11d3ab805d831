"""The rules' reasons in Dutch and English, from the catalogue (i18n/locale/LANG/engine.toml, keys engine.*).

Both catalogues are read once, when the engine is imported, and a reason without values is made once, so
building a reason is mostly a dict look-up: the engine stays fast and deterministic.
"""

from __future__ import annotations

from typing import NamedTuple

from ..i18n import plural_form, texts


class Bilingual(NamedTuple):
    """A reason or label in both languages (a named tuple: thousands are made per second)."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.nl


_NL = texts("nl")
_EN = texts("en")
_FIXED: dict[str, Bilingual] = {}
_MADE: dict[tuple[str, tuple[tuple[str, object], ...]], Bilingual] = {}
_MADE_AT_MOST = 4096
"""Reasons with values repeat (a gate's meter runs 0 to 100, a session has a few webs): made once each,
in a cache that starts over when full, so memory stays bounded."""


def both(key: str, /, **values: object) -> Bilingual:
    """The text of `key` in both languages; a Bilingual value fills each language with its own side, and a
    `count` picks the plural form of a text that has them (key.one, key.other)."""
    if not values:
        fixed = _FIXED.get(key)
        if fixed is None:
            fixed = _FIXED[key] = Bilingual(_NL[key].format(), _EN[key].format())
        return fixed
    made_key = (key, tuple(values.items()))
    made = _MADE.get(made_key)
    if made is not None:
        return made
    if len(_MADE) >= _MADE_AT_MOST:
        _MADE.clear()
    made = _MADE[made_key] = _make(key, values)
    return made


def _make(key: str, values: dict[str, object]) -> Bilingual:
    count = values.get("count")
    if isinstance(count, int) and key not in _NL:
        key = f"{key}.{plural_form(count)}"
    nl: dict[str, object] = {}
    en: dict[str, object] = {}
    for name, value in values.items():
        if type(value) is Bilingual:
            nl[name], en[name] = value.nl, value.en or value.nl
        else:
            nl[name] = en[name] = value
    return Bilingual(_NL[key].format_map(nl), _EN[key].format_map(en))
