"""The case flow as a state machine: order of steps, turns, corners played by the game, refusals."""

from __future__ import annotations

import pytest

from kleinekernen.engine import ChooseRole, Continue, Game, IllegalChoice, Place, Player, PlayMove, Setup, SetupError
from kleinekernen.engine.state import Step
from tests.engine.helpers import deck

THREE = (Player("Anna", "burgers"), Player("Wim", "overheid"), Player("Fatima", "partners"))


def game(players: tuple[Player, ...] = THREE, **kw: object) -> Game:
    return Game(deck(), Setup(seed=11, players=players, **kw))  # type: ignore[arg-type]


def play_one_case(g: Game, note: str = "") -> None:
    g.apply(Continue())
    case = g.case
    assert case is not None
    g.apply(Place(case.owner, case.needs_other))
    while g.step is Step.ROLES:
        corner = g.turn()
        assert corner is not None
        g.apply(ChooseRole(corner, deck().roles_of(corner)[0].id))
    while g.step is Step.MOVES:
        corner = g.turn()
        assert corner is not None
        g.apply(PlayMove(corner, g.hand(corner)[0]))
    assert g.step is Step.OUTCOME
    g.apply(Continue())
    assert g.step is Step.REVEAL
    g.apply(Continue())
    assert g.step is Step.REFLECT
    g.apply(Continue(note))


def at_moves() -> Game:
    """A game at the moves step of its first case."""
    g = game()
    g.apply(Continue())
    g.apply(Place("burgers", False))
    for corner, role in (("burgers", "aanjager"), ("partners", "leverancier"), ("overheid", "rechtsstaat")):
        g.apply(ChooseRole(corner, role))  # type: ignore[arg-type]
    return g


def test_a_case_runs_draw_place_roles_moves_outcome_reveal_reflect() -> None:
    g = game()
    assert g.step is Step.DRAW
    g.apply(Continue())
    assert g.step is Step.PLACE
    g.apply(Place("burgers", True))
    assert g.step is Step.ROLES and g.turn() == "burgers"
    g.apply(ChooseRole("burgers", "aanjager"))
    assert g.turn() == "partners"
    g.apply(ChooseRole("partners", "generalist"))
    assert g.turn() == "overheid"
    g.apply(ChooseRole("overheid", "coproducent"))
    assert g.step is Step.MOVES and g.turn() == "burgers"


def test_a_session_ends_after_the_chosen_number_of_cases_with_notes_kept() -> None:
    g = game(case_count=3)
    for n in range(3):
        play_one_case(g, note=f"notitie {n}")
    assert g.step is Step.END
    assert [r.note for r in g.state.results] == ["notitie 0", "notitie 1", "notitie 2"]
    assert len(set(g.state.case_order)) == 3


def test_moves_go_burgers_first_then_partners_then_overheid() -> None:
    g = at_moves()
    before = g.state
    with pytest.raises(IllegalChoice, match="burgers is aan de beurt"):
        g.apply(PlayMove("overheid", g.hand("overheid")[0]))
    assert g.state is before


@pytest.mark.parametrize(
    "bad",
    [Place("burgers", True), ChooseRole("burgers", "aanjager"), PlayMove("burgers", "zelf-aanpakken")],
)
def test_a_step_out_of_order_is_refused_and_changes_nothing(bad: object) -> None:
    g = game()
    before = g.state
    with pytest.raises(IllegalChoice):
        g.apply(bad)  # type: ignore[arg-type]
    assert g.state == before


def test_a_move_not_in_the_hand_is_refused() -> None:
    g = at_moves()
    outside = next(m.id for m in deck().moves_of("burgers") if m.id not in g.hand("burgers"))
    with pytest.raises(IllegalChoice, match=f"'{outside}' zit niet in de hand van burgers"):
        g.apply(PlayMove("burgers", outside))
    assert len(g.hand("burgers")) == 5


def test_a_role_of_another_corner_is_refused() -> None:
    g = game()
    g.apply(Continue())
    g.apply(Place("burgers", False))
    with pytest.raises(IllegalChoice, match="'rechtsstaat' is geen rol van burgers") as refused:
        g.apply(ChooseRole("burgers", "rechtsstaat"))
    assert refused.value.get("en").endswith("'rechtsstaat' is not a role of burgers")


def test_corners_nobody_plays_are_played_by_the_game_with_their_attitude() -> None:
    alone = (Player("Dorpsraad", "burgers"),)
    g = game(alone, attitudes=(("overheid", "regelgestuurd"), ("partners", "verbinder")))
    play_one_case(g)
    result = g.state.results[0]
    assert result.auto_corners == ("partners", "overheid")
    assert set(dict(result.moves)) == {"burgers", "partners", "overheid"}
    again = game(alone, attitudes=(("overheid", "regelgestuurd"), ("partners", "verbinder")))
    play_one_case(again)
    assert again.state.results[0].moves == result.moves


def test_an_autoplayed_corner_follows_its_attitude() -> None:
    kinds: list[str] = []
    for seed in range(40):
        g = Game(
            deck(), Setup(seed=seed, players=(Player("a", "burgers"),), attitudes=(("overheid", "regelgestuurd"),))
        )
        play_one_case(g)
        kinds.append(deck().moves[g.state.results[0].move_of("overheid")].kind)
    assert kinds.count("rules") > len(kinds) / 3


def test_players_sharing_a_corner_take_turns_case_by_case() -> None:
    g = game((Player("Anna", "burgers"), Player("Joost", "burgers"), Player("Wim", "overheid")))
    assert g.player_for("burgers") == "Anna"
    play_one_case(g)
    assert g.player_for("burgers") == "Joost"
    assert g.player_for("partners") is None


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        (Setup(seed=1, players=()), "0 spelers"),
        (Setup(seed=1, players=tuple(Player(str(n), "burgers") for n in range(10))), "10 spelers"),
        (Setup(seed=1, players=THREE, case_count=2), "2 casussen"),
        (Setup(seed=1, players=THREE, case_count=99), "99 casussen"),
        (Setup(seed=1, players=(THREE[0],), attitudes=(("overheid", "vriendelijk"),)), "'vriendelijk'"),
        (Setup(seed=1, players=THREE, cases=("bestaat-niet",)), "bestaat-niet"),
    ],
)
def test_an_unplayable_setup_is_refused_with_the_bad_value(setup: Setup, words: str) -> None:
    with pytest.raises(SetupError, match=words):
        Game(deck(), setup)


def test_a_note_only_belongs_to_the_reflection() -> None:
    g = game()
    with pytest.raises(IllegalChoice, match="reflect"):
        g.apply(Continue("te vroeg"))
