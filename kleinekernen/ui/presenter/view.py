"""The presenter view drawn: the step now and next, the timer and votes and notes on the left, what to read aloud on
the right. Every text goes through the typesetter into a box, so it fits or is reported (never clipped)."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from .. import draw, theme
from ..scenes.widgets import Setting, draw_text_area
from ..text import Typesetter
from ..textfield import TextField
from ..theme import Metrics
from .briefing import Briefing, Translate

LEFT_SHARE = 0.36
"""The left column's share of the width (the right one holds the story, the longest text)."""


@dataclass(frozen=True)
class Layout:
    heading: pygame.Rect
    now: pygame.Rect
    next: pygame.Rect
    timer: pygame.Rect
    votes: pygame.Rect
    notes: pygame.Rect
    read: pygame.Rect
    hint: pygame.Rect


def _lines_high(ts: Typesetter, text: str, size: int, width: int, most: int, *, bold: bool = False) -> int:
    """The height of `text` wrapped to `width`, at most `most` lines (the paragraph shrinks to fit those)."""
    lines = len(ts.wrap(text, size, width, bold=bold)) if text else 0
    return ts.line_height(size, bold=bold) * max(1, min(most, lines))


def layout(m: Metrics, ts: Typesetter, size: tuple[int, int], briefing: Briefing) -> Layout:
    width, height = size
    body, big = ts.line_height(m.body), ts.line_height(m.title * 2, bold=True)
    inner = pygame.Rect(m.margin, m.margin, width - m.margin * 2, height - m.margin * 2)
    heading = pygame.Rect(
        inner.left, inner.top, inner.width, _lines_high(ts, briefing.heading, m.heading, inner.width, 2, bold=True)
    )
    hint_high = _lines_high(ts, briefing.hint, m.body, inner.width, 2)
    hint = pygame.Rect(inner.left, inner.bottom - hint_high, inner.width, hint_high)
    top, bottom = heading.bottom + m.margin, hint.top - m.gap
    left_width = int(inner.width * LEFT_SHARE)
    now = pygame.Rect(inner.left, top, left_width, _lines_high(ts, briefing.now, m.body, left_width, 3, bold=True))
    after = pygame.Rect(
        inner.left, now.bottom + m.gap, left_width, _lines_high(ts, briefing.next, m.body, left_width, 3)
    )
    timer = pygame.Rect(inner.left, after.bottom + m.gap, left_width, big + body * 2 if briefing.timer else 0)
    counted = pygame.Rect(inner.left, timer.bottom + m.gap, left_width, body * 2 if briefing.votes else 0)
    notes_top = counted.bottom + m.gap + body
    notes = pygame.Rect(inner.left, notes_top, left_width, bottom - notes_top)
    read = pygame.Rect(inner.left + left_width + m.margin, top, inner.width - left_width - m.margin, bottom - top)
    return Layout(heading, now, after, timer, counted, notes, read, hint)


def draw_presenter(
    surface: pygame.Surface,
    setting: Setting,
    briefing: Briefing,
    note: TextField | None,
    focused: bool,
    t: Translate,
) -> Layout:
    """The whole view on `surface`; `note` is the group's notes field when it is open (the reflection)."""
    m, ts = setting.metrics, setting.typesetter
    places = layout(m, ts, surface.get_size(), briefing)
    draw.paragraph(surface, ts, briefing.heading, places.heading, m.heading, colour=theme.INK, bold=True)
    draw.paragraph(surface, ts, briefing.now, places.now, m.body, colour=theme.INK, bold=True)
    draw.paragraph(surface, ts, briefing.next, places.next, m.body, colour=theme.MUTED)
    if briefing.timer:
        clock = draw.text(
            surface, ts, briefing.timer, places.timer.topleft, m.title * 2, colour=theme.INK, bold=True,
            within=places.timer,
        )  # fmt: skip
        state = pygame.Rect(places.timer.left, clock.bottom, places.timer.width, places.timer.bottom - clock.bottom)
        draw.paragraph(surface, ts, briefing.timer_state, state, m.body, colour=theme.MUTED)
    if briefing.votes:
        draw.paragraph(surface, ts, briefing.votes, places.votes, m.body, colour=theme.GOOD, bold=True)
    label = (places.notes.left, places.notes.top - ts.line_height(m.body))
    draw.text(surface, ts, t("reflect.notes"), label, m.body, colour=theme.INK, bold=True, within=surface.get_rect())
    if note is not None:
        draw_text_area(setting, surface, places.notes, note, focused, t("presenter.notes_empty"))
    else:
        draw.card(surface, m, places.notes, fill=theme.PAPER)
        inside = places.notes.inflate(-m.gap * 2, -m.gap * 2)
        draw.paragraph(surface, ts, t("presenter.notes_later"), inside, m.body, colour=theme.MUTED)
    _draw_read_aloud(surface, m, ts, briefing, places.read)
    draw.paragraph(surface, ts, briefing.hint, places.hint, m.body, colour=theme.MUTED)
    return places


def _draw_read_aloud(
    surface: pygame.Surface, m: Metrics, ts: Typesetter, briefing: Briefing, rect: pygame.Rect
) -> None:
    if not briefing.read_title:
        return
    draw.card(surface, m, rect)
    inner = rect.inflate(-m.margin * 2, -m.margin * 2)
    label = pygame.Rect(inner.left, inner.top, inner.width, ts.line_height(m.body, bold=True))
    draw.paragraph(surface, ts, briefing.read_label, label, m.body, colour=theme.MUTED, bold=True)
    title = pygame.Rect(inner.left, label.bottom, inner.width, ts.line_height(m.heading, bold=True) * 3)
    bottom = draw.paragraph(
        surface, ts, briefing.read_title, title, m.heading, colour=theme.INK, bold=True, max_lines=3
    )
    story = pygame.Rect(inner.left, bottom + m.gap, inner.width, inner.bottom - bottom - m.gap)
    draw.paragraph(surface, ts, briefing.read_text, story, m.body, colour=theme.INK)
