"""Drive the game with real pygame events, as a person would: for screenshots, benchmarks and tests."""

from __future__ import annotations

import pygame

from .app import App
from .textfield import TextField

KEY_UNICODE = {pygame.K_SPACE: " ", pygame.K_PERIOD: ".", pygame.K_b: "b", pygame.K_w: "w", pygame.K_h: "h"}


def press(app: App, key: int, mod: int = 0, unicode: str | None = None) -> None:
    """Post a key press and release, then let the game handle them.

    As SDL does, a printable key also arrives as TEXTINPUT while a text field has the focus.
    """
    text = KEY_UNICODE.get(key, "") if unicode is None else unicode
    typing = isinstance(app.scene.focused_field(), TextField)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=text, scancode=0))
    if typing and text and text.isprintable() and not mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT):
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=text))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=text, scancode=0))
    app.step()


def type_text(app: App, text: str) -> None:
    """Type text the way SDL delivers it: one TEXTINPUT event per character."""
    for character in text:
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=character))
    app.step()


def click(app: App, pos: tuple[int, int]) -> None:
    """Move the mouse to a point and click it."""
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    app.step()


def settle(app: App, seconds: float = 2.0) -> None:
    """Let animations finish, as if time passed."""
    for scene in app.scenes:
        scene.update(seconds)
    app.dirty = True
    app.step([])
