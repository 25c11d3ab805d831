"""`kleinekernen check`'s warnings: a case's title, story, question or other villages' story that will not fit on
its screen at 1280x720, in either language, with how many characters do fit, at the text's line in its file.

The boxes are the case screen's own (ui/scenes/steps/boxes.py, which the step views draw into), without a window:
the layout service (ui/fitcheck.fits) measures each text in its box with the game's font.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pygame

from .content.models import Case
from .content.positions import Path as KeyPath
from .content.problems import field_path
from .i18n import LANGUAGES, Catalog
from .ui.draw import fitted_lines
from .ui.fitcheck import fits
from .ui.scenes.steps import boxes as steps_boxes
from .ui.text import Typesetter
from .ui.theme import Metrics

SCREEN = (1280, 720)
Where = Callable[[str, KeyPath], tuple[int, int]]
"""(file, field path with its language) -> (line, column) of that text in the file."""


class Unmeasurable(Exception):
    """The game's font could not be opened (e.g. a home folder without assets/fonts): nothing was measured."""


@dataclass(frozen=True)
class Box:
    """Where a field's text goes on screen: its size in px, the size it starts at, the size it may shrink to."""

    width: int
    height: int
    size: int
    floor: int
    bold: bool = False
    max_lines: int | None = None


@dataclass(frozen=True)
class FitWarning:
    """Printed as `FILE:LINE:COL: title.nl: waarschuwing: past niet op het scherm ...`, like check's other warnings."""

    file: str
    field: str
    lang: str
    length: int
    fitting: int
    at: tuple[int, int] = (1, 1)

    def line(self, lang: str) -> str:
        text = Catalog(lang)("cli.fit_warning_at", length=self.length, fitting=self.fitting)
        return f"{self.file}:{self.at[0]}:{self.at[1]}: {self.field}.{self.lang}: {text}"


def box_for(box_name: str, text: str, ts: Typesetter, screen: tuple[int, int] = SCREEN, title: str = "") -> Box:
    """The box `text` goes into on the case screen at `screen` (no alert shown), from the step views' own layout
    (ui/scenes/steps/boxes.py): the title and (below that `title`) the story on the story card, a question at
    reflect, other villages at the reveal."""
    m = Metrics(*screen)
    card = steps_boxes.case_body(m, ts, pygame.Rect((0, 0), screen))  # the story card's buttons share the footer
    body = steps_boxes.case_body(m, ts, pygame.Rect((0, 0), screen), flow=True)  # reflect and reveal end above them
    floor = ts.smallest  # the views shrink a text down to two thirds of its size, never below the screen's floor
    if box_name == "title":
        rect, size = steps_boxes.card_title(m, ts, steps_boxes.card_columns(m, card)[1], text)
        return Box(rect.width, rect.height, size, floor(size), bold=True, max_lines=steps_boxes.TITLE_LINES)
    if box_name == "story":
        column = steps_boxes.card_columns(m, card)[1]
        heading, size = steps_boxes.card_title(m, ts, column, title)
        lines, size = fitted_lines(ts, title.strip(), heading, size, bold=True, max_lines=steps_boxes.TITLE_LINES)
        rect = steps_boxes.card_story(m, column, heading.top + len(lines) * ts.line_height(size, bold=True))
        return Box(rect.width, rect.height, m.body, floor(m.body))
    if box_name == "question":
        rect = steps_boxes.reflect_question(m, body)
        return Box(rect.width, rect.height, m.heading, floor(m.heading), bold=True)
    rect = steps_boxes.other_villages(m, ts, steps_boxes.reveal_columns(m, body)[1])
    return Box(rect.width, rect.height, m.body, floor(m.body))


def case_texts(case: Case, lang: str) -> Iterable[tuple[KeyPath, str, str]]:
    """(where the field stands in the file, its box's name, its text)."""
    yield ("title",), "title", case.title.get(lang)
    yield ("story",), "story", case.story.get(lang)
    for index, question in enumerate(case.questions):
        yield ("questions", index), "question", question.get(lang)
    yield ("other_villages",), "other_villages", case.other_villages.get(lang)


@functools.cache
def _typesetter(lang: str) -> Typesetter:
    pygame.font.init()
    return Typesetter(lang)


def fit_warnings(cases: Iterable[tuple[str, Case]], where: Where | None = None) -> list[FitWarning]:
    """Every field of these (file, case) that will not fit on its screen, per language, placed in its file by
    `where(file, field path)` when given; Unmeasurable when the font cannot be opened."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # a tool that measures off screen; the game never sets it
    try:
        return _fit_warnings(list(cases), where or (lambda file, loc: (1, 1)))
    except (OSError, pygame.error) as error:
        raise Unmeasurable(str(error)) from None


def _fit_warnings(listed: list[tuple[str, Case]], where: Where) -> list[FitWarning]:
    found: list[FitWarning] = []
    for lang in LANGUAGES:
        ts = _typesetter(lang)
        ts.begin_frame(floor=Metrics(*SCREEN).floor)
        for file, case in listed:
            for loc, box_name, text in case_texts(case, lang):
                box = box_for(box_name, text, ts, title=case.title.get(lang))
                if not _fits(text, box, lang):
                    fitting = _longest_fitting(text, box, lang)
                    at = where(file, (*loc, lang))
                    found.append(FitWarning(file, field_path(loc), lang, len(text), fitting, at))
    return found


def _fits(text: str, box: Box, lang: str) -> bool:
    size, bold, floor, lines = box.size, box.bold, box.floor, box.max_lines
    return fits(text, (box.width, box.height), size, lang=lang, bold=bold, floor=floor, max_lines=lines) is None


def _longest_fitting(text: str, box: Box, lang: str) -> int:
    """How many characters of `text` fit (a binary search over its prefixes)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if _fits(text[:middle], box, lang):
            low = middle
        else:
            high = middle - 1
    return low
