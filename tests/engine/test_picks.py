"""The preview's picks: replaying choices on an edited deck stops at the first one no longer allowed, and
every effect of every built-in case has picks that play it."""

from __future__ import annotations

from kleinekernen.engine.autoplay import deal
from kleinekernen.engine.choices import ChooseRole, Continue, Place, PlayMove
from kleinekernen.engine.game import legal_choices
from kleinekernen.engine.picks import Picks, dealing_seed, effect_picks, replay_while_legal
from kleinekernen.engine.setup import Player, Setup
from kleinekernen.engine.state import Step
from tests.engine.helpers import deck

PLAYERS = (Player("B", "burgers"), Player("P", "partners"), Player("O", "overheid"))


def setup(case_id: str, seed: int = 1) -> Setup:
    return Setup(seed=seed, players=PLAYERS, case_count=1, cases=(case_id,))


def test_replay_stops_at_the_first_choice_the_engine_refuses() -> None:
    hand = dict(deal(deck(), 1, 0))["burgers"]
    outside = next(m.id for m in deck().moves_of("burgers") if m.id not in hand)
    choices = [
        Continue(),
        Place("burgers", False),
        ChooseRole("burgers", "aanjager"),
        ChooseRole("partners", "leverancier"),
        ChooseRole("overheid", "rechtsstaat"),
        PlayMove("burgers", outside),
        PlayMove("partners", "dienst-op-verzoek"),
    ]
    replayed = replay_while_legal(deck(), setup("carnavalswagen"), choices)
    assert replayed.kept == 5 and replayed.refused == PlayMove("burgers", outside)
    assert replayed.state.step is Step.MOVES and replayed.state.history == tuple(choices[:5])
    assert PlayMove("burgers", hand[0]) in legal_choices(deck(), replayed.state)


def test_picks_stop_at_the_first_corner_left_to_the_screen() -> None:
    case = deck().cases["carnavalswagen"]
    picks = Picks(roles={"burgers": "aanjager"}, moves={"burgers": "klein-beginnen"})
    assert picks.choices(case) == [Continue(), Place(case.owner, case.needs_other), ChooseRole("burgers", "aanjager")]
    assert Picks().choices(case) == []


def test_every_effect_of_every_built_in_case_is_played_by_its_picks() -> None:
    for case_id, case in deck().cases.items():
        for effect in case.effects:
            picks = effect_picks(deck(), case, effect)
            seed = dealing_seed(deck(), picks.moves, 1)
            replayed = replay_while_legal(deck(), setup(case_id, seed), picks.choices(case))
            assert replayed.refused is None and replayed.state.pending is not None
            reasons = [c.reason.nl for c in replayed.state.pending.changes if c.rule == "casus"]
            assert effect.reason.nl in reasons, (case_id, effect)
