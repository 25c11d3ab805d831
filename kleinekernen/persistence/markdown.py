"""Markdown that shows what people typed and nothing more: no HTML, no link, no heading of their own.

Every ASCII character Markdown gives a meaning inline is escaped with a backslash (CommonMark lets any
ASCII punctuation be escaped), and so are the characters that only mean something at the start of a line
(a list, a quote, an underlined heading), so `<script>`, `[klik](javascript:...)` and a line `## Besluit`
come out as the very characters typed.
"""

from __future__ import annotations

import re

from ..files.names import printable_text

INLINE = re.compile(r"([\\`*_\[\]{}<>!|~&#$])")
LINE_START = re.compile(r"^([-+=]|\d+(?=[.)]))")


def inline(text: str) -> str:
    """One line of typed text (a name, a title): line breaks become spaces, every marker escaped."""
    flat = " ".join(printable_text(text).split())
    return _escape_line(flat)


def _escape_line(line: str) -> str:
    escaped = INLINE.sub(r"\\\1", line.strip())
    starts = LINE_START.match(escaped)
    if starts and starts.group(1).isdigit():
        end = starts.end()
        return escaped[:end] + "\\" + escaped[end:]
    return LINE_START.sub(r"\\\1", escaped)


def lines(text: str) -> list[str]:
    """Typed text of several lines (a note, an answer): each line escaped on its own, blank lines kept."""
    return [_escape_line(line) for line in printable_text(text).split("\n")]
