"""Fonts, rendered text (cached) and word wrapping. Only the shipped font is used, never a system font."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

import pygame

from .. import paths
from ..i18n import Catalog
from . import wrapping
from .theme import Colour

FONT_FILES = {False: "AtkinsonHyperlegible-Regular.ttf", True: "AtkinsonHyperlegible-Bold.ttf"}
CACHE_SIZE = 1500
CACHE_BYTES = 48 * 1024 * 1024
"""Rendered text kept for reuse: at most this many surfaces and bytes (text at 4K is large)."""


@dataclass(frozen=True)
class Misfit:
    """A text that could not be set whole in its box at the smallest size allowed."""

    text: str
    size: int
    box: tuple[int, int]
    why: str


class Typesetter:
    """Renders text with the game's font; the same text, size and colour are rendered once.

    It wraps (hyphenating in `lang`), and keeps the texts of this frame that did not fit (`misfits`), so tests and
    `check` can tell, without looking, that nothing was clipped or drawn outside its box.
    """

    def __init__(self, lang: str = "nl", floor: int = 12) -> None:
        self.lang = lang
        self.floor = floor
        """The smallest size any text may shrink to (1/30 of the screen height)."""
        self.misfits: list[Misfit] = []
        self.smallest_drawn = 10**6
        """The smallest size of any text drawn in this frame."""
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._cache: OrderedDict[tuple[str, int, bool, Colour], pygame.Surface] = OrderedDict()
        self.renders = 0
        self._bytes = 0
        self.drawn: list[str] = []
        """Every text asked for since the last frame began: what is on the screen, for tests and tools."""

    def font(self, size: int, *, bold: bool = False) -> pygame.font.Font:
        key = (size, bold)
        if key not in self._fonts:
            self._fonts[key] = pygame.font.Font(str(paths.assets() / "fonts" / FONT_FILES[bold]), size)
        return self._fonts[key]

    def render(self, text: str, size: int, colour: Colour, *, bold: bool = False) -> pygame.Surface:
        key = (text, size, bold, colour)
        self.drawn.append(text)
        if text.strip():
            self.smallest_drawn = min(self.smallest_drawn, size)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        surface = self.font(size, bold=bold).render(text, True, colour)
        self.renders += 1
        self._cache[key] = surface
        self._bytes += surface.get_width() * surface.get_height() * surface.get_bytesize()
        while len(self._cache) > CACHE_SIZE or (self._bytes > CACHE_BYTES and len(self._cache) > 1):
            _, old = self._cache.popitem(last=False)
            self._bytes -= old.get_width() * old.get_height() * old.get_bytesize()
        return surface

    def begin_frame(self, floor: int) -> None:
        self.drawn = []
        self.smallest_drawn = 10**6
        self.misfits = []
        self.floor = floor

    def wrap(self, text: str, size: int, width: int, *, bold: bool = False) -> list[str]:
        """The text broken into lines no wider than `width`, long words hyphenated; blank lines are kept."""
        font = self.font(size, bold=bold)
        return wrapping.wrap(text, width, lambda words: int(font.size(words)[0]), self.lang)

    def smallest(self, size: int) -> int:
        """How far text of `size` may shrink to fit: two thirds, never below the floor."""
        return min(size, max(self.floor, size * 2 // 3))

    def misfit(self, text: str, size: int, box: tuple[int, int], why: str) -> None:
        self.misfits.append(Misfit(text, size, box, why))

    def say(self, key: str, /, **values: object) -> str:
        """A catalogue text in the typesetter's language: why a text did not fit."""
        return Catalog(self.lang)(key, **values)

    def line_height(self, size: int, *, bold: bool = False) -> int:
        return int(self.font(size, bold=bold).get_linesize())

    def width(self, text: str, size: int, *, bold: bool = False) -> int:
        return int(self.font(size, bold=bold).size(text)[0])


def missing_glyphs(font: pygame.font.Font, text: str) -> set[str]:
    """Characters of `text` the font has no glyph for (they would show as empty boxes)."""
    blank = font.metrics("\ue000")[0]
    return {
        ch
        for ch, metric in zip(text, font.metrics(text), strict=True)
        if not ch.isspace() and (metric is None or metric == blank)
    }
