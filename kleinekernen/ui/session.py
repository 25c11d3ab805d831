"""A session as the screen plays it: the engine's game plus what only the screen keeps (timer, fields)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..content.deck import Deck
from ..engine.choices import Choice, ChooseRole, Continue, Place, PlayMove
from ..engine.game import Game
from ..engine.setup import Setup
from ..engine.state import Step
from ..persistence.journal import Header, JournalWriter
from ..persistence.sessions import Opened
from .textfield import TextField
from .timer import Timer


@dataclass
class PlaySession:
    game: Game
    timer: Timer
    note: TextField = field(default_factory=lambda: TextField(multiline=True, limit=2000))
    action_plan: list[TextField] = field(default_factory=lambda: [TextField(multiline=True) for _ in range(3)])
    writer: JournalWriter | None = None
    saved_plan: list[str] = field(default_factory=lambda: ["", "", ""])

    @classmethod
    def start(cls, deck: Deck, setup: Setup, saves: Path | None = None, lang: str = "nl") -> PlaySession:
        game = Game(deck, setup)
        writer = JournalWriter.create(saves, Header.of(setup, deck.identity(), lang)) if saves is not None else None
        return cls(game, Timer(setup.timer_seconds), writer=writer)

    @classmethod
    def resume(cls, opened: Opened) -> PlaySession:
        """Back where the session stopped: the step, the note being typed, the timer, the plan."""
        game = opened.game
        timer = Timer(game.setup.timer_seconds)
        session = cls(game, timer, writer=JournalWriter(opened.journal.path))
        draft = opened.journal.draft
        if draft is not None and game.step is Step.REFLECT:
            session.note = TextField(text=draft.note, cursor=len(draft.note), multiline=True, limit=2000)
            timer.remaining = draft.timer
        for index, text in enumerate(opened.journal.plan):
            session.action_plan[index] = TextField(text=text, cursor=len(text), multiline=True)
        session.saved_plan = list(opened.journal.plan)
        return session

    @property
    def path(self) -> Path | None:
        return self.writer.path if self.writer else None

    def apply(self, choice: Choice) -> None:
        """Confirm a choice: the engine checks it, the journal keeps it on disk, then the screen goes on."""
        before = self.game.step
        self.game.apply(choice)
        if self.writer is not None:
            self.writer.choice(choice)
        if before is Step.REFLECT:
            self.note = TextField(multiline=True, limit=2000)
            self.timer = Timer(self.game.setup.timer_seconds)

    def last_choice(self) -> Choice | None:
        history = self.game.state.history
        return history[-1] if history else None

    def undo_is_significant(self) -> bool:
        """Undoing this would take back something the group decided (not just a 'go on')."""
        last = self.last_choice()
        if isinstance(last, (Place, ChooseRole, PlayMove)):
            return True
        return isinstance(last, Continue) and bool(last.note or self._last_was_reflect())

    def _last_was_reflect(self) -> bool:
        state = self.game.state
        return state.step in (Step.DRAW, Step.END) and bool(state.results)

    def undo(self) -> Choice | None:
        """Take back the last confirmed choice; a note taken back returns to the notes field."""
        history = self.game.state.history
        if not history:
            return None
        last = history[-1]
        self.game = Game(self.game.deck, self.game.setup, history[:-1])
        if self.writer is not None:
            self.writer.undo()
        if isinstance(last, Continue) and self.game.step is Step.REFLECT:
            self.note = TextField(text=last.note, cursor=len(last.note), multiline=True, limit=2000)
        return last

    def save_plan(self) -> None:
        """Keep the action plan's answers that changed since they were last kept."""
        for index, field_ in enumerate(self.action_plan):
            if field_.text != self.saved_plan[index] and self.writer is not None:
                self.writer.plan(index, field_.text)
                self.saved_plan[index] = field_.text

    def save_draft(self) -> None:
        """Keep what is not confirmed yet: the note being typed and the discussion timer."""
        if self.writer is not None and self.game.step is Step.REFLECT:
            self.writer.draft(self.note.text, self.timer.remaining)
