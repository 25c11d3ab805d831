"""The presenter view's window: a second pygame window beside the audience's, for the facilitator's eyes only.

It draws when the main window draws, with a typesetter of its own (so what it shows is measured apart from the
audience's screen). Its events: keys drive the game as in the main window, except while its notes field has the
focus (then every key is text or editing); its clicks only focus or leave the notes; closing it closes only it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import pygame

from .. import theme
from ..context import GameContext
from ..text import Typesetter
from ..textfield import TextField
from ..theme import Metrics
from .briefing import Briefing, brief
from .view import draw_presenter, layout

CENTRED_ON_DISPLAY = 0x2FFF0000
"""SDL_WINDOWPOS_CENTERED_DISPLAY(n) is this plus n: the window centred on screen n."""
WINDOW_EVENTS = (
    pygame.WINDOWSIZECHANGED,
    pygame.WINDOWRESIZED,
    pygame.WINDOWEXPOSED,
    pygame.WINDOWSHOWN,
    pygame.WINDOWRESTORED,
    pygame.WINDOWMAXIMIZED,
)
TYPING_EVENTS = (pygame.KEYDOWN, pygame.TEXTINPUT)
PASSED_ON = (pygame.KEYDOWN, pygame.KEYUP, pygame.TEXTINPUT, pygame.TEXTEDITING)
"""The events of this window the game handles as if they came from the main window."""

Leave = Callable[[int, bool], None]


class PresenterHost(Protocol):
    """What the presenter window asks of the game's window (App)."""

    context: GameContext
    dirty: bool

    @property
    def scenes(self) -> Sequence[object]: ...

    @property
    def lang(self) -> str: ...
    @property
    def metrics(self) -> Metrics: ...

    def t(self, key: str, **values: object) -> str: ...
    def keep_typed(self) -> None: ...
    def toggle_presenter(self) -> None: ...

    def edit(self, field: TextField, event: pygame.event.Event, leave: Leave) -> None:
        """A key or text for `field`: text or editing, never a game command; `leave` on Tab or Esc."""


class PresenterWindow:
    def __init__(self, title: str, size: tuple[int, int], display: int = 0) -> None:
        position = (CENTRED_ON_DISPLAY + display, CENTRED_ON_DISPLAY + display)
        self.window = pygame.Window(title, size, position=position, resizable=True)
        self.typesetter = Typesetter()
        self.scale = 1.0
        self.notes_focused = False
        """True while the facilitator types in this window's notes field (clicked; Esc or Tab leaves it)."""
        self.frames = 0

    @property
    def metrics(self) -> Metrics:
        width, height = self.window.size
        return Metrics(width, height, self.scale)

    def surface(self) -> pygame.Surface:
        return self.window.get_surface()

    def close(self) -> None:
        self.window.destroy()

    def owns(self, event: pygame.event.Event) -> bool:
        window = getattr(event, "window", None)
        return window is not None and window.id == self.window.id

    def briefing(self, host: PresenterHost) -> Briefing:
        return brief(host.context, host.scenes, host.t, host.lang)

    def notes_field(self, host: PresenterHost) -> TextField | None:
        """The group's notes when this window's field has the focus (only on the reflection), else None."""
        session = host.context.session
        if not self.notes_focused or session is None or not self.briefing(host).notes_open:
            return None
        return session.note

    def leave_notes(self, step: int = 1, to_button: bool = False) -> None:
        self.notes_focused = False

    def handle(self, event: pygame.event.Event, host: PresenterHost) -> bool:
        """Handle an event of this window; False when the game should handle it as it does the main window's."""
        if event.type == pygame.WINDOWCLOSE:
            host.toggle_presenter()
            return True
        field = self.notes_field(host)
        if field is not None and event.type in TYPING_EVENTS:
            host.edit(field, event, self.leave_notes)
            return True
        if field is None and event.type == pygame.KEYDOWN:
            self.notes_focused = False  # the reflection is over: the focus does not wait for the next one
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            host.keep_typed()
            self.notes_focused = self._on_notes(event.pos, host)
            host.dirty = True
            return True
        if event.type in WINDOW_EVENTS:
            host.dirty = True
            return True
        return event.type not in PASSED_ON

    def notes_rect(self, host: PresenterHost) -> pygame.Rect:
        """Where the notes field is in this window (a click there types in it, on the reflection)."""
        return layout(self.metrics, self.typesetter, self.window.size, self.briefing(host)).notes

    def _on_notes(self, pos: tuple[int, int], host: PresenterHost) -> bool:
        return self.briefing(host).notes_open and self.notes_rect(host).collidepoint(pos)

    def draw(self, host: PresenterHost) -> None:
        """Draw the view and show it; reads the game, changes nothing of it."""
        self.scale = host.metrics.scale
        self.typesetter.lang = host.lang
        surface = self.surface()
        self.typesetter.begin_frame(floor=self.metrics.floor)
        surface.fill(theme.PAPER)
        session = host.context.session
        briefing = self.briefing(host)
        note = session.note if session is not None and briefing.notes_open else None
        draw_presenter(surface, self, briefing, note, self.notes_field(host) is not None, host.t)
        self.window.flip()
        self.frames += 1

    def screen_text(self) -> str:
        """All text drawn in this window's last frame, joined: what the facilitator sees, for tests."""
        return " ".join(self.typesetter.drawn)
