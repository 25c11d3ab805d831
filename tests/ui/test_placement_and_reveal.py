"""Nothing before the reveal gives the placement away; the reveal explains; the question follows the play;
and on the placement, outcome, reveal and end screens every text fits, from 720p to 4K."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from kleinekernen.content.models import quadrant_of
from kleinekernen.engine.questions import pick_question
from kleinekernen.engine.state import Step
from kleinekernen.persistence.report import build_report
from kleinekernen.ui.app import App
from kleinekernen.ui.scenes.placing import PLACEMENT_RULE
from tests.ui.helpers import click, press, start, step, stop_centre

QUADRANT_KEYS = {"burgers_alone": 1, "burgers_with_overheid": 2, "overheid_alone": 3, "overheid_with_burgers": 4}
WRONG_OWNER = {"burgers_alone": 3, "burgers_with_overheid": 4, "overheid_alone": 1, "overheid_with_burgers": 2}


def new_session(cases: int, *, size: tuple[int, int] = (1280, 720), seed: int = 3, lang: str = "nl") -> App:
    app = start(size=size, seed=seed, lang=lang)
    press(app, pygame.K_RETURN)  # new session
    app.scene.choices.cases = cases  # type: ignore[attr-defined]
    app.scene.start()  # type: ignore[attr-defined]
    return app


def to_place(app: App) -> None:
    while step(app) is not Step.PLACE:
        press(app, pygame.K_PAGEDOWN)


def place_and_choose(app: App, wrong: bool = False) -> None:
    """Place the case (right, or with the wrong owner), then the first role and move for every turn."""
    to_place(app)
    case = app.session.game.case  # type: ignore[union-attr]
    assert case is not None
    key = (WRONG_OWNER if wrong else QUADRANT_KEYS)[case.quadrant]
    press(app, pygame.K_0 + key)
    while step(app) in (Step.ROLES, Step.MOVES):
        press(app, pygame.K_1)


def shown(app: App) -> str:
    app.dirty = True
    app.step([])
    return app.screen_text()


@pytest.mark.parametrize("seed", [3, 11, 42])
def test_the_matrix_shows_no_case_of_this_session_as_an_example(seed: int) -> None:
    app = new_session(5, seed=seed)
    game = app.session.game  # type: ignore[union-attr]
    for _ in range(2):
        to_place(app)
        text = shown(app)
        titles = [game.deck.cases[case_id].title.nl for case_id in game.state.case_order]
        current = game.case.title.nl  # type: ignore[union-attr]
        assert text.count(current) == 1  # in the header only
        assert [title for title in titles if title != current and title in text] == []
        others = [case.title.nl for cid, case in game.deck.cases.items() if cid not in game.state.case_order]
        assert sum(title in text for title in others) >= 4  # examples, from outside the session
        place_and_choose(app)
        while step(app) is not Step.DRAW:
            press(app, pygame.K_PAGEDOWN)


def test_the_outcome_keeps_the_placement_verdict_for_the_reveal_which_also_says_why() -> None:
    app = new_session(3)
    place_and_choose(app, wrong=True)
    result = app.session.game.state.pending  # type: ignore[union-attr]
    assert result is not None
    verdicts = [change.reason.nl for change in result.changes if change.rule == PLACEMENT_RULE]
    assert verdicts, "a wrong owner is judged by the placement rule"
    seen = ""
    while step(app) is Step.OUTCOME:
        seen += shown(app)
        press(app, pygame.K_PAGEDOWN)
    assert not any(verdict in seen for verdict in verdicts)
    assert "plaatsing" not in seen.lower()
    assert "Klaar voor de onthulling?" in shown(app)
    press(app, pygame.K_PAGEDOWN)
    text = shown(app)
    case = app.session.game.case  # type: ignore[union-attr]
    assert case is not None
    assert "wijkt af van de kaart" in text
    assert case.placement_reason.nl in text
    assert all(verdict in text for verdict in verdicts)
    assert "Nog geen eerdere sessies met deze casus." in text  # how earlier sessions placed it, here: none yet


def test_the_reflection_asks_the_question_that_follows_the_play_and_the_report_writes_it_too() -> None:
    app = new_session(3, seed=5)
    asked = []
    for _ in range(3):
        place_and_choose(app)
        while step(app) is not Step.REFLECT:
            press(app, pygame.K_PAGEDOWN)
        game = app.session.game  # type: ignore[union-attr]
        question = pick_question(game.case, game.state.pending, game.setup.seed)  # type: ignore[arg-type]
        assert question.nl in shown(app)
        asked.append(question.nl)
        press(app, pygame.K_PAGEDOWN)  # asks
        press(app, pygame.K_PAGEDOWN)  # ends the conversation
    report = build_report(app.session.game, [], "nl")  # type: ignore[union-attr]
    assert [case.question for case in report.cases] == asked


def play_through_checking_fit(app: App, cases: int) -> int:
    """Play every case (the first half placed wrongly) and return how many screens were looked at."""
    looked = 0
    for number in range(cases):
        to_place(app)
        assert "…" not in shown(app), "placement"
        place_and_choose(app, wrong=number % 2 == 0)
        while step(app) is not Step.REFLECT:
            press(app, pygame.K_PAGEDOWN)
            text = shown(app)
            looked += 1
            assert "…" not in text, (app.session.game.state.case_id, step(app))  # type: ignore[union-attr]
        press(app, pygame.K_PAGEDOWN)
    for _ in range(2):
        assert "…" not in shown(app), "end"
        press(app, pygame.K_PAGEDOWN)
    return looked


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_case_fits_whole_on_the_smallest_screen(lang: str) -> None:
    app = new_session(len(start().deck.cases), lang=lang)
    assert play_through_checking_fit(app, len(app.session.game.state.case_order)) > 0  # type: ignore[union-attr]
    assert app.session.game.step is Step.END  # type: ignore[union-attr]


def test_a_session_fits_whole_in_4k() -> None:
    app = new_session(3, size=(3840, 2160))
    assert play_through_checking_fit(app, 3) > 0


def test_the_reveal_shows_how_earlier_sessions_placed_the_case(tmp_path: Path) -> None:
    first = start(seed=9, saves=tmp_path)
    press(first, pygame.K_RETURN)
    first.scene.choices.cases = 3  # type: ignore[attr-defined]
    first.scene.start()  # type: ignore[attr-defined]
    place_and_choose(first, wrong=True)
    placed = first.session.game.state.placement  # type: ignore[union-attr]
    assert placed is not None
    while step(first) is not Step.DRAW:
        press(first, pygame.K_PAGEDOWN)
    again = start(seed=9, saves=tmp_path)
    click(again, stop_centre(again.scene, again, "new"))  # the first session is offered to continue
    again.scene.choices.cases = 3  # type: ignore[attr-defined]
    again.scene.start()  # type: ignore[attr-defined]
    place_and_choose(again)
    while step(again) is not Step.REVEAL:
        press(again, pygame.K_PAGEDOWN)
    press(again, pygame.K_PAGEDOWN)
    text = shown(again)
    square = again.t(f"quadrant.{quadrant_of(placed.owner, placed.needs_other)}")
    assert "Eerdere sessies (1)" in text and f"{square} 100%" in text
