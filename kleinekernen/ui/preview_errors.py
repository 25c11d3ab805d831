"""The preview's error screens: a broken save over the last good version, or a first load that failed.

Each error is shown as the loader prints it (`FILE:LINE:COL: field: message`), wrapped to fit; errors that do
not fit whole are counted on a last line, never cut off.
"""

from __future__ import annotations

import pygame

from ..content.problems import Problem
from . import draw, theme
from .scenes.base import Host, Scene
from .scenes.help_button import help_button_rect
from .scenes.widgets import stacked_size


def draw_problems(app: Host, surface: pygame.Surface, problems: list[Problem], heading: str, hint: str) -> None:
    m, ts = app.metrics, app.typesetter
    surface.fill(theme.PAPER)  # in place of the card: nothing of the scene below shows through
    box = surface.get_rect().inflate(-m.margin * 4, -m.margin * 4)
    box.height -= help_button_rect(app).bottom + m.gap - box.top  # below the help button
    box.top = help_button_rect(app).bottom + m.gap
    draw.card(surface, m, box)
    inner = box.inflate(-m.margin * 2, -m.margin * 2)
    y = draw.paragraph(surface, ts, heading, inner, m.heading, colour=theme.BAD, bold=True) + m.gap
    hint_height = len(ts.wrap(hint, m.body, inner.width)) * ts.line_height(m.body)
    area = pygame.Rect(inner.left, y, inner.width, inner.bottom - hint_height - m.gap - y)
    lines = [str(problem) for problem in problems]
    size = stacked_size(ts, lines, area, m.body, m.gap // 2)
    more_height = ts.line_height(size)
    used = 0
    shown = 0
    for line in lines:
        height = len(ts.wrap(line, size, area.width)) * ts.line_height(size) + m.gap // 2
        rest = len(lines) - shown - 1
        if used + height + (more_height if rest else 0) > area.height:
            break
        used += height
        shown += 1
    for line in lines[:shown]:
        y = draw.paragraph(surface, ts, line, pygame.Rect(area.left, y, area.width, area.bottom - y), size) + m.gap // 2
    if shown < len(lines):
        more = app.t("preview.more_errors", count=len(lines) - shown)
        draw.text(surface, ts, more, (area.left, y), size, colour=theme.MUTED)
    rect = pygame.Rect(inner.left, inner.bottom - hint_height, inner.width, hint_height)
    draw.paragraph(surface, ts, hint, rect, m.body, colour=theme.MUTED)


class ErrorsOverlay(Scene):
    """The broken file's errors, in place of the card; any key returns to the last good version."""

    overlay = True
    menu = False
    help_key = "help.preview"
    heading_key, hint_key = "preview.broken", "preview.hint"

    def __init__(self, app: Host, problems: list[Problem]) -> None:
        super().__init__(app)
        self.problems = problems

    def draw(self, surface: pygame.Surface) -> None:
        draw_problems(self.app, surface, self.problems, self.app.t(self.heading_key), self.app.t(self.hint_key))

    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
            self.app.pop()


class FirstLoadErrors(ErrorsOverlay):
    """The case could not be loaded at all: its errors, until the trainer saves a version that loads."""

    overlay = False
    heading_key, hint_key = "preview.first_broken", "preview.first_hint"

    def handle(self, event: pygame.event.Event) -> None:
        Scene.handle(self, event)  # nothing underneath to return to: keys do what they do on any screen
