"""A whole 3-case session from the title to the end screen, with only what a presentation clicker sends."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from kleinekernen.engine.state import Step
from kleinekernen.ui.scenes.overlays import BlankOverlay, ConfirmOverlay
from tests.ui.helpers import clicker, press, scene_name, start, step


def test_a_facilitator_plays_three_cases_with_a_clicker_only(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr("kleinekernen.ui.scenes.end.open_in_viewer", lambda path: opened.append(path) or True)
    app = start()
    assert scene_name(app) == "TitleScene"
    assert "Nieuwe sessie" in app.screen_text()
    clicker(app, "f5")  # choose the focused "new session"
    assert scene_name(app) == "SetupScene"
    while app.scene.stops(app.screen_rect())[app.scene.focus].key != "cases":
        clicker(app, "next")
    while app.scene.choices.cases != 3:  # type: ignore[attr-defined]
        clicker(app, "esc")  # the presenter button steps the value
    assert "Aantal casussen" in app.screen_text()
    while app.scene.stops(app.screen_rect())[app.scene.focus].key != "start":
        clicker(app, "next")
    clicker(app, "f5")
    assert scene_name(app) == "CaseScene" and step(app) is Step.DRAW

    for number in range(1, 4):
        assert f"Casus {number} van 3" in app.screen_text()
        clicker(app, "next")
        assert step(app) is Step.PLACE
        assert "Van wie is dit probleem?" in app.screen_text()
        clicker(app, "next")  # focus to the second quadrant
        clicker(app, "f5")
        assert step(app) is Step.ROLES
        clicker(app, "esc")  # the clicker's other press of the same button picks too
        assert step(app) is Step.MOVES
        clicker(app, "next")
        clicker(app, "f5")
        assert step(app) is Step.OUTCOME
        assert "Het loopt" in app.screen_text()
        while step(app) is Step.OUTCOME:
            clicker(app, "next")
        assert step(app) is Step.REVEAL and "Klaar voor de onthulling?" in app.screen_text()
        clicker(app, "b")
        assert isinstance(app.scene, BlankOverlay) and app.screen.get_at((10, 10))[:3] == (0, 0, 0)
        clicker(app, "next")  # any key returns, and goes nowhere else
        assert step(app) is Step.REVEAL
        clicker(app, "next")
        assert "Hoe andere dorpen het deden" in app.screen_text()
        clicker(app, "next")
        assert step(app) is Step.REFLECT
        clicker(app, "f5")  # pauses the discussion timer, never quits
        assert app.running and not app.session.timer.running  # type: ignore[union-attr]
        left = app.session.timer.remaining  # type: ignore[union-attr]
        clicker(app, "next")  # Next asks before the conversation ends
        assert "Het gesprek afronden?" in app.screen_text() and step(app) is Step.REFLECT
        clicker(app, "f5")  # one more minute, and the conversation goes on
        assert step(app) is Step.REFLECT and app.session.timer.remaining == left + 60  # type: ignore[union-attr]
        clicker(app, "next")
        clicker(app, "back")  # keep talking
        assert step(app) is Step.REFLECT and not isinstance(app.scene, ConfirmOverlay)
        clicker(app, "next")
        clicker(app, "next")  # the second Next ends it
        assert step(app) is not Step.REFLECT

    assert scene_name(app) == "EndScene"
    state = app.session.game.state  # type: ignore[union-attr]
    assert state.step is Step.END and len(state.results) == 3
    assert all(result.placement.owner == "burgers" and result.placement.needs_other for result in state.results)
    assert "De balans" in app.screen_text()
    clicker(app, "f5")  # the report for the minutes, with the clicker alone
    assert "Verslag geschreven en geopend" in app.screen_text() and scene_name(app) == "EndScene"
    assert [path.suffix for path in opened] == [".html"]
    assert any((app.saves / "reports").glob("*.html")) and any((app.saves / "reports").glob("*.pdf"))
    clicker(app, "next")
    assert "Lessen in liefde" in app.screen_text()
    clicker(app, "next")
    assert "Actieplan" in app.screen_text()
    clicker(app, "next")
    assert isinstance(app.scene, ConfirmOverlay)
    clicker(app, "next")
    clicker(app, "f5")
    assert scene_name(app) == "TitleScene" and app.running


def test_esc_and_f5_never_quit_and_quitting_asks_first() -> None:
    app = start()
    clicker(app, "esc")  # on a menu the presenter button picks the focused entry: a new session
    assert scene_name(app) == "SetupScene"
    app.scene.start()  # type: ignore[attr-defined]
    for _ in range(8):  # the presenter button goes on, picks, and at the reflection runs the clock
        if step(app) is Step.OUTCOME:  # there it shows every reason, and the outcome again; Next goes on
            clicker(app, "f5")
            assert app.scene.reasons  # type: ignore[attr-defined]
            clicker(app, "esc")
            assert not app.scene.reasons  # type: ignore[attr-defined]
            clicker(app, "next")
            continue
        clicker(app, "esc")
        clicker(app, "f5")
    assert app.running and step(app) is Step.REFLECT
    pygame.event.post(pygame.event.Event(pygame.QUIT))  # the window's close button
    app.step()
    assert isinstance(app.scene, ConfirmOverlay) and app.running
    assert "Stoppen met spelen?" in app.screen_text()
    clicker(app, "esc")  # the presenter button answers what has the focus: "No"
    assert not isinstance(app.scene, ConfirmOverlay) and app.running and step(app) is Step.REFLECT
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    app.step()
    clicker(app, "back")  # Back answers No too
    assert not isinstance(app.scene, ConfirmOverlay) and app.running and step(app) is Step.REFLECT
    press(app, pygame.K_q, mod=pygame.KMOD_CTRL)
    press(app, pygame.K_RIGHT)
    press(app, pygame.K_RETURN)
    assert not app.running


def test_the_clicker_quits_from_the_title_with_a_deliberate_second_press() -> None:
    app = start()
    while app.scene.stops(app.screen_rect())[app.scene.focus].key != "quit":
        clicker(app, "next")
    clicker(app, "f5")
    assert isinstance(app.scene, ConfirmOverlay) and "Stoppen met spelen?" in app.screen_text()
    clicker(app, "f5")  # starts on "No": one press more does not quit
    assert app.running and scene_name(app) == "TitleScene"
    clicker(app, "back")  # Back on the title goes nowhere (it does not cycle to "Stoppen")
    assert app.scene.stops(app.screen_rect())[app.scene.focus].key == "quit"
    clicker(app, "f5")
    clicker(app, "next")  # to "Yes"
    assert app.running
    clicker(app, "f5")
    assert not app.running


def test_the_trace_names_the_focused_button_so_a_script_can_tell_where_next_has_taken_it(tmp_path: Path) -> None:
    app = start()
    app.trace = tmp_path / "trace.jsonl"
    clicker(app, "next")
    clicker(app, "next")
    lines = [json.loads(line) for line in app.trace.read_text(encoding="utf-8").splitlines()]
    assert [line["focus"] for line in lines] == ["sessions", "room"]
    assert lines[-1] == {"scene": "TitleScene", "step": None, "case": None, "confirmed": 0, "focus": "room"}
