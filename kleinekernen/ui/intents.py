"""What a key means, whatever sent it: a keyboard, or a presentation clicker.

Clickers send PageDown/PageUp (or Right/Left), B or "." for a black screen, and F5 and Esc alternately
from one button. Choice screens use Next/Back to move through the options and Choose (Enter, Space, or
the clicker's F5/Esc button) to pick; other screens use Next/Back to go on and back.
"""

from __future__ import annotations

from enum import Enum

import pygame


class Intent(Enum):
    NEXT = "next"
    BACK = "back"
    CHOOSE = "choose"
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    TAB = "tab"
    SHIFT_TAB = "shift_tab"
    HELP = "help"
    BLACK = "black"
    WHITE = "white"
    FULLSCREEN = "fullscreen"
    LARGER = "larger"
    SMALLER = "smaller"
    QUIT = "quit"
    PRESENTER = "presenter"
    """F5 or Esc: the clicker's presentation button. Never quits; on choice screens it picks."""
    PRESENTER_VIEW = "presenter_view"
    """F2: the presenter view, a second window for the facilitator, opened or closed."""


KEYS: dict[int, Intent] = {
    pygame.K_PAGEDOWN: Intent.NEXT,
    pygame.K_PAGEUP: Intent.BACK,
    pygame.K_RETURN: Intent.CHOOSE,
    pygame.K_KP_ENTER: Intent.CHOOSE,
    pygame.K_SPACE: Intent.CHOOSE,
    pygame.K_BACKSPACE: Intent.BACK,
    pygame.K_RIGHT: Intent.RIGHT,
    pygame.K_LEFT: Intent.LEFT,
    pygame.K_UP: Intent.UP,
    pygame.K_DOWN: Intent.DOWN,
    pygame.K_h: Intent.HELP,
    pygame.K_F1: Intent.HELP,
    pygame.K_b: Intent.BLACK,
    pygame.K_PERIOD: Intent.BLACK,
    pygame.K_w: Intent.WHITE,
    pygame.K_F11: Intent.FULLSCREEN,
    pygame.K_F5: Intent.PRESENTER,
    pygame.K_F2: Intent.PRESENTER_VIEW,
    pygame.K_ESCAPE: Intent.PRESENTER,
    pygame.K_PLUS: Intent.LARGER,
    pygame.K_EQUALS: Intent.LARGER,
    pygame.K_KP_PLUS: Intent.LARGER,
    pygame.K_MINUS: Intent.SMALLER,
    pygame.K_KP_MINUS: Intent.SMALLER,
}


def intent_of(event: pygame.event.Event) -> Intent | None:
    """The intent of a key press, or None for keys without one (letters while typing, say)."""
    if event.type != pygame.KEYDOWN:
        return None
    if event.key == pygame.K_TAB:
        return Intent.SHIFT_TAB if event.mod & pygame.KMOD_SHIFT else Intent.TAB
    if event.key == pygame.K_q and event.mod & pygame.KMOD_CTRL:
        return Intent.QUIT
    if event.key == pygame.K_SLASH and event.mod & pygame.KMOD_SHIFT:
        return Intent.HELP
    if getattr(event, "unicode", "") == "?":
        return Intent.HELP
    return KEYS.get(event.key)


def digit_of(event: pygame.event.Event) -> int | None:
    """1..9 for the digit keys (top row or keypad), else None."""
    if event.type != pygame.KEYDOWN:
        return None
    for base in (pygame.K_1, pygame.K_KP1):
        if base <= event.key <= base + 8:
            return int(event.key - base + 1)
    return None
