"""The room's vote in the case flow: the placement is put to the phones, counted, and shown at the reveal.

Each frame the case scene calls `RoomVote.update`: from the placement step on, the room is asked this case's
question (the same question again changes nothing), and at the reveal it is closed and its spread kept in the
journal. The screen draws only the snapshot taken here: how many voted, and after the reveal what.
"""

from __future__ import annotations

import functools
import secrets
from typing import Protocol

import pygame

from ....content.models import Case
from ....engine.state import Step
from ....persistence.records import VotesRecord
from ....room.qr import qr_modules
from ....room.tally import Question, Snapshot
from ...session import PlaySession
from ...theme import Colour
from ..base import Host


class Voting(Protocol):
    """What the vote reads of the case on screen (the case scene's state)."""

    app: Host
    revealed: bool

    @property
    def session(self) -> PlaySession: ...
    @property
    def step(self) -> Step: ...
    @property
    def case(self) -> Case: ...


QUADRANTS = ("burgers_alone", "burgers_with_overheid", "overheid_alone", "overheid_with_burgers")
"""The phone's buttons in the order of the placement screen's numbered squares (1 to 4), so "number 3" is the same
square on the beamer and on every phone."""
ASKING = (Step.PLACE, Step.ROLES, Step.MOVES, Step.OUTCOME, Step.REVEAL)
"""The steps during which phones may vote (and change their vote) on the placement: until the reveal."""
QR_DARK: Colour = (0, 0, 0)
QR_LIGHT: Colour = (255, 255, 255)


class RoomVote:
    def __init__(self, state: Voting) -> None:
        self.state = state
        self.tag = secrets.token_hex(3)
        """Tells this session's questions apart from another's in the same open room."""
        self.snapshot: Snapshot | None = None
        self.kept: set[str] = set()

    def key(self) -> str:
        return f"{self.tag}-{self.state.session.game.state.case_index}-place"

    def question(self) -> Question:
        t = self.state.app.t
        options = tuple((quadrant, t(f"quadrant.{quadrant}")) for quadrant in QUADRANTS)
        return Question(self.key(), t("place.question"), options)

    def update(self) -> bool:
        """Ask, reveal, and take this frame's snapshot; True when what the screen shows of the room changed."""
        hall = self.state.app.context.hall
        if hall is None or not hall.is_open():
            changed, self.snapshot = self.snapshot is not None, None
            return changed
        step = self.state.step
        if step in ASKING:
            hall.ask(self.question())
        snapshot = hall.snapshot()
        if step is Step.REVEAL and self.state.revealed and snapshot.question == self.key():
            if not snapshot.revealed:
                hall.reveal()
                snapshot = hall.snapshot()
            self.keep(snapshot)
        changed, self.snapshot = snapshot != self.snapshot, snapshot
        return changed

    def keep(self, snapshot: Snapshot) -> None:
        """The spread into the journal, once per question (counts per option and corner only)."""
        if snapshot.question in self.kept:
            return
        game = self.state.session.game
        record = VotesRecord(case_index=game.state.case_index, case=self.state.case.case_id, counts=snapshot.spread)
        if self.state.session.save_votes(record):
            self.kept.add(snapshot.question)

    def spread_first(self, page: int) -> bool:
        """At the reveal, page 0 shows the room's spread (when the room voted), page 1 how other villages did it."""
        snapshot = self.current()
        return page == 0 and snapshot is not None and snapshot.revealed and snapshot.voted > 0

    def current(self) -> Snapshot | None:
        """The snapshot of this case's question, if the room is open and has it."""
        snapshot = self.snapshot
        return snapshot if snapshot is not None and snapshot.question == self.key() else None


@functools.lru_cache(maxsize=4)
def qr_surface(address: str, side: int) -> pygame.Surface:
    """The room's QR code as a square of `side` pixels (dark on white, quiet zone included)."""
    modules = qr_modules(address)
    count = len(modules)
    small = pygame.Surface((count, count))
    small.fill(QR_LIGHT)
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            if dark:
                small.set_at((x, y), QR_DARK)
    scale = max(1, side // count)
    return pygame.transform.scale(small, (count * scale, count * scale))
