"""How the game plays a corner nobody plays: by the attitude the group chose, from the seed."""

from __future__ import annotations

import bisect
import hashlib
import itertools
import random

from ..content.deck import Deck
from ..content.models import CORNERS, Attitude, Corner

HAND_SIZE = 5


def rng(seed: int, *parts: object) -> random.Random:
    """A random source fixed by the seed and a purpose; the same in every process and Python run."""
    return random.Random("/".join([str(seed), *map(str, parts)]))


def uniform(seed: int, *parts: object) -> float:
    """A number in [0, 1) fixed by the seed and a purpose: cheaper than seeding a generator."""
    key = "/".join([str(seed), *map(str, parts)]).encode()
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big") / 2**64


def deal(deck: Deck, seed: int, case_index: int) -> tuple[tuple[Corner, tuple[str, ...]], ...]:
    """The move cards each corner holds for one case, each hand in deck order."""
    source = rng(seed, "hand", case_index)
    hands = []
    for corner in CORNERS:
        cards = [move.id for move in deck.moves_of(corner)]
        if len(cards) > HAND_SIZE:
            chosen = set(source.sample(cards, HAND_SIZE))
            cards = [card for card in cards if card in chosen]
        hands.append((corner, tuple(cards)))
    return tuple(hands)


def weighted(options: list[str], weights: list[int], point: float) -> str:
    """The option at `point` (in [0, 1)) of the weights laid end to end; all weights 0 count as equal."""
    if not any(weights):
        weights = [1] * len(options)
    totals = list(itertools.accumulate(weights))
    return options[bisect.bisect_right(totals, point * totals[-1])]


def auto_role(deck: Deck, attitude: Attitude, corner: Corner, seed: int, case_index: int) -> str:
    roles = [role.id for role in deck.roles_of(corner)]
    weights = [attitude.roles.get(role_id, 0) for role_id in roles]
    return weighted(roles, weights, uniform(seed, "role", case_index, corner))


def auto_move(
    deck: Deck, attitude: Attitude, cards: tuple[str, ...], seed: int, case_index: int, corner: Corner
) -> str:
    options = list(cards)
    weights = [attitude.kinds.get(deck.moves[card].kind, 0) for card in options]
    return weighted(options, weights, uniform(seed, "move", case_index, corner))
