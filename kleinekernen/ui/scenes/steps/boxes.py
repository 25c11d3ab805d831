"""Where a case's own texts go on screen: the one home of the boxes the step views lay text into and that
`kleinekernen check` measures (cli_fit.py), so the check and the screen cannot drift apart.

Each function takes the screen's metrics and the typesetter (for line heights) and returns rectangles; none draws.
"""

from __future__ import annotations

import pygame

from ...text import Typesetter
from ...theme import Metrics
from ..placing import size_that_fits

TITLE_LINES = 2
"""A case's title on its card takes two lines at most (it shrinks to fit them)."""


def header_bottom(m: Metrics, ts: Typesetter) -> int:
    """The y below the case screen's header (the case's number and title, and the line under it)."""
    return m.margin + ts.line_height(m.heading) + ts.line_height(m.body) + m.gap


def case_body(m: Metrics, ts: Typesetter, screen: pygame.Rect, *, alert: int = 0, flow: bool = False) -> pygame.Rect:
    """The area between the header (and an alert of `alert` px under it) and the footer, where a step is drawn.

    With `flow` (a step that goes on with Verder and Terug) it ends above those buttons, clear of their focus ring
    and of its own shadow; otherwise just above the footer's hint."""
    top = header_bottom(m, ts) + alert
    bottom = screen.height - m.margin - ts.line_height(m.body) - m.gap
    if flow:
        bottom = flow_buttons(m, screen)[0].top - button_clearance(m)
    return pygame.Rect(m.margin * 2, top, screen.width - m.margin * 4, bottom - top)


def button_height(m: Metrics) -> int:
    return round(m.body * 1.6)


def button_clearance(m: Metrics) -> int:
    """The room between a card and a button below it: the card's shadow, the button's focus ring and a gap."""
    shadow = m.line * 2  # draw.card
    ring = m.line * 2  # draw.focus_ring inflates the button by line * 4
    return shadow + ring + m.gap


def flow_buttons(m: Metrics, screen: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
    """Verder (at the right) and Terug left of it, in the row above the footer's hint: the same place on the case's
    steps and on the end screen."""
    height, width = button_height(m), m.body * 7
    on = pygame.Rect(screen.width - m.margin * 2 - width, screen.height - m.margin * 2 - height - m.body, width, height)
    return on, on.move(-(width + m.gap * 2), 0)


def footer_buttons(m: Metrics, screen: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
    """Verder and Terug on the footer's own row, at the right: the story card's, whose story needs every line the
    screen has (ending it above `flow_buttons` would cost a story line at 1280x720)."""
    height, width = button_height(m), m.body * 7
    on = pygame.Rect(screen.width - m.margin * 2 - width, screen.height - m.margin - height, width, height)
    return on, on.move(-(width + m.gap * 2), 0)


def card_columns(m: Metrics, body: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
    """The story card's picture (left, two fifths) and its text column."""
    inner = body.inflate(-m.margin * 2, -m.margin * 2)
    art = pygame.Rect(inner.left, inner.top, inner.width * 2 // 5, inner.height)
    text = pygame.Rect(art.right + m.margin, inner.top, inner.right - art.right - m.margin, inner.height)
    return art, text


def card_title(m: Metrics, ts: Typesetter, text: pygame.Rect, title: str) -> tuple[pygame.Rect, int]:
    """The box of the case's title on its card (TITLE_LINES at the top of the text column) and its size."""
    size = max(size_that_fits(ts, title, text, m.title, bold=True), m.heading)
    return pygame.Rect(text.left, text.top, text.width, ts.line_height(size, bold=True) * TITLE_LINES), size


def card_story(m: Metrics, text: pygame.Rect, title_bottom: int) -> pygame.Rect:
    """The story on its card: the text column below the title (whose last line ends at `title_bottom`)."""
    return pygame.Rect(text.left, title_bottom + m.gap, text.width, text.bottom - title_bottom - m.gap)


def reflect_question(m: Metrics, body: pygame.Rect) -> pygame.Rect:
    """The reflection question: the upper half of the left two fifths, above the timer."""
    return pygame.Rect(body.left, body.top, body.width * 2 // 5, body.height // 2 - m.gap)


def reflect_timer(m: Metrics, body: pygame.Rect) -> pygame.Rect:
    """The timer's start/pause button, halfway down the question's column."""
    left = pygame.Rect(body.left, body.top, body.width * 2 // 5, body.height)
    return pygame.Rect(left.left, left.top + left.height // 2, left.width * 3 // 5, m.body * 2)


def reveal_columns(m: Metrics, body: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
    """The reveal's verdict column (left, nine twentieths) and the other villages' column."""
    inner = body.inflate(-m.margin * 2, -m.margin * 2)
    left = pygame.Rect(inner.left, inner.top, inner.width * 9 // 20, inner.height)
    others = pygame.Rect(left.right + m.margin, inner.top, inner.right - left.right - m.margin, inner.height)
    return left, others


def other_villages(m: Metrics, ts: Typesetter, others: pygame.Rect) -> pygame.Rect:
    """The other villages' story: the reveal's right column below its heading."""
    heading = ts.line_height(m.heading)
    return pygame.Rect(others.left, others.top + heading, others.width, others.height - heading)
