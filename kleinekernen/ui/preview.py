"""`kleinekernen preview CASE.toml`: the game opened straight on one case, reloaded when the file is saved.

A broken save shows its errors on screen (FILE:LINE:COL: field: message) and the last good version stays
playable underneath; fixing the file brings the new version up within a second, on the same step with the
same choices where the edited case still allows them. A first load that fails shows its errors until fixed.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .. import paths
from ..content.deck import Deck, display_name, load_deck
from ..content.problems import Problem
from ..engine.choices import Choice, ChooseRole, PlayMove
from ..engine.errors import EngineError
from ..engine.game import Game
from ..engine.picks import Picks, Replayed, dealing_seed, replay_while_legal
from ..engine.setup import Player, Setup
from .app import App
from .preview_errors import ErrorsOverlay, FirstLoadErrors
from .scenes.case import CaseScene
from .session import PlaySession

POLL_SECONDS = 0.25


def load_with_case(case_path: Path, lang: str) -> tuple[Deck, str | None, list[Problem]]:
    """The built-in deck plus this case file; the case's id, or its problems."""
    result = load_deck(paths.scenarios(), assets=paths.assets(), lang=lang, extra_cases=[case_path])
    mine = [p for p in result.problems if p.file == display_name(case_path)]
    found = next((cid for cid, path in result.deck.case_files.items() if path.resolve() == case_path.resolve()), None)
    return result.deck, found, mine


def describe(choice: Choice, t: Callable[..., str]) -> str:
    """A choice as the trainer wrote it: the role or move id with its corner, or the placement."""
    if isinstance(choice, ChooseRole):
        return t("preview.choice.role", corner=t(f"corner.{choice.corner}"), id=choice.role)
    if isinstance(choice, PlayMove):
        return t("preview.choice.move", corner=t(f"corner.{choice.corner}"), id=choice.move)
    return t("preview.choice.other")


def start_preview(app: App, deck: Deck, case_id: str, seed: int, choices: Sequence[Choice] = ()) -> Replayed:
    """The case on screen, with as many of `choices` as the (edited) case still allows; a banner names the
    first one it refused."""
    setup = Setup(
        seed=seed,
        players=(Player("Burgers", "burgers"), Player("Partners", "partners"), Player("Overheid", "overheid")),
        case_count=1,
        cases=(case_id,),
    )
    replayed = replay_while_legal(deck, setup, choices)
    app.context.preview = True
    app.context.set_deck(deck)
    session = PlaySession.start(deck, setup)
    session.game = Game(deck, setup, replayed.state.history)
    notices = []
    if replayed.refused is not None:
        notices.append(app.t("preview.refused", number=replayed.kept + 1, choice=describe(replayed.refused, app.t)))
    app.context.start(session, notices)
    app.reset("case")
    return replayed


class Watcher:
    """Looks at the case file's modification time a few times a second and reloads when it changes.

    A reload keeps the preview's place: the choices made so far are replayed on the edited case."""

    def __init__(self, app: App, case_path: Path, picks: Picks | None = None) -> None:
        app.register("errors", ErrorsOverlay)
        app.register("preview_errors", FirstLoadErrors)
        self.app = app
        self.path = case_path
        self.picks = picks or Picks()
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
        if isinstance(self.app.scene, ErrorsOverlay) and self.app.scene.overlay:  # not the first-load screen
            self.app.pop()
        self.problems = problems
        if problems or case_id is None:
            if self.app.session is None:  # nothing loaded yet: the errors, not the title
                self.app.reset("preview_errors", problems=problems)
            else:
                self.app.push("errors", problems=problems)
        else:
            self.show(deck, case_id)
        self.app.dirty = True

    def show(self, deck: Deck, case_id: str) -> None:
        session = self.app.session
        if session is None:
            choices: Sequence[Choice] = self.picks.choices(deck.cases[case_id])
            seed = dealing_seed(deck, self.picks.moves, self.app.seed)
        else:
            choices, seed = session.game.state.history, session.game.setup.seed
        before, step = self.app.scene, session.game.step if session else None
        start_preview(self.app, deck, case_id, seed, choices)
        after = self.app.scene
        if isinstance(before, CaseScene) and isinstance(after, CaseScene) and step is not None:
            after.keep_view_of(before, step)


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
        if isinstance(self.app.scene, ErrorsOverlay) and self.app.scene.overlay:  # not the first-load screen
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


def open_preview(
    case_path: Path,
    *,
    lang: str = "nl",
    size: tuple[int, int] = (1280, 720),
    seed: int = 1,
    picks: Picks | None = None,
) -> App:
    """The game on one case file (opened where `picks` lead), reloaded on every save."""
    scratch = tempfile.TemporaryDirectory(prefix="kleinekernen-preview-")
    _SCRATCH.append(scratch)
    app = App(lang=lang, seed=seed, size=size, saves=Path(scratch.name))
    app.watcher = Watcher(app, case_path, picks)
    app.watcher.reload()
    return app
