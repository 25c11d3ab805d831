"""Colours and sizes. Everything is relative to the screen; every text colour meets 7:1 on its background."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..persistence.chart import METER_COLOURS as METER_COLOURS  # one palette for the screen and the report

Colour = tuple[int, int, int]

PAPER: Colour = (247, 244, 236)
CARD: Colour = (255, 255, 255)
INK: Colour = (26, 26, 30)
MUTED: Colour = (58, 58, 64)
NIGHT: Colour = (0, 0, 0)
LIGHT: Colour = (255, 255, 255)
FOCUS: Colour = (0, 74, 173)
SHADOW: Colour = (200, 194, 182)
GOOD: Colour = (0, 85, 60)
BAD: Colour = (140, 35, 10)

# Okabe-Ito colours, safe for colour-blind eyes; each corner also has its own shape, never colour alone.
CORNER_COLOURS: dict[str, Colour] = {
    "burgers": (230, 159, 0),
    "partners": (0, 158, 115),
    "overheid": (0, 114, 178),
}
CORNER_TINTS: dict[str, Colour] = {
    "burgers": (252, 236, 204),
    "partners": (204, 236, 227),
    "overheid": (204, 227, 240),
}
CORNER_SHAPES: dict[str, str] = {"burgers": "circle", "partners": "triangle", "overheid": "square"}

METER_DASHES: dict[str, int] = {
    "trust_burgers_overheid": 0,
    "trust_burgers_partners": 1,
    "trust_overheid_partners": 2,
    "energy": 3,
    "ownership": 4,
}
"""Each meter's line in the chart has its own dash pattern and end mark, so it is told apart without colour."""

TEXT_ON: list[tuple[str, Colour, Colour]] = [
    ("ink_on_paper", INK, PAPER),
    ("muted_on_paper", MUTED, PAPER),
    ("ink_on_card", INK, CARD),
    ("muted_on_card", MUTED, CARD),
    ("focus_on_paper", FOCUS, PAPER),
    ("focus_on_card", FOCUS, CARD),
    ("good_on_card", GOOD, CARD),
    ("bad_on_card", BAD, CARD),
    ("good_on_paper", GOOD, PAPER),
    ("bad_on_paper", BAD, PAPER),
    ("light_on_night", LIGHT, NIGHT),
    ("ink_on_light", INK, LIGHT),
    ("light_on_focus", LIGHT, FOCUS),
    *[(f"ink_on_{corner}_tint", INK, tint) for corner, tint in CORNER_TINTS.items()],
]
"""Every pair of text colour and background the screens use; a test holds each to 7:1."""


def luminance(colour: Colour) -> float:
    """Relative luminance as WCAG 2 defines it."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: Colour, b: Colour) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


TEXT_SCALES = (1.0, 1.15)
"""Larger text for rooms and eyes that need it; never smaller than 1/30 of the screen height."""


@dataclass(frozen=True)
class Metrics:
    """Sizes for one screen size and text scale: body text is at least 1/30 of the screen height."""

    width: int
    height: int
    scale: float = 1.0

    @property
    def body(self) -> int:
        return max(12, math.ceil(self.height * max(1.0, self.scale) / 30))

    @property
    def floor(self) -> int:
        """The smallest text on screen: 1/30 of the height, at every text scale."""
        return max(12, math.ceil(self.height / 30))

    @property
    def small(self) -> int:
        return self.body

    @property
    def heading(self) -> int:
        return round(self.body * 1.45)

    @property
    def title(self) -> int:
        return round(self.body * 2.1)

    @property
    def margin(self) -> int:
        return max(8, self.height // 36)

    @property
    def gap(self) -> int:
        return max(4, self.height // 90)

    @property
    def line(self) -> int:
        return max(2, self.height // 240)

    @property
    def radius(self) -> int:
        return max(4, self.height // 70)
