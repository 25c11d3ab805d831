"""The scene protocol (after Tuxemon's State): resume, pause, update, draw, handle.

`draw` only reads; every change happens in `handle` (an input) or `update` (time passing).
Menus share one behaviour: Next/Back and the arrow keys move the focus, Choose (Enter, Space, or the
clicker's F5/Esc button) picks, a digit picks directly, the mouse hovers and clicks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pygame

from ..context import GameContext
from ..intents import Intent, digit_of, intent_of
from ..session import NotSaved, PlaySession
from ..text import Typesetter
from ..theme import Metrics


class Host(Protocol):
    """What a scene may ask of the window it lives in: text, sizes, the context, and other scenes by name.

    Scenes know each other only by name (`"title"`, `"case"`, `"confirm"`, ...), so no scene imports another or
    the window; the names are bound to classes once, in `registry.py`.
    """

    context: GameContext
    typesetter: Typesetter
    dirty: bool
    seed: int

    @property
    def metrics(self) -> Metrics: ...
    @property
    def lang(self) -> str: ...
    @property
    def session(self) -> PlaySession | None: ...
    @property
    def scene(self) -> Scene: ...
    @property
    def scenarios(self) -> Path: ...
    @property
    def saves(self) -> Path: ...

    def t(self, key: str, **values: object) -> str: ...
    def screen_rect(self) -> pygame.Rect: ...
    def set_language(self, lang: str) -> None: ...
    def ask_quit(self) -> None: ...
    def pop(self) -> None: ...

    def push(self, name: str, **options: Any) -> None:
        """Put the scene called `name` on top (an overlay keeps what is below on screen)."""

    def replace(self, name: str, **options: Any) -> None:
        """The scene on top makes way for the scene called `name`."""

    def reset(self, name: str, **options: Any) -> None:
        """Every scene makes way for the scene called `name` (starting or resuming a session)."""


BACK_KEYS = ("back", "no")
"""The buttons that Back on a menu presses."""


@dataclass
class Stop:
    """Something the focus can rest on: a button, a card, a field."""

    key: str
    rect: pygame.Rect
    action: Callable[[], None] | None = None
    label: str = ""
    numbered: bool = False
    """Digits 1..9 pick numbered stops (the cards of a hand, the roles, the quadrants)."""
    field: object | None = None


class Scene:
    help_key = "help.general"
    menu = True
    """True: Next moves the focus, Back goes back and Choose picks. False: Next/Back go on and back."""
    back_leaves = False
    """A menu without a back button that Back leaves (the setup form, back to the title)."""

    def __init__(self, app: Host) -> None:
        self.app = app
        self.focus = 0

    # lifecycle
    def resume(self) -> None:
        """The scene comes on top (again)."""

    def pause(self) -> None:
        """Another scene or overlay comes on top."""

    def update(self, seconds: float) -> bool:
        """Let time pass; True if something visible changed."""
        return False

    def animating(self) -> bool:
        return False

    # layout and drawing
    def stops(self, screen: pygame.Rect) -> list[Stop]:
        return []

    def draw(self, surface: pygame.Surface) -> None:
        raise NotImplementedError

    def typing(self) -> bool:
        """True while a text field has the focus: letters then go to the field, not to shortcuts."""
        return self.focused_field() is not None

    def focused_field(self) -> object | None:
        stops = self.stops(self.app.screen_rect())
        if stops and 0 <= self.focus < len(stops):
            return stops[self.focus].field
        return None

    def leave_field(self, step: int, to_button: bool = False) -> None:
        """Tab out of the text field that has the focus; `to_button`: past every field, to the next button."""
        stops = self.stops(self.app.screen_rect())
        if not stops:
            return
        at = self.focus
        for _ in stops:
            at = (at + step) % len(stops)
            if not to_button or stops[at].field is None:
                break
        self.focus = at

    # asking
    def ask(self, question: str, detail: str, on_yes: Callable[[], None], purpose: str) -> None:
        """A Yes/No question (catalogue keys) over this scene; the focus starts on "Nee": Yes takes a second press."""
        self.app.push(
            "confirm", question=self.app.t(question), detail=self.app.t(detail), on_yes=on_yes, purpose=purpose
        )

    def undone(self) -> bool:
        """Take back the session's last confirmed step; False (and a banner) when the journal cannot be written."""
        session = self.app.session
        if session is None:
            return False
        try:
            session.undo()
        except NotSaved:
            self.app.dirty = True
            return False
        return True

    # input
    def next(self) -> None:
        """Flow scenes: go on."""

    def back(self) -> None:
        """Flow scenes: go back."""

    def clicks_go_on(self) -> bool:
        """Flow scenes: does a click on an empty spot go on? (Not where people click to type.)"""
        return True

    def presenter(self) -> None:
        """Flow scenes: what the clicker's F5/Esc button does here (nothing by default)."""

    def handle(self, event: pygame.event.Event) -> None:
        intent = intent_of(event)
        stops = self.stops(self.app.screen_rect())
        if event.type == pygame.MOUSEMOTION:
            if self.typing():
                return  # the pointer passing by does not take the focus out of a text field; a click does
            for index, stop in enumerate(stops):
                if stop.rect.collidepoint(event.pos) and self.focus != index:
                    self.focus = index
                    self.app.dirty = True
            return
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            for index, stop in enumerate(stops):
                if stop.rect.collidepoint(event.pos):
                    self.focus = index
                    self.activate(stop)
                    return
            if not self.menu and self.clicks_go_on():
                self.next()
            return
        if event.type != pygame.KEYDOWN:
            return
        if stops and self.focus >= len(stops):
            self.focus = len(stops) - 1
        digit = digit_of(event)
        if digit is not None and not self.typing():
            numbered = [stop for stop in stops if stop.numbered]
            if digit <= len(numbered):
                self.focus = stops.index(numbered[digit - 1])
                self.activate(numbered[digit - 1])
            return
        if self.menu:
            self.handle_menu(intent, stops)
        else:
            self.handle_flow(intent, stops)

    def handle_menu(self, intent: Intent | None, stops: list[Stop]) -> None:
        if not stops:
            return
        if intent in (Intent.NEXT, Intent.RIGHT, Intent.DOWN, Intent.TAB):
            self.focus = (self.focus + 1) % len(stops)
        elif intent is Intent.BACK:
            self.go_back(stops)
            return
        elif intent in (Intent.LEFT, Intent.UP, Intent.SHIFT_TAB):
            self.focus = (self.focus - 1) % len(stops)
        elif intent in (Intent.CHOOSE, Intent.PRESENTER):
            self.activate(stops[self.focus])
            return
        else:
            return
        self.app.dirty = True

    def go_back(self, stops: list[Stop]) -> None:
        """Back (the clicker's PageUp) on a menu goes back, as its "back" or "no" button does; it never cycles
        the focus (that would bring the last entry, a "yes" or "delete", one press away)."""
        back = next((stop for stop in stops if stop.key in BACK_KEYS), None)
        if back is not None:
            self.focus = stops.index(back)
            self.activate(back)
        elif self.back_leaves:
            self.app.pop()

    def handle_flow(self, intent: Intent | None, stops: list[Stop]) -> None:
        if intent in (Intent.NEXT, Intent.RIGHT):
            self.next()
        elif intent in (Intent.BACK, Intent.LEFT):
            self.back()
        elif intent is Intent.CHOOSE:
            if stops and 0 <= self.focus < len(stops) and stops[self.focus].action is not None:
                self.activate(stops[self.focus])
            else:
                self.next()
        elif intent is Intent.PRESENTER:
            self.presenter()
        elif intent in (Intent.TAB, Intent.DOWN) and stops:
            self.focus = (self.focus + 1) % len(stops)
        elif intent in (Intent.SHIFT_TAB, Intent.UP) and stops:
            self.focus = (self.focus - 1) % len(stops)
        else:
            return
        self.app.dirty = True

    def activate(self, stop: Stop) -> None:
        if stop.action is not None:
            stop.action()
        self.app.dirty = True
