"""Ways to make the group's choices without a screen: for `simulate`, `balance` and tests."""

from __future__ import annotations

import random
from collections.abc import Callable

from ..content.models import Corner
from .autoplay import auto_move, auto_role, rng
from .choices import Choice, ChooseRole, Continue, Place, PlayMove
from .game import Game, turn
from .resolve import resolve
from .state import Step

Policy = Callable[[Game], Choice]
PLACEMENTS = (Place("burgers", False), Place("burgers", True), Place("overheid", True), Place("overheid", False))


def random_policy(seed: int) -> Policy:
    """Any legal choice, uniformly, from one generator fixed by the seed."""
    source = rng(seed, "policy")

    def policy(game: Game) -> Choice:
        return _random_choice(game, source)

    return policy


def _random_choice(game: Game, source: random.Random) -> Choice:
    step = game.step
    if step is Step.PLACE:
        return source.choice(PLACEMENTS)
    corner = turn(game.state)
    if step is Step.ROLES and corner is not None:
        return ChooseRole(corner, source.choice([role.id for role in game.deck.roles_of(corner)]))
    if step is Step.MOVES and corner is not None:
        return PlayMove(corner, source.choice(game.hand(corner)))
    return Continue()


def greedy_policy(game: Game) -> Choice:
    """Place the case right, pick a fitting role, and play the card that scores best given the moves so far."""
    step = game.step
    case = game.case
    if step is Step.PLACE and case is not None:
        return Place(case.owner, case.needs_other)
    corner = turn(game.state)
    if step is Step.ROLES and corner is not None and case is not None:
        roles = game.deck.roles_of(corner)
        fitting = [role for role in roles if case.quadrant in role.fits] or roles
        return ChooseRole(corner, fitting[0].id)
    if step is Step.MOVES and corner is not None:
        return PlayMove(corner, max(game.hand(corner), key=lambda card: _score_with(game, corner, card)))
    return Continue()


def _score_with(game: Game, corner: Corner, card: str) -> int:
    state = game.state
    assert state.placement is not None and game.case is not None
    resolution = resolve(
        game.deck,
        game.case,
        state.placement,
        state.roles,
        (*state.moves, (corner, card)),
        meters=state.meters,
        webs=state.webs,
        webs_spun=state.webs_spun,
        previous=state.results[-1] if state.results else None,
        events=state.events,
    )
    return resolution.result.score


def attitude_policy(name: str) -> Policy:
    """Play every corner with the attitude of this name (or the corner's default where it has none)."""

    def policy(game: Game) -> Choice:
        step = game.step
        if step is Step.PLACE:
            return rng(game.setup.seed, "policy-place", game.state.case_index).choice(PLACEMENTS)
        corner = turn(game.state)
        if corner is None or step not in (Step.ROLES, Step.MOVES):
            return Continue()
        attitudes = game.deck.attitudes[corner]
        attitude = attitudes.get(name) or attitudes[game.setup.attitude_of(corner)]
        seed, index, case = game.setup.seed, game.state.case_index, game.case
        assert case is not None
        if step is Step.ROLES:
            return ChooseRole(corner, auto_role(game.deck, attitude, corner, seed, index, case))
        village = dict(game.state.moves).get("burgers")
        card = auto_move(
            game.deck,
            attitude,
            game.hand(corner),
            seed,
            index,
            corner,
            case=case,
            village=village,
            meters=game.state.meters,
        )
        return PlayMove(corner, card)

    return policy


def play_out(game: Game, policy: Policy) -> Game:
    """Let the policy make every remaining choice until the end of the session."""
    while game.step is not Step.END:
        game.apply(policy(game))
    return game
