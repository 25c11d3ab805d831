"""The presenter view: a second window beside the audience's, showing the facilitator the step now and next, the
timer, the room's votes, the notes and the text to read aloud; its keys drive the game, its notes take text."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import pygame

from kleinekernen.engine.state import Step
from kleinekernen.persistence.sessions import open_session
from kleinekernen.ui.app import App
from kleinekernen.ui.driver import settle
from kleinekernen.ui.presenter.window import PresenterWindow
from tests.ui.helpers import press, scene_name, start, step
from tests.ui.test_typing_never_plays import NOTE, to_reflect


@dataclass
class FakeRoom:
    """A room of phones as the presenter sees it: open or not, and how many have voted."""

    open: bool = True
    count: int = 0

    def is_open(self) -> bool:
        return self.open

    def voted(self) -> int:
        return self.count


def with_presenter(size: tuple[int, int] = (1280, 720), lang: str = "nl") -> tuple[App, PresenterWindow]:
    app = App(lang=lang, seed=3, size=size, saves=Path(tempfile.mkdtemp(prefix="kk-saves-")), presenter=True)
    app.step([])
    assert app.presenter is not None
    return app, app.presenter


def seen(presenter: PresenterWindow) -> str:
    """What the presenter window drew, lines joined again (a word broken with a hyphen made whole)."""
    return " ".join(" ".join(presenter.typesetter.drawn).replace("- ", "").split())


def in_window(app: App, presenter: PresenterWindow, *events: pygame.event.Event) -> None:
    for event in events:
        event.window = presenter.window
        pygame.event.post(event)
    app.step()


def key(app: App, presenter: PresenterWindow, code: int, text: str = "", mod: int = 0) -> list[pygame.event.Event]:
    """A key pressed in the presenter window, as SDL sends it (with TEXTINPUT while typing there)."""
    events = [pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode=text, scancode=0)]
    if text and text.isprintable() and presenter.notes_field(app) is not None:
        events.append(pygame.event.Event(pygame.TEXTINPUT, text=text))
    return [*events, pygame.event.Event(pygame.KEYUP, key=code, mod=mod, unicode=text, scancode=0)]


def click_at(pos: tuple[int, int]) -> list[pygame.event.Event]:
    return [
        pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1),
        pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1),
    ]


def begin(app: App) -> None:
    press(app, pygame.K_RETURN)
    app.scene.start()  # type: ignore[attr-defined]
    app.step([])


def test_the_presenter_window_opens_beside_the_main_one_and_shows_step_timer_votes_notes_and_story() -> None:
    app, presenter = with_presenter()
    assert presenter.surface() is not app.screen and presenter.window.title.endswith("presentatorscherm")
    assert presenter.window.size == (1280, 720)
    app.context.room = FakeRoom(count=7)
    begin(app)
    shown = seen(presenter)
    case = app.session.game.case  # type: ignore[union-attr]
    assert case is not None
    assert "Nu: De casus" in shown
    assert "Daarna: de groep bepaalt van wie het probleem is." in shown
    assert "5:00" in shown
    assert "7 stemmen binnen uit de zaal" in shown
    assert "Notities" in shown and "De notities gaan open bij het gesprek." in shown
    assert "Voorlezen: het verhaal" in shown and case.title.get("nl") in shown
    assert " ".join(case.story.get("nl").split()) in shown
    assert presenter.typesetter.misfits == []
    app.context.room = FakeRoom(count=1)
    press(app, pygame.K_PAGEDOWN)
    assert "1 stem binnen uit de zaal" in seen(presenter)
    app.context.room = FakeRoom(open=False, count=5)
    press(app, pygame.K_1)
    assert "stemmen binnen" not in seen(presenter) and "Nu: Rollen" in seen(presenter)


def test_the_presenter_shows_the_card_at_the_reveal_and_the_question_with_the_running_timer() -> None:
    app, presenter = with_presenter(lang="en")
    begin(app)
    while step(app) is not Step.REVEAL:
        press(app, pygame.K_1) if step(app) in (Step.PLACE, Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)
    case = app.session.game.case  # type: ignore[union-attr]
    assert case is not None
    assert "Next reveals what the card says." in seen(presenter)
    assert " ".join(case.placement_reason.get("en").split()) in seen(presenter)  # ahead of the audience
    press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_PAGEDOWN)
    assert step(app) is Step.REFLECT
    app.dirty = app.scene.update(3.0)
    app.step([])
    assert "Conversation time; running. F5: pause." in seen(presenter) and "4:57" in seen(presenter)
    assert "The question for the conversation" in seen(presenter)


def test_a_key_in_the_presenter_window_plays_as_in_the_main_window() -> None:
    app, presenter = with_presenter()
    begin(app)
    assert step(app) is Step.DRAW
    in_window(app, presenter, *key(app, presenter, pygame.K_PAGEDOWN))
    assert step(app) is Step.PLACE
    in_window(app, presenter, *key(app, presenter, pygame.K_1, "1"))
    assert step(app) is Step.ROLES
    in_window(app, presenter, *key(app, presenter, pygame.K_PAGEUP))  # Back on a menu: the undo asks first
    assert scene_name(app) == "ConfirmOverlay"
    main = start()
    begin(main)
    press(main, pygame.K_PAGEDOWN)
    press(main, pygame.K_1)
    press(main, pygame.K_PAGEUP)
    assert scene_name(main) == "ConfirmOverlay"
    assert main.session.game.state.history == app.session.game.state.history  # type: ignore[union-attr]


def test_a_click_in_the_presenter_window_never_plays_a_card_of_the_main_window() -> None:
    app, presenter = with_presenter()
    begin(app)
    press(app, pygame.K_PAGEDOWN)
    chosen = len(app.session.game.state.history)  # type: ignore[union-attr]
    for stop in app.scene.stops(app.screen_rect()):
        in_window(app, presenter, *click_at(stop.rect.center))
    assert step(app) is Step.PLACE and len(app.session.game.state.history) == chosen  # type: ignore[union-attr]


def test_text_typed_in_the_presenter_notes_is_the_groups_note_kept_in_the_draft_and_never_plays() -> None:
    app, presenter = with_presenter()
    to_reflect(app)
    app.step([])
    choices = len(app.session.game.state.history)  # type: ignore[union-attr]
    in_window(app, presenter, *click_at(presenter.notes_rect(app).center))
    assert presenter.notes_field(app) is app.session.note  # type: ignore[union-attr]
    for n, line in enumerate(NOTE):
        if n:
            in_window(app, presenter, *key(app, presenter, pygame.K_RETURN, "\r"))
        for character in line:
            code = pygame.K_0 + int(character) if character.isdigit() else ord(character.lower())
            mod = pygame.KMOD_SHIFT if character.isupper() else 0
            in_window(app, presenter, *key(app, presenter, code, character, mod))
    in_window(app, presenter, *key(app, presenter, pygame.K_RETURN, "\r"))
    assert scene_name(app) == "CaseScene" and step(app) is Step.REFLECT
    assert len(app.session.game.state.history) == choices  # type: ignore[union-attr]
    assert app.session.note.text == "\n".join(NOTE) + "\n"  # type: ignore[union-attr]
    assert "tweede regel. 3" in seen(presenter) and "tweede regel. 3" in app.screen_text()  # both screens
    opened = open_session(app.session.path, app.deck)  # type: ignore[union-attr,arg-type]
    assert opened.journal.draft is not None and opened.journal.draft.note == "\n".join(NOTE) + "\n"
    in_window(app, presenter, *key(app, presenter, pygame.K_ESCAPE))  # Esc leaves the field; keys play again
    assert presenter.notes_field(app) is None
    in_window(app, presenter, *key(app, presenter, pygame.K_PAGEDOWN))
    assert scene_name(app) == "EndTalkOverlay"


def test_f2_opens_and_closes_the_presenter_and_closing_its_window_closes_only_it() -> None:
    app = start()
    assert app.presenter is None
    press(app, pygame.K_F2)
    assert app.presenter is not None
    presenter = app.presenter
    in_window(app, presenter, pygame.event.Event(pygame.WINDOWCLOSE))
    assert app.presenter is None and app.running and scene_name(app) == "TitleScene"
    press(app, pygame.K_F2)
    pygame.event.post(pygame.event.Event(pygame.WINDOWCLOSE))  # the audience's window: no QUIT comes with it
    app.step()
    assert scene_name(app) == "ConfirmOverlay" and app.scene.purpose == "quit"  # type: ignore[attr-defined]


def audience_frames(app: App) -> list[tuple[str, bytes]]:
    """What the audience's window shows on each of the first screens of a case, text and pixels."""
    begin(app)
    frames = []
    for _ in range(10):
        settle(app)  # the outcome's animation at its end, whatever the clock did
        frames.append((app.screen_text(), pygame.image.tobytes(app.screen, "RGB")))
        press(app, pygame.K_1) if step(app) in (Step.PLACE, Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)
    return frames


def test_with_the_presenter_off_the_audience_sees_exactly_what_it_sees_with_it_on() -> None:
    alone = start()
    assert alone.presenter is None and alone.display == 0
    without = audience_frames(alone)
    app, _presenter = with_presenter()
    assert audience_frames(app) == without
