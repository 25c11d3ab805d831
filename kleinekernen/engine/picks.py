"""What the trainer's preview plays: the choices picked to see one case, and replaying them on an edited case.

Pure and deterministic like the rest of the engine. A pick names, per corner, a role and (optionally) a
move; the placement is the case's own unless picked. Move cards are dealt from the seed, so the preview
looks for the first seed whose hands hold every picked move.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..content.deck import Deck
from ..content.models import CORNERS, Case, Corner, Effect
from .autoplay import deal
from .choices import Choice, ChooseRole, Continue, Place, PlayMove
from .errors import IllegalChoice
from .game import PLACEMENTS, apply, legal_choices, start
from .setup import Setup
from .state import State

SEEDS_TO_TRY = 5000
"""How many seeds, from the preview's own, are tried to find hands holding every picked move."""


@dataclass(frozen=True)
class Picks:
    """The choices a trainer picked to see: a placement, and per corner a role and a move."""

    place: Place | None = None
    roles: Mapping[Corner, str] = field(default_factory=dict)
    moves: Mapping[Corner, str] = field(default_factory=dict)

    def choices(self, case: Case) -> list[Choice]:
        """In the engine's order, up to the first corner without a pick: from there the screen asks. No pick
        at all: the case's story card, as in a game."""
        if not self:
            return []
        place = self.place or next(p for p in PLACEMENTS if (p.owner, p.needs_other) == (case.owner, case.needs_other))
        chosen: list[Choice] = [Continue(), place]
        for corner in CORNERS:
            if corner not in self.roles:
                return chosen
            chosen.append(ChooseRole(corner, self.roles[corner]))
        for corner in CORNERS:
            if corner not in self.moves:
                return chosen
            chosen.append(PlayMove(corner, self.moves[corner]))
        return chosen

    def __bool__(self) -> bool:
        return self.place is not None or bool(self.roles) or bool(self.moves)


def dealing_seed(deck: Deck, moves: Mapping[Corner, str], first: int) -> int:
    """The first seed from `first` whose hands (for the first case) hold every move in `moves`; else `first`."""
    for seed in range(first, first + SEEDS_TO_TRY):
        hands = dict(deal(deck, seed, 0))
        if all(move in hands[corner] for corner, move in moves.items()):
            return seed
    return first


@dataclass(frozen=True)
class Replayed:
    """The state after the choices that still fit, and the first one that did not (None when all did)."""

    state: State
    kept: int
    refused: Choice | None


def replay_while_legal(deck: Deck, setup: Setup, choices: Iterable[Choice]) -> Replayed:
    """Replay the choices on a (perhaps edited) deck, stopping at the first one the engine no longer allows."""
    state = start(deck, setup)
    kept = 0
    for choice in choices:
        if not (isinstance(choice, Continue) or choice in legal_choices(deck, state)):
            return Replayed(state, kept, choice)
        try:
            state = apply(deck, setup, state, choice)
        except IllegalChoice:
            return Replayed(state, kept, choice)
        kept += 1
    return Replayed(state, kept, None)


def effect_picks(deck: Deck, case: Case, effect: Effect) -> Picks:
    """Roles and moves for all three corners under which the case plays this effect."""
    roles = {corner: deck.roles_of(corner)[0].id for corner in CORNERS}
    moves: dict[Corner, str] = {}
    if effect.role is not None:
        roles[deck.role_corner[effect.role]] = effect.role
    elif effect.move is not None:
        moves[deck.move_corner[effect.move]] = effect.move
    elif effect.kind is not None and effect.corner is not None:
        moves[effect.corner] = next(m.id for m in deck.moves_of(effect.corner) if m.kind == effect.kind)
    for corner in CORNERS:
        if corner not in moves:
            moves[corner] = _unjudged_move(deck, case, corner)
    return Picks(roles=roles, moves=moves)


def _unjudged_move(deck: Deck, case: Case, corner: Corner) -> str:
    """A move of this corner no effect of the case judges (so the picture shows one effect), else its first."""
    cards = deck.moves_of(corner)
    for move in cards:
        if not any(e.move == move.id or (e.kind == move.kind and e.corner == corner) for e in case.effects):
            return move.id
    return cards[0].id
