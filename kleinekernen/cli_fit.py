"""`kleinekernen check`'s warnings: a case's title, question or other villages' story that will not fit on its
screen at 1280x720, in either language, with how many characters do fit.

The boxes follow the case screen's layout (ui/scenes/steps: card.py, reflect.py, reveal.py) without a window:
the layout service (ui/fitcheck.fits) measures each text in its box with the game's font.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pygame

from .content.models import Case
from .i18n import LANGUAGES, Catalog
from .ui.fitcheck import fits
from .ui.text import Typesetter

SCREEN = (1280, 720)


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


@dataclass(frozen=True)
class FitWarning:
    file: str
    field: str
    lang: str
    length: int
    fitting: int

    def line(self, lang: str) -> str:
        return Catalog(lang)(
            "cli.fit_warning",
            file=self.file,
            field=self.field,
            lang=self.lang,
            length=self.length,
            fitting=self.fitting,
        )


def boxes(line_height: Callable[[int, bool], int]) -> dict[str, Box]:
    """The boxes of title (the story card), question (reflect) and other_villages (the reveal) at SCREEN."""
    width, height = SCREEN
    body_px = max(12, -(-height // 30))
    heading, margin, gap = round(body_px * 1.45), max(8, height // 36), max(4, height // 90)
    top = margin + line_height(heading, False) + line_height(body_px, False) + gap
    bottom = height - margin - line_height(body_px, False) - gap
    body_w, body_h = width - margin * 4, bottom - top
    inner_w, inner_h = body_w - margin * 2, body_h - margin * 2
    card_text_w = inner_w - inner_w * 2 // 5 - margin
    return {
        "title": Box(card_text_w, line_height(heading, True) * 2, heading, heading, bold=True),
        "question": Box(body_w * 2 // 5, body_h // 2 - gap, heading, body_px, bold=True),
        "other_villages": Box(
            inner_w - inner_w * 9 // 20 - margin, inner_h - line_height(heading, False), body_px, body_px
        ),
    }


def case_texts(case: Case, lang: str) -> Iterable[tuple[str, str, str]]:
    """(field as in the file, its box's name, its text)."""
    yield "title", "title", case.title.get(lang)
    for index, question in enumerate(case.questions):
        yield f"questions[{index}]", "question", question.get(lang)
    yield "other_villages", "other_villages", case.other_villages.get(lang)


@functools.cache
def _typesetter(lang: str) -> Typesetter:
    pygame.font.init()
    return Typesetter(lang)


def fit_warnings(cases: Iterable[tuple[str, Case]]) -> list[FitWarning]:
    """Every field of these (file, case) that will not fit on its screen, per language; Unmeasurable when the
    font cannot be opened."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # a tool that measures off screen; the game never sets it
    try:
        return _fit_warnings(list(cases))
    except (OSError, pygame.error) as error:
        raise Unmeasurable(str(error)) from None


def _fit_warnings(listed: list[tuple[str, Case]]) -> list[FitWarning]:
    found: list[FitWarning] = []
    for lang in LANGUAGES:
        where = boxes(_typesetter(lang).line_height)
        for file, case in listed:
            for field, box_name, text in case_texts(case, lang):
                box = where[box_name]
                if not _fits(text, box, lang):
                    found.append(FitWarning(file, field, lang, len(text), _longest_fitting(text, box, lang)))
    return found


def _fits(text: str, box: Box, lang: str) -> bool:
    return fits(text, (box.width, box.height), box.size, lang=lang, bold=box.bold, floor=box.floor) is None


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
