"""Which characters the PDF can print: the game's font first, then a fallback font of the system.

Atkinson Hyperlegible has Latin letters only. Hebrew, Arabic, Greek, Cyrillic and many symbols come from a
fallback font when the system has one (DejaVu Sans from Debian's fonts-dejavu-core, or Noto Sans); what no
font can print (most emoji, or every other script on a machine without the fallback) is never dropped in
silence: it is written as its code point, `[U+1F33B]`, and the report says so on its last page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fontTools.ttLib import TTFont

try:  # HarfBuzz shapes Arabic (joined letters) and orders right-to-left runs; without it they print unjoined
    import uharfbuzz
except ImportError:  # pragma: no cover - the game works without it
    uharfbuzz = None

SYSTEM_FONTS = Path("/usr/share/fonts/truetype")
FALLBACK_FONTS: tuple[tuple[Path, Path | None], ...] = (
    (SYSTEM_FONTS / "dejavu/DejaVuSans.ttf", SYSTEM_FONTS / "dejavu/DejaVuSans-Bold.ttf"),
    (SYSTEM_FONTS / "noto/NotoSans-Regular.ttf", SYSTEM_FONTS / "noto/NotoSans-Bold.ttf"),
    (SYSTEM_FONTS / "noto/NotoSansHebrew-Regular.ttf", None),
    (SYSTEM_FONTS / "noto/NotoSansArabic-Regular.ttf", None),
    (SYSTEM_FONTS / "noto/NotoSansSymbols2-Regular.ttf", None),
)
"""(regular, bold) pairs tried in this order; those missing on the machine are skipped."""


def available_fallbacks(
    candidates: Iterable[tuple[Path, Path | None]] = FALLBACK_FONTS,
) -> list[tuple[Path, Path | None]]:
    return [(regular, bold if bold and bold.is_file() else None) for regular, bold in candidates if regular.is_file()]


def code_points(font: Path) -> frozenset[int]:
    """The characters a TrueType font has a glyph for (empty when the file cannot be read as a font)."""
    try:
        with TTFont(font, lazy=True) as loaded:
            cmap = loaded.getBestCmap() or {}
    except Exception:  # a damaged or foreign file: fontTools raises many kinds; it then covers nothing
        return frozenset()
    return frozenset(cmap)


@dataclass
class Coverage:
    """What the fonts of one PDF can print, and what the PDF had to write as code points instead."""

    covered: frozenset[int]
    missing: dict[str, None] = field(default_factory=dict)

    @classmethod
    def of(cls, fonts: Sequence[Path]) -> Coverage:
        covered: frozenset[int] = frozenset()
        for font in fonts:
            covered |= code_points(font)
        return cls(covered)

    def printable(self, text: str) -> str:
        """The text with every character no font can print written as [U+XXXX] (and remembered)."""
        out = []
        for character in text:
            if character in "\n " or ord(character) in self.covered:
                out.append(character)
            elif character in "\ufe0f\ufe0e\u200d":  # emoji presentation selectors and joiners: nothing to show
                continue
            else:
                self.missing[character] = None
                out.append(f"[U+{ord(character):04X}]")
        return "".join(out)

    def missing_list(self) -> str:
        return ", ".join(f"U+{ord(character):04X}" for character in self.missing)


def shaping_available() -> bool:
    return uharfbuzz is not None
