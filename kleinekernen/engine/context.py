"""What the rules see when a case is resolved."""

from __future__ import annotations

from dataclasses import dataclass

from ..content.deck import Deck
from ..content.models import Case, Corner, Meter, Move, MoveKind, Quadrant, Role
from .choices import Place
from .state import Meters, Web

EDGE: dict[frozenset[Corner], Meter] = {
    frozenset(("burgers", "overheid")): "trust_burgers_overheid",
    frozenset(("burgers", "partners")): "trust_burgers_partners",
    frozenset(("overheid", "partners")): "trust_overheid_partners",
}
HOME: dict[Corner, Meter] = {
    "burgers": "energy",
    "overheid": "trust_burgers_overheid",
    "partners": "trust_burgers_partners",
}
"""The meter a corner's own conduct shows on first."""


START = Meters()


_PAIRS: dict[tuple[Corner, Corner], Meter] = {
    (a, b): meter for pair, meter in EDGE.items() for a in pair for b in pair if a != b
}


def edge(a: Corner, b: Corner) -> Meter:
    return _PAIRS[(a, b)]


@dataclass(frozen=True)
class Context:
    deck: Deck
    case: Case
    placement: Place
    roles: dict[Corner, Role]
    moves: dict[Corner, Move]
    webs: tuple[Web, ...]
    previous_roles: dict[Corner, Role]
    previous_quadrant: Quadrant | None
    meters: Meters = START
    """The meters as the case begins: gates read them."""

    @property
    def quadrant(self) -> Quadrant:
        return self.case.quadrant

    @property
    def community_owns(self) -> bool:
        return self.case.owner == "burgers"

    def kind(self, corner: Corner) -> MoveKind | None:
        move = self.moves.get(corner)
        return move.kind if move else None
