"""The session's state: meters, spider webs, finished cases. Immutable: each choice makes a new one."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from typing import Literal, NamedTuple

from ..content.models import METERS, Corner, Meter, Quadrant
from .choices import Choice, Place
from .texts import Bilingual

METER_MIN = 0
METER_MAX = 100
METER_START = 50

Outcome = Literal["bloeit", "worstelt", "strandt"]
"""The case's initiative blooms, struggles or strands."""


class Step(Enum):
    DRAW = "draw"
    PLACE = "place"
    ROLES = "roles"
    MOVES = "moves"
    OUTCOME = "outcome"
    REVEAL = "reveal"
    REFLECT = "reflect"
    END = "end"


@dataclass(frozen=True)
class Meters:
    trust_burgers_overheid: int = METER_START
    trust_burgers_partners: int = METER_START
    trust_overheid_partners: int = METER_START
    energy: int = METER_START
    ownership: int = METER_START

    def get(self, meter: Meter) -> int:
        value: int = getattr(self, meter)
        return value

    def moved(self, meter: Meter, amount: int) -> tuple[Meters, int]:
        """The meters with one moved within bounds, and the amount it really moved."""
        before = self.get(meter)
        after = max(METER_MIN, min(METER_MAX, before + amount))
        return replace(self, **{meter: after}), after - before

    def as_dict(self) -> dict[Meter, int]:
        return {meter: self.get(meter) for meter in METERS}


class Change(NamedTuple):
    """One change to one meter, with the rule that made it and why, in the sources' words."""

    rule: str
    meter: Meter
    amount: int
    reason: Bilingual
    corner: Corner | None = None
    applied: int | None = None
    """What the meter really moved, after its bounds; None until applied."""
    act: str | None = None
    """The move or role of `corner` this change judges; None for the case as a whole."""
    lesson: str | None = None
    """The principle this act stands for when the case itself judges it (rule `casus`): the rule the
    matrix would have applied to this kind of move here. None where the rule is the principle itself."""

    @property
    def principle(self) -> str:
        """The rule a lesson in love is read from: the case's verdict counts for the act's principle."""
        return self.lesson or self.rule


@dataclass(frozen=True)
class Web:
    """A procedural spider web on the board, remembering where it came from."""

    number: int
    label: Bilingual
    case_id: str
    move_id: str
    corner: Corner


@dataclass(frozen=True)
class WebEvent:
    kind: Literal["spun", "cut"]
    web: Web
    rule: str
    reason: Bilingual


@dataclass(frozen=True)
class Event:
    """A meter crossed a threshold in one case; someone the group met there acts in the next case."""

    key: str
    case_id: str
    text: Bilingual
    """What happens, naming the case and the person: shown now, and as the reason next case."""
    meter: Meter
    amount: int


@dataclass(frozen=True)
class CaseResult:
    """A finished case: what the group chose, what happened and why."""

    case_id: str
    quadrant: Quadrant
    placement: Place
    roles: tuple[tuple[Corner, str], ...]
    moves: tuple[tuple[Corner, str], ...]
    auto_corners: tuple[Corner, ...]
    changes: tuple[Change, ...]
    web_events: tuple[WebEvent, ...]
    score: int
    outcome: Outcome
    meters_after: Meters
    note: str = ""
    events: tuple[Event, ...] = ()
    """What this case set off, to enter the next case: a meter crossed a threshold."""

    def role_of(self, corner: Corner) -> str:
        return dict(self.roles)[corner]

    def move_of(self, corner: Corner) -> str:
        return dict(self.moves)[corner]


@dataclass(frozen=True)
class State:
    """Everything about a session at one moment. A pure function of the deck, setup and choices."""

    case_order: tuple[str, ...]
    case_index: int = 0
    step: Step = Step.DRAW
    meters: Meters = Meters()
    webs: tuple[Web, ...] = ()
    webs_spun: int = 0
    events: tuple[Event, ...] = ()
    """Events from the case before, entering the current one."""
    placement: Place | None = None
    roles: tuple[tuple[Corner, str], ...] = ()
    moves: tuple[tuple[Corner, str], ...] = ()
    hands: tuple[tuple[Corner, tuple[str, ...]], ...] = ()
    """The move cards each corner holds for the current case, dealt from the seed when it is drawn."""
    pending: CaseResult | None = None
    results: tuple[CaseResult, ...] = ()
    history: tuple[Choice, ...] = ()

    def evolve(self, **changes: object) -> State:
        """A copy with some fields changed: `dataclasses.replace` without its cost, for the hot path."""
        new = object.__new__(State)
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        return new

    def hand(self, corner: Corner) -> tuple[str, ...]:
        for holder, cards in self.hands:
            if holder == corner:
                return cards
        return ()

    @property
    def case_id(self) -> str | None:
        if self.step is Step.END:
            return None
        return self.case_order[self.case_index]
