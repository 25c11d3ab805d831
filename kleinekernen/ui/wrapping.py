"""Breaking text into lines of a width, hyphenating a word that is wider than a whole line (no pygame here).

Words break at the dictionary's hyphenation points (pyphen, Dutch or English), so "participatiesamenleving" becomes
"participatie-" + "samenleving"; a word without a point that fits is broken between letters, with a hyphen.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pyphen

Measure = Callable[[str], int]
DICTIONARIES = {"nl": "nl_NL", "en": "en_GB"}


@functools.cache
def _dictionary(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=DICTIONARIES.get(lang, "nl_NL"))


def hyphen_points(word: str, lang: str) -> list[int]:
    """Where `word` may break: after an existing hyphen, and at the dictionary's points."""
    points = {i + 1 for i, ch in enumerate(word[:-1]) if ch in "-/"}
    points.update(_dictionary(lang).positions(word))
    return sorted(p for p in points if 0 < p < len(word))


def _piece(word: str, at: int) -> str:
    head = word[:at]
    return head if head.endswith(("-", "/")) else head + "-"


def break_word(word: str, width: int, measure: Measure, lang: str) -> list[str]:
    """`word` in pieces no wider than `width` (a single letter wider than `width` stays whole)."""
    pieces: list[str] = []
    rest = word
    while rest and measure(rest) > width:
        points = [p for p in hyphen_points(rest, lang) if measure(_piece(rest, p)) <= width]
        if not points:
            points = [p for p in range(1, len(rest)) if measure(rest[:p] + "-") <= width][-1:] or [1]
        at = points[-1]
        pieces.append(_piece(rest, at))
        rest = rest[at:]
    if rest:
        pieces.append(rest)
    return pieces


def wrap(text: str, width: int, measure: Measure, lang: str) -> list[str]:
    """`text` in lines no wider than `width`; blank lines in the text are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if measure(candidate) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            pieces = break_word(word, width, measure, lang) if measure(word) > width else [word]
            lines.extend(pieces[:-1])
            current = pieces[-1] if pieces else ""
        lines.append(current)
    return lines
