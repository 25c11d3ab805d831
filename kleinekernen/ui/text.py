"""Fonts, rendered text (cached) and word wrapping. Only the shipped font is used, never a system font."""

from __future__ import annotations

from collections import OrderedDict

import pygame

from .. import paths
from .theme import Colour

FONT_FILES = {False: "AtkinsonHyperlegible-Regular.ttf", True: "AtkinsonHyperlegible-Bold.ttf"}
CACHE_SIZE = 1500
CACHE_BYTES = 48 * 1024 * 1024
"""Rendered text kept for reuse: at most this many surfaces and bytes (text at 4K is large)."""


class Typesetter:
    """Renders text with the game's font; the same text, size and colour are rendered once."""

    def __init__(self) -> None:
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._cache: OrderedDict[tuple[str, int, bool, Colour], pygame.Surface] = OrderedDict()
        self.renders = 0
        self._bytes = 0
        self.drawn: list[str] = []
        """Every text asked for since the last frame began: what is on the screen, for tests and tools."""

    def font(self, size: int, bold: bool = False) -> pygame.font.Font:
        key = (size, bold)
        if key not in self._fonts:
            self._fonts[key] = pygame.font.Font(str(paths.assets() / "fonts" / FONT_FILES[bold]), size)
        return self._fonts[key]

    def render(self, text: str, size: int, colour: Colour, bold: bool = False) -> pygame.Surface:
        key = (text, size, bold, colour)
        self.drawn.append(text)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        surface = self.font(size, bold).render(text, True, colour)
        self.renders += 1
        self._cache[key] = surface
        self._bytes += surface.get_width() * surface.get_height() * surface.get_bytesize()
        while len(self._cache) > CACHE_SIZE or (self._bytes > CACHE_BYTES and len(self._cache) > 1):
            _, old = self._cache.popitem(last=False)
            self._bytes -= old.get_width() * old.get_height() * old.get_bytesize()
        return surface

    def wrap(self, text: str, size: int, width: int, bold: bool = False) -> list[str]:
        """The text broken into lines no wider than `width`; blank lines in the text are kept."""
        font = self.font(size, bold)
        lines: list[str] = []
        for paragraph in text.split("\n"):
            words = paragraph.split(" ")
            current = ""
            for word in words:
                candidate = f"{current} {word}" if current else word
                if font.size(candidate)[0] <= width or not current:
                    current = candidate
                else:
                    lines.append(current)
                    current = word
            lines.append(current)
        return lines

    def line_height(self, size: int, bold: bool = False) -> int:
        return int(self.font(size, bold).get_linesize())

    def width(self, text: str, size: int, bold: bool = False) -> int:
        return int(self.font(size, bold).size(text)[0])


def missing_glyphs(font: pygame.font.Font, text: str) -> set[str]:
    """Characters of `text` the font has no glyph for (they would show as empty boxes)."""
    blank = font.metrics("\ue000")[0]
    return {
        ch
        for ch, metric in zip(text, font.metrics(text), strict=True)
        if not ch.isspace() and (metric is None or metric == blank)
    }
