"""A session as the screen plays it: the engine's game plus what only the screen keeps (timer, fields)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..content.deck import Deck
from ..engine.choices import Choice, ChooseRole, Continue, Place, PlayMove
from ..engine.game import Game
from ..engine.setup import Setup
from ..engine.state import Step
from .textfield import TextField
from .timer import Timer


@dataclass
class PlaySession:
    game: Game
    timer: Timer
    note: TextField = field(default_factory=lambda: TextField(multiline=True, limit=2000))
    action_plan: list[TextField] = field(default_factory=lambda: [TextField(multiline=True) for _ in range(3)])

    @classmethod
    def start(cls, deck: Deck, setup: Setup) -> PlaySession:
        return cls(Game(deck, setup), Timer(setup.timer_seconds))

    def apply(self, choice: Choice) -> None:
        before = self.game.step
        self.game.apply(choice)
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
        if isinstance(last, Continue) and self.game.step is Step.REFLECT:
            self.note = TextField(text=last.note, cursor=len(last.note), multiline=True, limit=2000)
        return last
