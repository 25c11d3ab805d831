"""Named strategies for `balance --strategies`, written against the engine's stable API only.

A strategy is made from a session's seed and answers one question: given the game, which legal choice?
Planning strategies try a whole case with `game.preview` (no hidden access to the rules).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..content.models import CORNERS, Corner, MoveKind, Quadrant
from ..engine import Choice, ChooseRole, Continue, Game, Place, PlayMove, Step

Strategy = Callable[[Game], Choice]
Objective = Callable[[int, int], bool]
"""Whether a new score beats the one held: `>` for the best play, `<` for the worst."""


@dataclass(frozen=True)
class Matrix:
    """Matrix-only play: per quadrant a fixed role per corner and move kinds per corner (first held wins)."""

    roles: dict[Quadrant, dict[Corner, str]]
    kinds: dict[Quadrant, dict[Corner, tuple[MoveKind, ...]]]
    fixed_roles: dict[Corner, str] = field(default_factory=dict)
    """The one role per corner of `same-role`, whatever the case."""


def random_strategy(seed: int) -> Strategy:
    source = random.Random(f"{seed}/strategy/random")
    return lambda game: source.choice(game.legal_choices())


def right_placement(game: Game) -> Place:
    case = game.case
    assert case is not None
    return Place(case.owner, case.needs_other)


def case_choices(game: Game, placement: Place, roles: dict[Corner, str], moves: dict[Corner, str]) -> list[Choice]:
    """The choices of one case, for the corners the group plays, in the order the game asks them."""
    played = [corner for corner in CORNERS if corner in roles]
    return [
        placement,
        *(ChooseRole(corner, roles[corner]) for corner in played),
        *(PlayMove(corner, moves[corner]) for corner in played),
    ]


def planned(plan_case: Callable[[Game], list[Choice]]) -> Strategy:
    """A strategy that plans each case at its placement, then plays the plan."""
    plan: list[Choice] = []

    def strategy(game: Game) -> Choice:
        if game.step is Step.PLACE:
            plan[:] = plan_case(game)
        if game.step in (Step.PLACE, Step.ROLES, Step.MOVES):
            return plan.pop(0)
        return Continue()

    return strategy


def role_worth(game: Game, corner: Corner, role_id: str) -> int:
    """What the case file says of a role here: its own effect, else whether it fits (read, not played)."""
    case = game.case
    assert case is not None
    for effect in case.effects:
        if effect.role == role_id:
            return sum(effect.changes().values())
    judged = [r for r in case.judgement.roles if game.deck.role_corner.get(r) == corner]
    fits = role_id in judged if judged else case.quadrant in game.deck.roles[role_id].fits
    return 2 if fits else -2


def search(game: Game, corners: Sequence[Corner], better: Objective, with_placement: bool) -> list[Choice]:
    """Placement and roles read from the case file; then a search over each played corner's card in turn,
    every candidate scored by `game.preview`."""
    at_place = game.clone()
    if at_place.step is Step.DRAW:
        at_place.apply(Continue())
    placement = right_placement(at_place)
    roles: dict[Corner, str] = {}
    for corner in corners:
        options = [role.id for role in at_place.deck.roles_of(corner)]
        worth = {role_id: role_worth(at_place, corner, role_id) for role_id in options}
        roles[corner] = options[0]
        for role_id in options:
            if better(worth[role_id], worth[roles[corner]]):
                roles[corner] = role_id
    moves = {corner: at_place.hand(corner)[0] for corner in corners}

    def score() -> int:
        result = at_place.preview(case_choices(at_place, placement, roles, moves))
        assert result is not None
        return result.score

    if with_placement:
        # the worst placement by the same knowledge: the other owner, and the other need
        placement = Place("overheid" if placement.owner == "burgers" else "burgers", not placement.needs_other)
    held = score()
    for corner in corners:
        keep = moves[corner]
        for option in at_place.hand(corner):
            if option == keep:
                continue
            moves[corner] = option
            new = score()
            if better(new, held):
                held, keep = new, option
        moves[corner] = keep
    return case_choices(at_place, placement, roles, moves)


def best_strategy(seed: int) -> Strategy:
    """Full knowledge of the rules: each case searched through previews for its highest score."""
    return planned(lambda game: search(game, game.setup.played_corners(), lambda a, b: a > b, False))


def worst_strategy(seed: int) -> Strategy:
    return planned(lambda game: search(game, game.setup.played_corners(), lambda a, b: a < b, True))


def matrix_strategy(matrix: Matrix, *, role_rule: str = "matrix", move_rule: str = "matrix") -> Strategy:
    """Right quadrant, then roles and moves by table (or by a fixed rule), never reading the story."""

    def choose(game: Game) -> Choice:
        step, case, corner = game.step, game.case, game.turn()
        if step is Step.PLACE:
            return right_placement(game)
        if case is None or corner is None or step not in (Step.ROLES, Step.MOVES):
            return Continue()
        if step is Step.ROLES:
            fixed = matrix.fixed_roles.get(corner) if role_rule == "same" else None
            return ChooseRole(corner, fixed or matrix.roles[case.quadrant][corner])
        hand = game.hand(corner)
        card = _rule_card(game, corner, hand, move_rule)
        if card is None:
            card = _kind_card(game, hand, matrix.kinds[case.quadrant][corner])
        return PlayMove(corner, card)

    return choose


def _rule_card(game: Game, corner: Corner, hand: tuple[str, ...], rule: str) -> str | None:
    moves = game.deck.moves
    if rule == "friendliest":
        return max(hand, key=lambda card: sum(moves[card].changes().values()))
    if rule == "let_go" and corner != "burgers":
        return next((card for card in hand if moves[card].kind == "let_go"), None)
    if rule == "courage":
        return next((card for card in hand if moves[card].kind == "courage"), None)
    return None


def _kind_card(game: Game, hand: tuple[str, ...], kinds: tuple[MoveKind, ...]) -> str:
    for kind in kinds:
        for card in hand:
            if game.deck.moves[card].kind == kind:
                return card
    return hand[0]
