"""Widgets several scenes share: the editable text area and the size at which paragraphs fit."""

from __future__ import annotations

from typing import Protocol

import pygame

from .. import draw, theme
from ..text import Typesetter
from ..textfield import TextField
from ..theme import Metrics


class Setting(Protocol):
    """What a text area needs of the window it is drawn in: its sizes and its typesetter (a scene's host, or the
    presenter window)."""

    @property
    def metrics(self) -> Metrics: ...
    @property
    def typesetter(self) -> Typesetter: ...


def draw_text_area(
    app: Setting, surface: pygame.Surface, rect: pygame.Rect, field: TextField, focused: bool, empty: str
) -> None:
    """A wrapped, editable text area with its cursor and selection."""
    m, ts = app.metrics, app.typesetter
    draw.card(surface, m, rect)
    inner = rect.inflate(-m.gap * 2, -m.gap * 2)
    if not field.text and not focused:
        draw.paragraph(surface, ts, empty, inner, m.body, colour=theme.MUTED)
    else:
        lines, cursor_at = wrap_with_cursor(app, field, inner.width)
        height = ts.line_height(m.body)
        visible = max(1, inner.height // height)
        first = max(0, cursor_at[0] - visible + 1)
        span = field.selection()
        for row, (start, line) in enumerate(lines[first : first + visible]):
            y = inner.top + row * height
            if span:
                a, b = max(span[0], start), min(span[1], start + len(line))
                if a < b:
                    x1 = inner.left + ts.width(line[: a - start], m.body)
                    x2 = inner.left + ts.width(line[: b - start], m.body)
                    pygame.draw.rect(surface, theme.CORNER_TINTS["overheid"], pygame.Rect(x1, y, x2 - x1, height))
            if line:
                draw.text(surface, ts, line, (inner.left, y), m.body, colour=theme.INK)
        if focused:
            row, column = cursor_at
            _start, line = lines[row]
            x = inner.left + ts.width(line[:column], m.body)
            y = inner.top + (row - first) * height
            pygame.draw.line(surface, theme.INK, (x, y), (x, y + height), max(2, m.line))
    if focused:
        draw.focus_ring(surface, m, rect)


def label_above(app: Setting, rect: pygame.Rect) -> tuple[int, int]:
    """Where a field's label starts: one line above `rect`, clear of the focus ring drawn around it."""
    m, ts = app.metrics, app.typesetter
    ring = m.line * 2  # draw.focus_ring inflates the field by line * 4
    return rect.left, rect.top - ring - m.gap // 2 - ts.line_height(m.body, bold=True)


def wrap_with_cursor(app: Setting, field: TextField, width: int) -> tuple[list[tuple[int, str]], tuple[int, int]]:
    """The field's lines as (start index, text), and the cursor as (line, column)."""
    m, ts = app.metrics, app.typesetter
    lines: list[tuple[int, str]] = []
    index = 0
    for paragraph in field.text.split("\n"):
        wrapped = ts.wrap(paragraph, m.body, width) if paragraph else [""]
        offset = 0
        for piece in wrapped:
            typed = piece if paragraph.find(piece, offset) >= 0 else piece[:-1]  # without a hyphen put in
            at = paragraph.find(typed, offset) if typed else offset
            lines.append((index + at, piece))
            offset = at + len(typed)
        index += len(paragraph) + 1
    cursor = (len(lines) - 1, len(lines[-1][1]))
    for row, (start, line) in enumerate(lines):
        end = start + len(line)
        if start <= field.cursor <= end:
            cursor = (row, field.cursor - start)
            break
    return lines, cursor


def stacked_size(ts: Typesetter, paragraphs: list[str], rect: pygame.Rect, size: int, gap: int) -> int:
    """The largest size, down to 2/3 of `size`, at which these paragraphs fit one below the other in `rect`."""
    smallest = ts.smallest(size)

    def height(at: int) -> int:
        lines = sum(len(ts.wrap(words.strip(), at, rect.width)) for words in paragraphs)
        return lines * ts.line_height(at) + gap * len(paragraphs)

    while size > smallest and height(size) > rect.height:
        size -= 1
    return size
