"""Whether text fits: every screen of a case at a screen size, measured by the typesetter (not by eye).

`fits` answers for one text in one box, with the game's font, so `kleinekernen check` can warn a trainer of a text
that will not fit; `case_misfits` plays a case through the preview and collects what did not fit on each screen.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pygame

from . import draw
from .app import App
from .driver import settle
from .preview import open_preview
from .screenshots import walk_case, walk_session
from .text import Misfit, Typesetter


@functools.cache
def _typesetter(lang: str) -> Typesetter:
    pygame.font.init()
    return Typesetter(lang)


def fits(
    text: str, box: tuple[int, int], size: int, *, lang: str = "nl", bold: bool = False, floor: int | None = None
) -> Misfit | None:
    """None when `text` wraps into a box of `box` (width, height) px at `size`, shrinking down to `floor` at most;
    else what did not fit."""
    ts = _typesetter(lang)
    ts.begin_frame(floor=floor if floor is not None else size)
    surface = pygame.Surface(box)
    draw.paragraph(surface, ts, text, surface.get_rect(), size, bold=bold)
    return ts.misfits[0] if ts.misfits else None


def session_misfits(*, size: tuple[int, int], lang: str, saves: Path) -> list[tuple[str, Misfit]]:
    """Every text that did not fit on the screens of a scripted 3-case session (title, setup, hand-over, end)."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # a tool that draws off screen; the game itself never sets it
    app = App(lang=lang, seed=7, size=size, saves=saves)
    found: list[tuple[str, Misfit]] = []
    walk_session(app, functools.partial(_collect, app, found))
    return found


def _collect(app: App, found: list[tuple[str, Misfit]], screen: str) -> None:
    settle(app)
    app.draw()
    ts = app.typesetter
    found.extend((screen, misfit) for misfit in ts.misfits)
    if ts.smallest_drawn < ts.floor:
        found.append(
            (screen, Misfit("", ts.smallest_drawn, app.screen.get_size(), ts.say("fit.below_floor", floor=ts.floor)))
        )


def case_misfits(case_path: Path, *, size: tuple[int, int], lang: str) -> list[tuple[str, Misfit]]:
    """Every text that did not fit, with the name of its screen, on every screen of this case."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # a tool that draws off screen; the game itself never sets it
    app = open_preview(case_path, lang=lang, size=size)
    found: list[tuple[str, Misfit]] = []
    walk_case(app, functools.partial(_collect, app, found))
    return found
