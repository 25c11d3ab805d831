"""How the game plays a corner nobody plays: by the attitude the group chose, answering the village.

Its choice depends on the attitude, the case's quadrant, the trust on its edge with the village and the
village's move (an asked-for contribution is answered), and is fixed by the seed.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import random

from ..content.deck import Deck
from ..content.models import CORNERS, Attitude, Case, Corner, MoveKind
from .context import edge
from .frame import case_sign, fits, verdict_sign
from .gates import ASK_TRUST
from .state import Meters

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


def weighted(options: list[str], weights: list[float], point: float) -> str:
    """The option at `point` (in [0, 1)) of the weights laid end to end; all weights 0 count as equal."""
    if not any(weights):
        weights = [1.0] * len(options)
    totals = list(itertools.accumulate(weights))
    return options[min(len(options) - 1, bisect.bisect_right(totals, point * totals[-1]))]


def auto_role(deck: Deck, attitude: Attitude, corner: Corner, seed: int, case_index: int, case: Case) -> str:
    """The attitude's favourite roles, three times as likely where the role fits this case."""
    roles = deck.roles_of(corner)
    judged = [role_id for role_id in case.judgement.roles if deck.role_corner.get(role_id) == corner]
    weights = [
        attitude.roles.get(role.id, 0) * (3.0 if (role.id in judged if judged else case.quadrant in role.fits) else 1.0)
        for role in roles
    ]
    return weighted([role.id for role in roles], weights, uniform(seed, "role", case_index, corner))


def answer_factor(kind: MoveKind, corner: Corner, case: Case, village: MoveKind | None, trust: int) -> float:
    """How much likelier a kind of move becomes as an answer to the village's move, in this quadrant, at this trust."""
    factor = 2.0 if fits(case.quadrant, corner, kind) else 1.0
    if village == "ask":
        factor *= 6.0 if kind == "contribute" and trust >= ASK_TRUST else 1.0
    elif village in ("contact", "connect", "appreciate"):
        factor *= 3.0 if kind in ("contact", "connect", "appreciate") else 1.0
    elif village == "do_it" and case.owner == "burgers":
        factor *= 3.0 if kind in ("let_go", "appreciate", "contribute") else 1.0
    elif village == "courage":
        factor *= 0.3 if kind == "rules" else 2.0 if kind == "courage" else 1.0
    elif village in ("demand", "wait"):
        factor *= 3.0 if kind in ("do_it", "rules") else 1.0
    if trust < ASK_TRUST and kind in ("rules", "wait"):
        factor *= 2.0
    return factor


def _answer_in_kind(own: int | None, village: int) -> float:
    """The village's good move draws the answer this case asks of this corner; a bad move, a bad answer."""
    if own is None or village == 0:
        return 1.0
    return 12.0 if own == village else 1.0


def _answer_weight(
    deck: Deck, attitude: Attitude, card: str, corner: Corner, case: Case, village: str | None, trust: int
) -> float:
    village_kind = deck.moves[village].kind if village is not None and corner != "burgers" else None
    village_sign = verdict_sign(case, "burgers", deck.moves[village]) if village is not None and village_kind else 0
    move = deck.moves[card]
    weight = (attitude.kinds.get(move.kind, 0) + 1) * answer_factor(move.kind, corner, case, village_kind, trust)
    return weight * _answer_in_kind(case_sign(case, corner, move), village_sign)


def auto_move(
    deck: Deck,
    attitude: Attitude,
    cards: tuple[str, ...],
    seed: int,
    case_index: int,
    corner: Corner,
    *,
    case: Case,
    village: str | None = None,
    meters: Meters | None = None,
) -> str:
    """A card weighted by the attitude, times its answer to the village's move (see `answer_factor`)."""
    options = list(cards)
    meters = meters or Meters()
    trust = meters.get(edge(corner, "burgers")) if corner != "burgers" else meters.get("trust_burgers_overheid")
    weights = []
    for card in options:
        key = ("answer", attitude.id, case.case_id, corner, card, village, trust >= ASK_TRUST)
        weight: float | None = deck.memo.get(key)
        if weight is None:
            weight = deck.memo[key] = _answer_weight(deck, attitude, card, corner, case, village, trust)
        weights.append(weight)
    return weighted(options, weights, uniform(seed, "move", case_index, corner))
