"""Typing never plays: while a text field has the focus every key is text or editing, and what was typed is
kept in the journal at once."""

from __future__ import annotations

import pygame

from kleinekernen.engine.state import Step
from kleinekernen.persistence.sessions import open_session
from kleinekernen.ui.app import App
from tests.ui.helpers import click, play_to_end, press, scene_name, start, step, stop_centre

NOTE = ["1 mei. b B 2", "tweede regel. 3"]
"""Spaces, digits, ".", "b", "B" and Enter: every key a game would otherwise take."""

KEYS = {" ": pygame.K_SPACE, ".": pygame.K_PERIOD, "b": pygame.K_b, "B": pygame.K_b}


def type_like_a_person(app: App, lines: list[str]) -> None:
    """Key by key, as SDL sends them: KEYDOWN (with its character) and TEXTINPUT, Enter between the lines."""
    for n, line in enumerate(lines):
        if n:
            press(app, pygame.K_RETURN, unicode="\r")
        for character in line:
            if character.isdigit():
                key = pygame.K_0 + int(character)
            elif character.isalpha() and character not in KEYS:
                key = pygame.K_a + ord(character.lower()) - ord("a")
            else:
                key = KEYS[character]
            mod = pygame.KMOD_SHIFT if character.isupper() else 0
            press(app, key, mod=mod, unicode=character)


def to_reflect(app: App) -> None:
    press(app, pygame.K_RETURN)
    app.scene.start()  # type: ignore[attr-defined]
    while step(app) is not Step.REFLECT:
        press(app, pygame.K_1) if step(app) in (Step.PLACE, Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)


def test_a_note_with_game_keys_in_it_stays_a_note_and_is_in_the_journal_at_once() -> None:
    app = start()
    to_reflect(app)
    choices = len(app.session.game.state.history)  # type: ignore[union-attr]
    click(app, stop_centre(app.scene, app, "notes"))
    type_like_a_person(app, NOTE)
    press(app, pygame.K_RETURN, unicode="\r")
    assert scene_name(app) == "CaseScene" and step(app) is Step.REFLECT
    assert len(app.session.game.state.history) == choices  # type: ignore[union-attr]
    assert app.session.note.text == "\n".join(NOTE) + "\n"  # type: ignore[union-attr]
    assert "tweede regel. 3" in app.screen_text()
    opened = open_session(app.session.path, app.deck)  # type: ignore[union-attr,arg-type]
    assert opened.journal.draft is not None and opened.journal.draft.note == "\n".join(NOTE) + "\n"
    press(app, pygame.K_ESCAPE)  # Esc leaves the field; then the clicker ends the conversation (it asks)
    press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_PAGEDOWN)
    assert app.session.game.state.results[0].note == "\n".join(NOTE)  # type: ignore[union-attr]


def test_every_answer_of_the_action_plan_keeps_its_lines() -> None:
    app = start()
    play_to_end(app, cases=3)
    while "plan0" not in [s.key for s in app.scene.stops(app.screen_rect())]:
        press(app, pygame.K_PAGEDOWN)
    page = app.scene.page  # type: ignore[attr-defined]
    for n in range(3):
        click(app, stop_centre(app.scene, app, f"plan{n}"))
        type_like_a_person(app, NOTE)
    assert scene_name(app) == "EndScene" and app.scene.page == page  # type: ignore[attr-defined]
    assert [f.text for f in app.session.action_plan] == ["\n".join(NOTE)] * 3  # type: ignore[union-attr]
    press(app, pygame.K_TAB)  # leaving the field keeps the answer in the journal
    opened = open_session(app.session.path, app.deck)  # type: ignore[union-attr,arg-type]
    assert opened.journal.plan == ["\n".join(NOTE)] * 3


def test_the_village_name_takes_every_key_and_enter_does_not_start() -> None:
    app = start()
    press(app, pygame.K_RETURN)
    assert scene_name(app) == "SetupScene"
    click(app, stop_centre(app.scene, app, "village"))
    type_like_a_person(app, NOTE)
    assert scene_name(app) == "SetupScene" and app.session is None
    assert app.scene.choices.village.text == "".join(NOTE)  # type: ignore[attr-defined]
    press(app, pygame.K_q, mod=pygame.KMOD_CTRL)  # not even the quit chord leaves a field
    assert scene_name(app) == "SetupScene"
