"""The deck's measures beside the strategies: each card's value per case, meters that matter, saturation."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..content.deck import Deck
from ..content.models import CORNERS, METERS, Case, Corner
from ..engine import Meters, Place
from ..engine.resolve import resolve
from .strategies import Matrix
from .study import Tally, play_session


@dataclass
class CardValue:
    card: str
    corner: Corner
    values: dict[str, float] = field(default_factory=dict)
    """Case id → the case's score with this card minus the mean over the corner's other cards."""

    @property
    def top_in(self) -> list[str]:
        return [case_id for case_id, value in self.values.items() if value >= self._best[case_id]]

    @property
    def negative_in(self) -> list[str]:
        return [case_id for case_id, value in self.values.items() if value < 0]

    _best: dict[str, float] = field(default_factory=dict, repr=False)


def _score(deck: Deck, case: Case, roles: dict[Corner, str], moves: dict[Corner, str], meters: Meters) -> int:
    placement = Place(case.owner, case.needs_other)
    result = resolve(
        deck,
        case,
        placement,
        tuple((corner, roles[corner]) for corner in CORNERS),
        tuple((corner, moves[corner]) for corner in CORNERS),
        meters=meters,
        webs=(),
        webs_spun=0,
        previous=None,
    ).result
    return result.score


def best_play(deck: Deck, case: Case) -> tuple[dict[Corner, str], dict[Corner, str]]:
    """The highest-scoring roles and cards of a case from the start, with every card available."""
    roles = {corner: deck.roles_of(corner)[0].id for corner in CORNERS}
    cards = {corner: [move.id for move in deck.moves_of(corner)] for corner in CORNERS}
    moves = {corner: cards[corner][0] for corner in CORNERS}
    start = Meters()
    for _ in range(1):
        for corner in CORNERS:
            options = [role.id for role in deck.roles_of(corner)]
            roles[corner] = max(options, key=lambda r: _score(deck, case, {**roles, corner: r}, moves, start))
        triples = itertools.product(*(cards[corner] for corner in CORNERS))
        best = max(triples, key=lambda t: _score(deck, case, roles, dict(zip(CORNERS, t, strict=True)), start))
        moves = dict(zip(CORNERS, best, strict=True))
    return roles, moves


def card_values(deck: Deck, cases: Sequence[str]) -> dict[str, CardValue]:
    found = {move.id: CardValue(move.id, corner) for corner in CORNERS for move in deck.moves_of(corner)}
    for case_id in cases:
        case = deck.cases[case_id]
        roles, moves = best_play(deck, case)
        for corner in CORNERS:
            cards = [move.id for move in deck.moves_of(corner)]
            scores = {card: _score(deck, case, roles, {**moves, corner: card}, Meters()) for card in cards}
            for card in cards:
                others = [scores[other] for other in cards if other != card]
                value = scores[card] - sum(others) / len(others) if others else 0.0
                found[card].values[case_id] = value
            top = max(found[card].values[case_id] for card in cards)
            for card in cards:
                found[card]._best[case_id] = top
    return found


def meter_sensitivity(deck: Deck, plays: Sequence[tuple[str, tuple[str, bool], tuple, tuple]]) -> tuple[int, int]:  # type: ignore[type-arg]
    """Of these case plays, how many end differently from all meters at 30 than at 70; and how many were tried."""
    low = Meters(**{meter: 30 for meter in METERS})
    high = Meters(**{meter: 70 for meter in METERS})
    changed = 0
    for case_id, (owner, needs_other), roles, moves in plays:
        case = deck.cases[case_id]
        placement = Place("burgers" if owner == "burgers" else "overheid", needs_other)
        outcomes = [
            resolve(
                deck, case, placement, roles, moves, meters=meters, webs=(), webs_spun=0, previous=None
            ).result.outcome
            for meters in (low, high)
        ]
        changed += outcomes[0] != outcomes[1]
    return changed, len(plays)


def saturation(deck: Deck, cases: Sequence[str], matrix: Matrix, sessions: int, length: int = 10) -> dict[str, int]:
    """Under best play over `length` cases: the highest value each meter reaches in any session."""
    length = min(length, len(cases))
    highest: dict[str, int] = dict.fromkeys(METERS, 0)
    for seed in range(sessions):
        game = play_session(deck, "best", seed, matrix, cases, length)
        for result in game.results:
            for meter, value in result.meters_after.as_dict().items():
                highest[meter] = max(highest[meter], value)
    return highest


def pooled_plays(tallies: dict[str, Tally]) -> list[tuple[str, tuple[str, bool], tuple, tuple]]:  # type: ignore[type-arg]
    return [play for tally in tallies.values() for play in tally.plays]
