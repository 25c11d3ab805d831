"""The limits a content file must keep, checked in linear time before and after `tomllib` reads it.

Before: `tomllib` recurses once per nested `[` or `{` (about 300 levels raise RecursionError), takes
quadratic time over the parts of a dotted key (40,000 parts: 26 s), and refuses to turn a number of more
than 4,300 digits into an int with a ValueError. `text_excess` finds those with one regular expression
over the text's tokens, possessive so it never backtracks. After: `data_excess` walks the parsed data
(without recursion) for numbers, texts and names larger than any card needs, and invisible control
characters, which would reach the screen or a terminal.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

MAX_NESTING = 20
"""Lists and tables inside each other; a case needs three."""
MAX_KEY_PARTS = 20
"""Parts of one dotted name, as in `illustration.file`."""
MAX_TOKEN_CHARS = 100
"""Characters of one bare name or number outside quotes."""
MAX_NAME_CHARS = 100
"""Characters of a field name, quoted or not."""
MAX_TEXT_CHARS = 4000
"""Characters of one text: a story read aloud in about four minutes; the longest built-in one has 630."""
MAX_NUMBER_DIGITS = 15
MAX_NUMBER = 10**MAX_NUMBER_DIGITS - 1
"""The largest number (either sign) a file may hold; the cards use numbers up to 100."""

_BASIC = r""""(?!"")(?:[^"\\\n]++|\\[^\n]?+)*+"?+"""
_LITERAL = r"""'(?!'')[^'\n]*+'?+"""
_MULTILINE = (
    r'''"""(?:[^"\\]++|\\[\s\S]?+|"(?!""))*+(?:""""{0,2}+|\Z)'''
    r"""|'''(?:[^']++|'(?!''))*+(?:''''{0,2}+|\Z)"""
)
_LEXEME = re.compile(
    r"(?P<skip>(?:[ \t\r\n=,]++|#[^\n]*+)++)"
    rf"|(?P<multiline>{_MULTILINE})"
    r"|(?P<open>[\[{])"
    r"|(?P<close>[\]}])"
    rf"""|(?P<chain>(?:[^\s#"'\[\]{{}}=,]++|{_BASIC}|{_LITERAL}|[ \t\r]++)++)"""
)
"""The tokens that matter here; a chain is a dotted name or a value: bare words, quoted texts and dots."""
_CHAIN_PART = re.compile(rf"""(?P<quoted>{_BASIC}|{_LITERAL})|(?P<dot>\.)|(?P<bare>[^\s#"'\[\]{{}}=,.]++)|[ \t\r]++""")
_TEXT_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Invisible characters a text may not hold; a tab and a line break are fine."""
_NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Excess:
    """One limit a file goes over: a message key with its values, and where (an index or a key path)."""

    key: str
    values: dict[str, object] = field(default_factory=dict)
    index: int = 0
    path: tuple[str | int, ...] = ()
    in_name: bool = False
    """The fault is in the path's last name itself, so a message shows the table it stands in, not the name."""


def text_excess(text: str) -> Excess | None:
    """The first place where the text nests too deep, a name has too many parts, or a bare word is too long.

    Quoted texts and comments are skipped whole, as TOML reads them; a text left open ends the scan
    (tomllib refuses it there, before anything after it is read).
    """
    depth = 0
    position = 0
    while position < len(text):
        found = _LEXEME.match(text, position)
        if found is None:  # a character no token starts with (an odd space): tomllib refuses it
            position += 1
            continue
        kind, start, position = found.lastgroup, found.start(), found.end()
        if kind == "open":
            depth += 1
            if depth > MAX_NESTING:
                return Excess("too_deep", {"limit": MAX_NESTING}, start)
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "chain" and (excess := _chain_excess(text, start, position)):
            return excess
    return None


def _chain_excess(text: str, start: int, end: int) -> Excess | None:
    """Too many dots outside quotes, or a bare word too long, in one dotted name or value."""
    if end - start <= MAX_TOKEN_CHARS and text.count(".", start, end) < MAX_KEY_PARTS:
        return None  # the common case, decided without looking at the parts
    dots = 0
    position = start
    while position < end:
        found = _CHAIN_PART.match(text, position, end)
        if found is None:
            position += 1
            continue
        kind, begin, position = found.lastgroup, found.start(), found.end()
        if kind == "dot":
            dots += 1
            if dots >= MAX_KEY_PARTS:
                return Excess("too_many_parts", {"limit": MAX_KEY_PARTS}, begin)
        elif kind == "bare" and position - begin > MAX_TOKEN_CHARS:
            word = "number_too_long" if text[begin] in "0123456789+-" else "bare_too_long"
            return Excess(word, {"length": position - begin, "limit": MAX_TOKEN_CHARS}, begin)
    return None


def data_excess(data: dict[str, Any]) -> list[Excess]:
    """Every number, text or name in the parsed data that goes over a limit or holds a control character."""
    found: list[Excess] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:  # a stack, not recursion: the data may be as deep as the text allows
        path, value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                names = _string_excess(key, (*path, key), MAX_NAME_CHARS, "name_too_long", _NAME_CONTROL)
                found.extend(dataclasses.replace(excess, in_name=True) for excess in names)
                stack.append(((*path, key), item))
        elif isinstance(value, list):
            stack.extend(((*path, n), item) for n, item in enumerate(value))
        elif isinstance(value, str):
            found.extend(_string_excess(value, path, MAX_TEXT_CHARS, "text_too_long", _TEXT_CONTROL))
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
            found.append(Excess("number_too_big", {"digits": MAX_NUMBER_DIGITS}, path=path))
    return found


def _string_excess(
    value: str, path: tuple[str | int, ...], limit: int, key: str, control: re.Pattern[str]
) -> list[Excess]:
    problems: list[Excess] = []
    if len(value) > limit:
        problems.append(Excess(key, {"length": len(value), "limit": limit}, path=path))
    if found := control.search(value):
        code = f"U+{ord(found.group()):04X}"
        problems.append(Excess("control_character", {"code": code, "at": found.start() + 1}, path=path))
    return problems
