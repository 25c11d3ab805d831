"""Editable text on SDL's text-input events: cursor, selection, backspace/delete, paste, diacritics.

The editing logic is plain Python (testable without a window); `handle_key` and `insert` are fed from
pygame's KEYDOWN and TEXTINPUT events by the scene that owns the field.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import pygame


@dataclass
class TextField:
    text: str = ""
    cursor: int = 0
    anchor: int | None = None
    """Where a selection started; the selection runs from anchor to cursor."""
    limit: int = 2000
    multiline: bool = False

    def selection(self) -> tuple[int, int] | None:
        if self.anchor is None or self.anchor == self.cursor:
            return None
        return (min(self.anchor, self.cursor), max(self.anchor, self.cursor))

    def selected_text(self) -> str:
        span = self.selection()
        return self.text[span[0] : span[1]] if span else ""

    def _delete_selection(self) -> bool:
        span = self.selection()
        if span is None:
            return False
        self.text = self.text[: span[0]] + self.text[span[1] :]
        self.cursor, self.anchor = span[0], None
        return True

    def insert(self, typed: str) -> None:
        """Type or paste text at the cursor, replacing any selection."""
        if not self.multiline:
            typed = typed.replace("\r", " ").replace("\n", " ")
        typed = "".join(ch for ch in typed if ch == "\n" or ch.isprintable())
        self._delete_selection()
        room = self.limit - len(self.text)
        typed = typed[: max(0, room)]
        self.text = self.text[: self.cursor] + typed + self.text[self.cursor :]
        self.cursor += len(typed)

    def move(self, to: int, select: bool) -> None:
        if select and self.anchor is None:
            self.anchor = self.cursor
        if not select:
            self.anchor = None
        self.cursor = max(0, min(len(self.text), to))

    def backspace(self) -> None:
        if not self._delete_selection() and self.cursor > 0:
            self.text = self.text[: self.cursor - 1] + self.text[self.cursor :]
            self.cursor -= 1

    def delete(self) -> None:
        if not self._delete_selection() and self.cursor < len(self.text):
            self.text = self.text[: self.cursor] + self.text[self.cursor + 1 :]

    def select_all(self) -> None:
        self.anchor, self.cursor = 0, len(self.text)

    def word_left(self) -> int:
        i = self.cursor
        while i > 0 and self.text[i - 1] == " ":
            i -= 1
        while i > 0 and self.text[i - 1] != " ":
            i -= 1
        return i

    def word_right(self) -> int:
        i = self.cursor
        while i < len(self.text) and self.text[i] == " ":
            i += 1
        while i < len(self.text) and self.text[i] != " ":
            i += 1
        return i

    def handle_key(self, event: pygame.event.Event, clipboard: Clipboard) -> bool:
        """Apply an editing key; True if the key was an editing key (and so is used up)."""
        key, mod = event.key, event.mod
        shift = bool(mod & pygame.KMOD_SHIFT)
        ctrl = bool(mod & pygame.KMOD_CTRL)
        if key == pygame.K_BACKSPACE:
            self.backspace()
        elif key == pygame.K_DELETE:
            self.delete()
        elif key == pygame.K_LEFT:
            self.move(self.word_left() if ctrl else self.cursor - 1, shift)
        elif key == pygame.K_RIGHT:
            self.move(self.word_right() if ctrl else self.cursor + 1, shift)
        elif key == pygame.K_HOME:
            self.move(0, shift)
        elif key == pygame.K_END:
            self.move(len(self.text), shift)
        elif ctrl and key == pygame.K_a:
            self.select_all()
        elif ctrl and key in (pygame.K_c, pygame.K_x):
            if self.selected_text():
                clipboard.put(self.selected_text())
                if key == pygame.K_x:
                    self._delete_selection()
        elif ctrl and key == pygame.K_v:
            self.insert(clipboard.get())
        elif self.multiline and key in (pygame.K_RETURN, pygame.K_KP_ENTER) and shift:
            self.insert("\n")
        else:
            return False
        return True


class Clipboard:
    """The system clipboard where SDL offers one, else a clipboard inside the game."""

    def __init__(self) -> None:
        self._inside = ""

    def put(self, text: str) -> None:
        self._inside = text
        with contextlib.suppress(pygame.error):
            pygame.scrap.put_text(text)

    def get(self) -> str:
        try:
            text = pygame.scrap.get_text()
        except pygame.error:
            text = ""
        return text or self._inside
