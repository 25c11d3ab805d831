"""The preview keeps its place: a save reloads on the same step with the same choices, and says when one no
longer fits; the trainer picks the roles and moves to see (`--moves`, or on screen)."""

from __future__ import annotations

import time
from pathlib import Path

import pygame
import pytest

from kleinekernen.cli import main
from kleinekernen.engine import picks as picks_module
from kleinekernen.engine.autoplay import deal
from kleinekernen.engine.choices import ChooseRole, PlayMove
from kleinekernen.engine.state import Step
from kleinekernen.ui.preview import load_with_case, open_preview
from kleinekernen.ui.preview_picks import parse_picks
from tests.ui.helpers import press, scene_name, step
from tests.ui.test_preview import a_case, save

OLD_REASON = "Een dorpsraad die de jongeren aanmoedigt, houdt het vuur brandend."
NEW_REASON = "Een dorpsraad die de jongeren een hart onder de riem steekt, houdt het vuur brandend."


def reloaded(app, seconds: float = 1.5) -> bool:  # type: ignore[no-untyped-def]
    """Let the game loop run (its watcher polls the file) until the case was loaded again."""
    before = app.session
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.step([])
        if app.session is not before:
            return True
        time.sleep(0.05)
    return False


def every_reason(app) -> str:  # type: ignore[no-untyped-def]
    """The reasons on every page of the outcome, as the rows give them to be drawn."""
    view = app.scene.outcome
    width = view.words_rect(app.scene.body_rect(app.screen_rect())).width
    return " ".join(view.row_words(row, width)[2] for row in view.rows())


def test_a_save_reloads_on_the_same_step_with_the_same_choices_and_the_new_reason(tmp_path: Path) -> None:
    path = a_case(tmp_path)
    app = open_preview(path)
    press(app, pygame.K_PAGEDOWN)  # the story card: on to the matrix
    press(app, pygame.K_1)  # placement
    press(app, pygame.K_4)  # burgers: aanjager, a role this case judges
    press(app, pygame.K_2)  # partners
    press(app, pygame.K_3)  # overheid
    for _corner in range(3):
        press(app, pygame.K_2)  # each corner's second move card
    assert step(app) is Step.OUTCOME
    press(app, pygame.K_F5)  # every reason
    history = app.session.game.state.history  # type: ignore[union-attr]
    assert ChooseRole("burgers", "aanjager") in history and OLD_REASON in every_reason(app)

    save(path, path.read_text(encoding="utf-8").replace(OLD_REASON, NEW_REASON))
    assert reloaded(app)  # through the loop's own steps: the watcher polls and reloads
    assert scene_name(app) == "CaseScene" and step(app) is Step.OUTCOME
    assert app.session.game.state.history == history  # type: ignore[union-attr]
    assert app.scene.reasons  # type: ignore[attr-defined]  # still on the list of every reason
    assert NEW_REASON in every_reason(app) and OLD_REASON not in every_reason(app)
    while NEW_REASON.split(",")[0] not in app.screen_text():  # the new words are drawn on one of the pages
        assert app.scene.page + 1 < len(app.scene.outcome.change_pages())  # type: ignore[attr-defined]
        press(app, pygame.K_PAGEDOWN)
    assert app.typesetter.misfits == []


def test_a_refused_choice_stops_the_replay_with_a_banner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = a_case(tmp_path)
    deck = load_with_case(path, "nl")[0]
    hand = dict(deal(deck, 1, 0))["burgers"]
    outside = next(move.id for move in deck.moves_of("burgers") if move.id not in hand)
    monkeypatch.setattr(picks_module, "SEEDS_TO_TRY", 0)  # no other deal: the card stays out of the hand
    picks = parse_picks(f"burgers=aanjager:{outside},partners=leverancier,overheid=rechtsstaat", deck)
    app = open_preview(path, picks=picks)
    assert step(app) is Step.MOVES and app.session.game.turn() == "burgers"  # type: ignore[union-attr]
    app.dirty = True
    app.step([])
    assert f"zet {outside} van Burgers" in app.screen_text() and "kan niet" in app.screen_text()
    press(app, pygame.K_1)  # the trainer chooses on screen from there; the banner goes
    assert "kan niet" not in app.screen_text()


def test_moves_open_the_case_on_the_outcome_of_the_picked_roles_and_moves(tmp_path: Path) -> None:
    path = a_case(tmp_path)
    deck = load_with_case(path, "nl")[0]
    text = ",".join(
        [
            "burgers=aanjager:klein-beginnen",
            "partners=leverancier:dienst-op-verzoek",
            "overheid=rechtsstaat:zelf-regelen",
        ]
    )
    picks = parse_picks(text, deck)
    app = open_preview(path, picks=picks)
    assert step(app) is Step.OUTCOME
    moves = dict(app.session.game.state.pending.moves)  # type: ignore[union-attr]
    assert moves["burgers"] == "klein-beginnen" and moves["partners"] == "dienst-op-verzoek"
    app.dirty = True
    app.step([])
    assert "Aanjager" in app.screen_text()


def test_a_partial_pick_leaves_the_other_corners_to_the_screen_without_skipping_them(tmp_path: Path) -> None:
    path = a_case(tmp_path)
    picks = parse_picks("place=burgers_with_overheid,burgers=aanjager", load_with_case(path, "nl")[0])
    app = open_preview(path, picks=picks)
    game = app.session.game  # type: ignore[union-attr]
    assert game.step is Step.ROLES and game.turn() == "partners"
    assert game.state.placement is not None and game.state.placement.needs_other
    press(app, pygame.K_1)
    assert app.session.game.turn() == "overheid"  # type: ignore[union-attr]  # asked, not played by the game
    press(app, pygame.K_1)
    assert app.session.game.step is Step.MOVES and app.session.game.turn() == "burgers"  # type: ignore[union-attr]
    assert isinstance(app.session.game.state.history[-1], ChooseRole)  # type: ignore[union-attr]
    assert not any(isinstance(c, PlayMove) for c in app.session.game.state.history)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("moves", "named", "listed"),
    [
        ("burgers=nope", "'burgers=nope'", "aanjager"),
        ("burgers=aanjager:nope", "'nope'", "klein-beginnen"),
        ("dorp=aanjager", "'dorp'", "partners"),
        ("place=midden", "'midden'", "burgers_alone"),
        ("burgers", "'burgers'", "burgers=ROL:ZET"),
    ],
)
def test_a_bad_moves_argument_names_the_bad_part_and_lists_what_would_do(  # type: ignore[no-untyped-def]
    tmp_path, capsys, moves, named, listed
) -> None:
    path = a_case(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        main(["preview", str(path), "--moves", moves])
    message = str(stopped.value.code)
    assert named in message and listed in message and "--moves" in message


def test_moves_is_explained_in_help(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["preview", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--moves" in out and "burgers=ROL:ZET" in out
