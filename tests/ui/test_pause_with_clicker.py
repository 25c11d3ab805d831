"""Pausing an evening mid-session with the clicker alone, and resuming it from the title."""

from __future__ import annotations

from kleinekernen.engine.setup import MIN_CASES
from kleinekernen.engine.state import Step
from kleinekernen.ui.scenes.overlays import ConfirmOverlay
from tests.ui.helpers import clicker, play_to_end, scene_name, start, step

MOST_PRESSES = 40  # far more Next presses than any step of a case needs


def next_until_reflection(app) -> None:  # type: ignore[no-untyped-def]
    for _ in range(MOST_PRESSES):
        if step(app) is Step.REFLECT:
            return
        clicker(app, "next")
    raise AssertionError(f"no reflection after {MOST_PRESSES} presses of Next; the step is {step(app)}")


def play_first_case(app) -> None:  # type: ignore[no-untyped-def]
    clicker(app, "f5")  # new session
    app.scene.start()  # type: ignore[attr-defined]
    clicker(app, "next")  # story read
    clicker(app, "f5")  # placement
    clicker(app, "f5")  # role
    clicker(app, "f5")  # move
    next_until_reflection(app)
    clicker(app, "next")
    clicker(app, "next")  # the conversation ends after it asked
    assert step(app) is Step.DRAW and app.session.game.state.case_index == 1  # type: ignore[union-attr]


def test_back_on_a_story_card_pauses_after_a_deliberate_second_press_and_title_resumes() -> None:
    app = start()
    play_first_case(app)
    confirmed = len(app.session.game.state.history)  # type: ignore[union-attr]
    assert "Terug: pauzeren" in app.screen_text()
    clicker(app, "back")
    assert isinstance(app.scene, ConfirmOverlay) and "Pauzeren en naar het begin?" in app.screen_text()
    clicker(app, "f5")  # starts on "Nee": one press does not stop the evening
    assert scene_name(app) == "CaseScene" and step(app) is Step.DRAW
    clicker(app, "back")
    clicker(app, "next")  # to "Ja"
    clicker(app, "f5")
    assert scene_name(app) == "TitleScene" and app.running
    assert "Verder" in app.screen_text()
    assert app.scene.stops(app.screen_rect())[app.scene.focus].key == "continue"
    clicker(app, "f5")  # continue
    assert scene_name(app) == "CaseScene" and step(app) is Step.DRAW
    state = app.session.game.state  # type: ignore[union-attr]
    assert state.case_index == 1 and len(state.history) == confirmed


def test_back_on_the_end_screen_first_page_asks_then_undoes_into_the_last_case() -> None:
    app = start()
    play_to_end(app, MIN_CASES)  # the shortest session the setup offers; how it is played is not under test here
    assert scene_name(app) == "EndScene"
    clicker(app, "back")
    assert isinstance(app.scene, ConfirmOverlay) and "Terug naar de laatste casus?" in app.screen_text()
    clicker(app, "f5")  # "Nee" first
    assert scene_name(app) == "EndScene"
    clicker(app, "back")
    clicker(app, "next")
    clicker(app, "f5")
    assert scene_name(app) == "CaseScene" and step(app) is Step.REFLECT
