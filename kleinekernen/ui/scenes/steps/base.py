"""What every step view reads (the case's state on screen) and the small protocol each view keeps.

A view lays out its own stops and draws its step; it never changes the game. Choices go back through
`CaseState.choose`, which the case scene implements.
"""

from __future__ import annotations

import pygame

from ....content.models import Case, Corner
from ....engine.state import Step
from ....persistence.index import CaseShares
from ...painter import Painter
from ...session import PlaySession
from ..base import Host, Stop
from .vote import RoomVote


class CaseState:
    """The case scene's state as its views see it."""

    app: Host
    focus: int

    def __init__(self, app: Host) -> None:
        self.app = app
        self.revealed = False
        self.animation = 1.0
        self.page = 0
        self.reasons = False
        """The outcome shows every reason (True) or the outcome in a few sentences (False)."""
        self.handover: Corner | None = None
        self.earlier: CaseShares | None = None
        self.examples: dict[str, list[str]] | None = None
        self.room_vote = RoomVote(self)
        """The phones' vote on this case's placement, when the room is open."""
        self.question_index: int | None = None
        """In the preview: which of the case's questions the reflection shows (None: the one the game picks)."""

    def keep_view_of(self, before: CaseState, step: Step) -> None:
        """After a preview reload on the same step (`step` is the one `before` showed): the same page of
        reasons, the same reveal, the same question."""
        if step is not self.step:
            return
        self.reasons, self.page, self.revealed = before.reasons, before.page, before.revealed
        self.question_index, self.focus, self.animation = before.question_index, before.focus, 1.0

    @property
    def session(self) -> PlaySession:
        session = self.app.session
        assert session is not None
        return session

    @property
    def step(self) -> Step:
        return self.session.game.step

    @property
    def case(self) -> Case:
        case = self.session.game.case
        assert case is not None
        return case

    def choose(self, choice: object) -> None:
        raise NotImplementedError

    def toggle_timer(self) -> None:
        raise NotImplementedError

    def next_question(self) -> None:
        """The preview's question button: the case's next question, round and round."""
        count = len(self.case.questions)
        self.question_index = 0 if self.question_index is None else (self.question_index + 1) % count
        self.app.dirty = True

    def toggle_reasons(self) -> None:
        """The outcome's button (and the clicker's F5): from the sentences to every reason and back."""
        self.reasons = not self.reasons
        self.page = 0
        self.app.dirty = True

    def focused_key(self) -> str:
        stops = self.stops(self.app.screen_rect())
        return stops[self.focus].key if 0 <= self.focus < len(stops) else ""

    def body_rect(self, screen: pygame.Rect) -> pygame.Rect:
        raise NotImplementedError

    def stops(self, screen: pygame.Rect) -> list[Stop]:
        raise NotImplementedError


class StepView:
    """One step of the case on screen: its stops (cards, squares, fields) and its drawing."""

    def __init__(self, state: CaseState) -> None:
        self.state = state

    @property
    def app(self) -> Host:
        return self.state.app

    def painter(self, surface: pygame.Surface) -> Painter:
        """Draws on `surface` with the screen's typesetter and metrics."""
        return Painter(surface, self.app.typesetter, self.app.metrics)

    def stops(self, body: pygame.Rect) -> list[Stop]:
        return []

    def draw(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        raise NotImplementedError
