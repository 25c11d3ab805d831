"""`kleinekernen screenshots OUTDIR --presenter`: the scripted session with the presenter view open, each screen as
three PNGs: the audience's window, the presenter's window, and both side by side (as the two screens stand)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame

from .. import theme
from ..app import App
from ..driver import settle
from ..screenshots import shoot_session


@dataclass
class ShownRoom:
    """A room of phones for the pictures: open, with a fixed number of votes in."""

    count: int = 9

    def is_open(self) -> bool:
        return True

    def voted(self) -> int:
        return self.count


def side_by_side(left: pygame.Surface, right: pygame.Surface, gap: int) -> pygame.Surface:
    """Two screens next to each other on a dark strip, top-aligned."""
    width = left.get_width() + gap + right.get_width()
    height = max(left.get_height(), right.get_height())
    both = pygame.Surface((width, height))
    both.fill(theme.NIGHT)
    both.blit(left, (0, 0))
    both.blit(right, (left.get_width() + gap, 0))
    return both


def _shot(app: App, outdir: Path, shots: list[Path], name: str) -> None:
    settle(app)
    assert app.presenter is not None
    number = len(shots) // 3 + 1
    audience, presenter = app.screen, app.presenter.surface()
    for part, surface in (
        ("audience", audience),
        ("presenter", presenter),
        ("both", side_by_side(presenter, audience, max(8, audience.get_height() // 60))),
    ):
        path = outdir / f"{number:02d}-{name}-{part}.png"
        pygame.image.save(surface, str(path))
        shots.append(path)


def render_presenter_screenshots(
    outdir: Path, *, size: tuple[int, int] = (1280, 720), lang: str = "nl", seed: int = 7
) -> list[Path]:
    """The scripted session of `kleinekernen screenshots`, with the presenter view open and a room of 9 votes."""

    def prepare(app: App) -> None:
        if app.presenter is not None:
            app.presenter.window.size = size
        app.context.room = ShownRoom()

    return shoot_session(outdir, _shot, size=size, lang=lang, seed=seed, presenter=True, prepare=prepare)
