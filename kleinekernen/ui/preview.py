"""`kleinekernen preview CASE.toml`: the game opened straight on one case, reloaded when the file is saved.

A broken save shows its errors on screen (FILE:LINE: field: message) and the last good version stays
playable underneath; fixing the file brings the new version up within a second.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pygame

from .. import paths
from ..content.deck import Deck, display_name, load_deck
from ..content.problems import Problem
from ..engine.errors import EngineError
from ..engine.setup import Player, Setup
from . import draw, theme
from .app import App
from .scenes.base import Host, Scene
from .session import PlaySession

POLL_SECONDS = 0.25


def load_with_case(case_path: Path, lang: str) -> tuple[Deck, str | None, list[Problem]]:
    """The built-in deck plus this case file; the case's id, or its problems."""
    result = load_deck(paths.scenarios(), assets=paths.assets(), lang=lang, extra_cases=[case_path])
    mine = [p for p in result.problems if p.file == display_name(case_path)]
    found = next((cid for cid, path in result.deck.case_files.items() if path.resolve() == case_path.resolve()), None)
    return result.deck, found, mine


def start_preview(app: App, deck: Deck, case_id: str) -> None:
    setup = Setup(
        seed=app.seed,
        players=(Player("Burgers", "burgers"), Player("Partners", "partners"), Player("Overheid", "overheid")),
        case_count=1,
        cases=(case_id,),
    )
    app.context.preview = True
    app.context.set_deck(deck)
    app.context.start(PlaySession.start(deck, setup))
    app.reset("case")


class Watcher:
    """Looks at the case file's modification time a few times a second and reloads when it changes."""

    def __init__(self, app: App, case_path: Path) -> None:
        app.register("errors", ErrorsOverlay)
        self.app = app
        self.path = case_path
        self.seen = self._stamp()
        self.checked = 0.0
        self.problems: list[Problem] = []

    def _stamp(self) -> tuple[float, int]:
        try:
            stat = os.stat(self.path)
        except OSError:
            return (0.0, -1)
        return (stat.st_mtime, stat.st_size)

    def poll(self) -> bool:
        now = time.monotonic()
        if now - self.checked < POLL_SECONDS:
            return False
        self.checked = now
        stamp = self._stamp()
        if stamp == self.seen:
            return False
        self.seen = stamp
        self.reload()
        return True

    def reload(self) -> None:
        deck, case_id, problems = load_with_case(self.path, self.app.lang)
        if isinstance(self.app.scene, ErrorsOverlay):
            self.app.pop()
        self.problems = problems
        if problems or case_id is None:
            self.app.push("errors", problems=problems)
        else:
            start_preview(self.app, deck, case_id)
        self.app.dirty = True


class ErrorsOverlay(Scene):
    """The broken file's errors, in place of the card; any key returns to the last good version."""

    overlay = True
    menu = False
    help_key = "help.preview"

    def __init__(self, app: Host, problems: list[Problem]) -> None:
        super().__init__(app)
        self.problems = problems

    def draw(self, surface: pygame.Surface) -> None:
        m, ts = self.app.metrics, self.app.typesetter
        surface.fill(theme.PAPER)  # in place of the card: nothing of the scene below shows through
        box = surface.get_rect().inflate(-m.margin * 4, -m.margin * 4)
        draw.card(surface, m, box)
        inner = box.inflate(-m.margin * 2, -m.margin * 2)
        draw.text(surface, ts, self.app.t("preview.broken"), inner.topleft, m.heading, colour=theme.BAD, bold=True)
        y = inner.top + ts.line_height(m.heading) + m.gap
        for problem in self.problems[:8]:
            line = f"{problem.file}:{problem.line}: {problem.field}: {problem.message}"
            y = draw.paragraph(
                surface,
                ts,
                line,
                pygame.Rect(inner.left, y, inner.width, inner.bottom - y),
                m.body,
                colour=theme.INK,
                max_lines=3,
            )
        draw.text(
            surface,
            ts,
            self.app.t("preview.hint"),
            (inner.left, inner.bottom),
            m.body,
            colour=theme.MUTED,
            anchor="bottomleft",
        )

    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
            self.app.pop()


class DeckWatcher(Watcher):
    """`play --watch`: any saved scenario file reloads the deck; a running session is replayed on it."""

    def __init__(self, app: App) -> None:
        self.folder = app.scenarios
        super().__init__(app, app.scenarios)

    def _stamp(self) -> tuple[float, int]:
        files = [p for p in self.folder.rglob("*.toml") if p.is_file()]
        latest = max((p.stat().st_mtime for p in files), default=0.0)
        return (latest, len(files))

    def reload(self) -> None:
        result = load_deck(self.folder, assets=paths.assets(), lang=self.app.lang)
        if isinstance(self.app.scene, ErrorsOverlay):
            self.app.pop()
        if result.problems:
            self.app.push("errors", problems=result.problems)
            return
        try:
            self.app.context.reload_deck(result.deck)
        except (EngineError, KeyError):
            self.app.push("errors", problems=[])


_SCRATCH: list[tempfile.TemporaryDirectory[str]] = []
"""The preview's own saves folder, kept for the life of the process: a trainer's try-outs never land in the
group's saves/ nor count in "how earlier sessions chose"."""


def open_preview(case_path: Path, *, lang: str = "nl", size: tuple[int, int] = (1280, 720), seed: int = 1) -> App:
    scratch = tempfile.TemporaryDirectory(prefix="kleinekernen-preview-")
    _SCRATCH.append(scratch)
    app = App(lang=lang, seed=seed, size=size, saves=Path(scratch.name))
    app.watcher = Watcher(app, case_path)
    app.watcher.reload()
    return app
