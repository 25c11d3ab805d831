"""Keyboard play: digits pick cards, Tab moves the focus, notes take Dutch text, Back asks before undoing."""

from __future__ import annotations

import pygame

from kleinekernen.engine.choices import PlayMove
from kleinekernen.engine.state import Step
from kleinekernen.ui.driver import type_text
from kleinekernen.ui.scenes.overlays import ConfirmOverlay, HelpOverlay
from kleinekernen.ui.textfield import Clipboard, TextField
from tests.ui.helpers import play_to_end, press, scene_name, start, step


def to_first_case(lang: str = "nl"):  # type: ignore[no-untyped-def]
    app = start(lang=lang)
    press(app, pygame.K_RETURN)
    app.scene.start()  # type: ignore[attr-defined]
    return app


def test_digits_pick_a_quadrant_a_role_and_the_card_of_that_number() -> None:
    app = to_first_case()
    press(app, pygame.K_RIGHT)
    press(app, pygame.K_4)
    assert app.session.game.state.placement.owner == "overheid"  # type: ignore[union-attr]
    press(app, pygame.K_2)
    assert app.session.game.state.roles[0] == ("burgers", "kennisdeler")  # type: ignore[union-attr]
    hand = app.session.game.hand("burgers")  # type: ignore[union-attr]
    press(app, pygame.K_3)
    assert app.session.game.state.history[-1] == PlayMove("burgers", hand[2])  # type: ignore[union-attr]
    assert step(app) is Step.OUTCOME


def test_notes_take_diacritics_editing_selection_and_paste_and_are_kept() -> None:
    app = to_first_case()
    press(app, pygame.K_RIGHT)
    press(app, pygame.K_1)
    press(app, pygame.K_1)
    press(app, pygame.K_1)
    while step(app) is not Step.REFLECT:
        press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_b)  # the notes are not focused yet: B blacks the screen for the facilitator
    assert scene_name(app) == "BlankOverlay"
    press(app, pygame.K_SPACE)
    press(app, pygame.K_TAB)
    press(app, pygame.K_TAB)
    type_text(app, "Café in de ruïne, één idee")
    press(app, pygame.K_b)  # now B is a letter in the notes, not the black screen
    assert scene_name(app) == "CaseScene" and app.session.note.text.endswith("ideeb")  # type: ignore[union-attr]
    press(app, pygame.K_BACKSPACE)
    for _ in range(4):
        press(app, pygame.K_LEFT, mod=pygame.KMOD_SHIFT)
    press(app, pygame.K_c, mod=pygame.KMOD_CTRL)
    press(app, pygame.K_END)
    type_text(app, " ")
    press(app, pygame.K_v, mod=pygame.KMOD_CTRL)
    assert app.session.note.text == "Café in de ruïne, één idee idee"  # type: ignore[union-attr]
    assert "Café in de ruïne," in app.screen_text()
    press(app, pygame.K_PAGEDOWN)  # inside the field Next does nothing: typing never plays
    assert step(app) is Step.REFLECT
    press(app, pygame.K_ESCAPE)  # Esc leaves the field, then Next asks and Next again ends the conversation
    press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_PAGEDOWN)
    assert app.session.game.state.results[0].note == "Café in de ruïne, één idee idee"  # type: ignore[union-attr]


def test_back_asks_before_it_undoes_a_confirmed_choice() -> None:
    app = to_first_case()
    press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_1)
    assert step(app) is Step.ROLES
    press(app, pygame.K_PAGEUP)  # on a choice screen Back goes back: it asks before it undoes
    assert isinstance(app.scene, ConfirmOverlay) and "Een stap terug?" in app.screen_text()
    press(app, pygame.K_PAGEUP)  # Back on the question answers No
    assert not isinstance(app.scene, ConfirmOverlay) and step(app) is Step.ROLES
    stops = app.scene.stops(app.screen_rect())
    app.scene.focus = [stop.key for stop in stops].index("back")
    press(app, pygame.K_RETURN)
    assert isinstance(app.scene, ConfirmOverlay) and "Een stap terug?" in app.screen_text()
    press(app, pygame.K_RETURN)  # "No"
    assert step(app) is Step.ROLES
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RIGHT)
    press(app, pygame.K_RETURN)  # "Yes"
    assert step(app) is Step.PLACE and app.session.game.state.placement is None  # type: ignore[union-attr]


def test_help_is_on_every_scene_and_says_what_to_do() -> None:
    app = start()
    press(app, pygame.K_h)
    assert isinstance(app.scene, HelpOverlay) and "Nieuwe sessie" in app.screen_text()
    press(app, pygame.K_SPACE)
    app = to_first_case(lang="en")
    press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_F1)
    assert "ownership matrix" in app.screen_text()


def test_text_size_grows_and_shrinks_but_never_below_a_thirtieth_of_the_screen() -> None:
    app = start()
    body = app.metrics.body
    assert body >= 720 / 30
    press(app, pygame.K_PLUS, unicode="+")
    press(app, pygame.K_PLUS, unicode="+")
    assert app.metrics.body > body
    for _ in range(5):
        press(app, pygame.K_MINUS, unicode="-")
    assert app.metrics.body == body


def test_the_textfield_moves_by_words_and_deletes_forward() -> None:
    field = TextField("één twee drie")
    field.cursor = len(field.text)
    clipboard = Clipboard()
    ctrl_left = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_LEFT, mod=pygame.KMOD_CTRL, unicode="")
    field.handle_key(ctrl_left, clipboard)
    assert field.cursor == len("één twee ")
    field.handle_key(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_DELETE, mod=0, unicode=""), clipboard)
    assert field.text == "één twee rie"
    field.insert("D\x00")
    assert field.text == "één twee Drie"


def test_the_action_plan_is_typed_answer_by_answer() -> None:
    app = start()
    play_to_end(app, cases=3)
    press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_b)  # no answer has the focus yet: B is the black screen
    assert scene_name(app) == "BlankOverlay"
    press(app, pygame.K_SPACE)
    press(app, pygame.K_TAB)
    type_text(app, "Omdat het dorp het zelf wil")
    press(app, pygame.K_TAB)
    type_text(app, "Een dorpsbudget")
    plan = [field.text for field in app.session.action_plan]  # type: ignore[union-attr]
    assert plan == ["Omdat het dorp het zelf wil", "Een dorpsbudget", ""]
