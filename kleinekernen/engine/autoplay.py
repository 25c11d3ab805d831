"""How the game plays a corner nobody plays: by the attitude the group chose, from the seed."""

from __future__ import annotations

import random

from ..content.deck import Deck
from ..content.models import Attitude, Corner

HAND_SIZE = 5


def rng(seed: int, *parts: object) -> random.Random:
    """A random source fixed by the seed and a purpose; the same in every process and Python run."""
    return random.Random("/".join([str(seed), *map(str, parts)]))


def hand(deck: Deck, seed: int, case_index: int, corner: Corner) -> tuple[str, ...]:
    """The move cards a corner holds for one case, in deck order."""
    cards = [move.id for move in deck.moves_of(corner)]
    if len(cards) <= HAND_SIZE:
        return tuple(cards)
    chosen = set(rng(seed, "hand", case_index, corner).sample(cards, HAND_SIZE))
    return tuple(card for card in cards if card in chosen)


def _weighted(options: list[str], weights: list[int], source: random.Random) -> str:
    if not any(weights):
        weights = [1] * len(options)
    return source.choices(options, weights=weights, k=1)[0]


def auto_role(deck: Deck, attitude: Attitude, corner: Corner, seed: int, case_index: int) -> str:
    roles = [role.id for role in deck.roles_of(corner)]
    weights = [attitude.roles.get(role_id, 0) for role_id in roles]
    return _weighted(roles, weights, rng(seed, "role", case_index, corner))


def auto_move(
    deck: Deck, attitude: Attitude, cards: tuple[str, ...], seed: int, case_index: int, corner: Corner
) -> str:
    options = list(cards)
    weights = [attitude.kinds.get(deck.moves[card].kind, 0) for card in options]
    return _weighted(options, weights, rng(seed, "move", case_index, corner))
