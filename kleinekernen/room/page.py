"""The phone page: one HTML file with its texts filled in, a style sheet and a little script, all in this package.

The texts come from the catalogues (locale/LANG/room.toml) and are escaped for HTML; the script gets them as a
JSON block, with `<` written as \\u003c so no text can end the block. No framework, no CDN, nothing to build.
"""

from __future__ import annotations

import functools
import html
import json
from dataclasses import dataclass
from importlib import resources

from ..i18n import LANGUAGES, Catalog

ASSETS = {"phone.js": "text/javascript", "phone.css": "text/css"}
PAGE_KEYS = (
    "phone.title", "phone.intro", "phone.name", "phone.corner", "phone.corner.burgers", "phone.corner.overheid",
    "phone.corner.partners", "phone.corner.none", "phone.join", "phone.wait", "phone.voted", "phone.closed",
    "phone.full", "phone.lost", "phone.hello", "phone.change", "phone.refused", "phone.options",
)  # fmt: skip


@functools.cache
def _read(name: str) -> bytes:
    return resources.files(__package__).joinpath("page", name).read_bytes()


def page_asset(name: str) -> tuple[bytes, str] | None:
    kind = ASSETS.get(name)
    return (_read(name), kind) if kind else None


@dataclass(frozen=True)
class PageTexts:
    """The room's language; a phone may ask for the other one (?lang=en)."""

    lang: str

    def language(self, asked: str) -> str:
        return asked if asked in LANGUAGES else self.lang


@functools.cache
def page_html(lang: str, base: str) -> str:
    """The page in this language; `base` is the room's path (/r/CODE), where its style sheet and script are."""
    t = Catalog(lang)
    texts = {key.removeprefix("phone."): t(key) for key in PAGE_KEYS}
    template = _read("index.html").decode("utf-8")
    filled = template.replace("{lang}", html.escape(t.lang)).replace("{base}", html.escape(base))
    for key, text in texts.items():
        filled = filled.replace("{" + key + "}", html.escape(text))
    data = json.dumps(texts, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return filled.replace("{texts_json}", data)
