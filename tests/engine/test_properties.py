"""Property tests: the session is a pure function of seed and choices, and always stays in bounds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kleinekernen.content.models import METERS
from kleinekernen.engine import Game, IllegalChoice, Player, Setup
from kleinekernen.engine.choices import ChooseRole, Continue, Place, PlayMove
from kleinekernen.engine.game import apply, replay, start
from kleinekernen.engine.policies import play_out, random_policy
from kleinekernen.engine.state import METER_MAX, METER_MIN, Step
from tests.engine.helpers import deck

seeds = st.integers(min_value=0, max_value=2**32)
player_sets = st.lists(st.sampled_from(["burgers", "partners", "overheid"]), min_size=1, max_size=9).map(
    lambda corners: tuple(Player(f"p{n}", corner) for n, corner in enumerate(corners))
)


def session(seed: int, players: tuple[Player, ...], cases: int = 3) -> Game:
    return play_out(Game(deck(), Setup(seed=seed, players=players, case_count=cases)), random_policy(seed))


@settings(max_examples=40)
@given(seeds, player_sets)
def test_same_seed_and_choices_give_the_same_state_and_explanations(seed: int, players: tuple[Player, ...]) -> None:
    first = session(seed, players)
    second = Game(deck(), first.setup, first.state.history)
    assert second.state == first.state
    reasons = [[c.reason for c in r.changes] for r in first.state.results]
    assert reasons == [[c.reason for c in r.changes] for r in second.state.results]


@settings(max_examples=30)
@given(seeds, player_sets, st.data())
def test_replaying_a_prefix_gives_the_intermediate_state(
    seed: int, players: tuple[Player, ...], data: st.DataObject
) -> None:
    setup = Setup(seed=seed, players=players, case_count=3)
    state = start(deck(), setup)
    states = [state]
    policy = random_policy(seed)
    g = Game(deck(), setup)
    while g.step is not Step.END:
        g.apply(policy(g))
        states.append(g.state)
    cut = data.draw(st.integers(min_value=0, max_value=len(g.state.history)))
    assert replay(deck(), setup, g.state.history[:cut]) == states[cut]


@settings(max_examples=40)
@given(seeds, player_sets)
def test_meters_stay_within_bounds_for_any_valid_choices(seed: int, players: tuple[Player, ...]) -> None:
    g = session(seed, players, cases=6)
    for result in g.state.results:
        for meter in METERS:
            assert METER_MIN <= result.meters_after.get(meter) <= METER_MAX
        for change in result.changes:
            assert change.applied is not None and abs(change.applied) <= abs(change.amount)


choices = st.one_of(
    st.builds(Place, st.sampled_from(["burgers", "overheid"]), st.booleans()),
    st.builds(
        ChooseRole,
        st.sampled_from(["burgers", "partners", "overheid"]),
        st.sampled_from(["aanjager", "rechtsstaat", "generalist", "onbekend"]),
    ),
    st.builds(
        PlayMove,
        st.sampled_from(["burgers", "partners", "overheid"]),
        st.sampled_from(["zelf-aanpakken", "zelf-regelen", "protocol-eerst", "onbekend"]),
    ),
    st.builds(Continue, st.text(max_size=5)),
)


@settings(max_examples=60)
@given(seeds, st.lists(choices, max_size=40))
def test_invalid_choices_never_change_the_state(seed: int, attempts: list[object]) -> None:
    setup = Setup(seed=seed, players=(Player("a", "burgers"), Player("b", "overheid")), case_count=3)
    state = start(deck(), setup)
    for choice in attempts:
        try:
            after = apply(deck(), setup, state, choice)  # type: ignore[arg-type]
        except IllegalChoice:
            assert state == replay(deck(), setup, state.history)
            continue
        assert after.history == (*state.history, choice)
        state = after
