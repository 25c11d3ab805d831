"""The rules' reasons in Dutch and English, from the catalogue (i18n/locale/LANG/engine.toml, keys engine.*).

Both catalogues are read once, when the engine is imported, and a reason without values is made once, so
building a reason is a dict look-up or two formats: the engine stays fast and deterministic.
"""

from __future__ import annotations

from ..i18n import plural_form, texts
from .state import Bilingual

_NL = texts("nl")
_EN = texts("en")
_FIXED: dict[str, Bilingual] = {}


def both(key: str, /, **values: object) -> Bilingual:
    """The text of `key` in both languages; a Bilingual value fills each language with its own side, and a
    `count` picks the plural form of a text that has them (key.one, key.other)."""
    if not values:
        fixed = _FIXED.get(key)
        if fixed is None:
            fixed = _FIXED[key] = Bilingual(_NL[key].format(), _EN[key].format())
        return fixed
    count = values.get("count")
    if isinstance(count, int) and key not in _NL:
        key = f"{key}.{plural_form(count)}"
    nl = {name: value.nl if isinstance(value, Bilingual) else value for name, value in values.items()}
    en = {name: value.get("en") if isinstance(value, Bilingual) else value for name, value in values.items()}
    return Bilingual(_NL[key].format(**nl), _EN[key].format(**en))
