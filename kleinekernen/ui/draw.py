"""Drawing helpers shared by the scenes. They only draw; they change nothing."""

from __future__ import annotations

import itertools
import math

import pygame

from . import theme
from .text import Typesetter
from .theme import Colour, Metrics


def text(
    surface: pygame.Surface,
    ts: Typesetter,
    words: str,
    pos: tuple[int, int],
    size: int,
    *,
    colour: Colour = theme.INK,
    bold: bool = False,
    anchor: str = "topleft",
    within: pygame.Rect | None = None,
) -> pygame.Rect:
    """One line of text at `pos`; a line that runs out of `within` (or the screen) is reported as a misfit."""
    image = ts.render(words, size, colour, bold=bold)
    rect = image.get_rect(**{anchor: pos})
    box = within or surface.get_rect()
    if not box.contains(rect):
        ts.misfit(words, size, box.size, ts.say("fit.outside_box" if within else "fit.outside_screen"))
    surface.blit(image, rect)
    return rect


def paragraph(
    surface: pygame.Surface,
    ts: Typesetter,
    words: str,
    rect: pygame.Rect,
    size: int,
    *,
    colour: Colour = theme.INK,
    bold: bool = False,
    max_lines: int | None = None,
) -> int:
    """Wrapped text inside `rect`, shrunk (not below the floor) until it fits; returns the y below the last line.

    What does not fit even then is not drawn and is reported as a misfit: text is never cut off with "…".
    """
    lines, size = fitted_lines(ts, words.strip(), rect, size, bold=bold, max_lines=max_lines)
    height = ts.line_height(size, bold=bold)
    y = rect.top
    for line in lines:
        if line:
            text(surface, ts, line, (rect.left, y), size, colour=colour, bold=bold)
        y += height
    return y


def fitted_lines(
    ts: Typesetter, words: str, rect: pygame.Rect, size: int, *, bold: bool = False, max_lines: int | None = None
) -> tuple[list[str], int]:
    """The lines of `words` in `rect` and their size: the largest size down to the floor at which all fit."""
    smallest = ts.smallest(size)
    while True:
        height = ts.line_height(size, bold=bold)
        lines = ts.wrap(words, size, rect.width, bold=bold)
        room = max(1, (rect.height + height // 3) // height)
        limit = min(room, max_lines) if max_lines is not None else room
        too_wide = any(ts.width(line, size, bold=bold) > rect.width for line in lines)
        if (len(lines) <= limit and not too_wide) or size <= smallest:
            break
        size -= 1
    if len(lines) > limit or too_wide:
        why = ts.say("fit.lines", count=len(lines), room=limit) if len(lines) > limit else ts.say("fit.too_wide")
        ts.misfit(words, size, rect.size, why)
        lines = lines[:limit]
    return lines, size


def fit_size(ts: Typesetter, words: str, width: int, size: int, *, bold: bool = False) -> int:
    """The size at which the longest word of `words` fits in `width` (never below 2/3 of `size`)."""
    longest = max(words.split(), key=lambda word: ts.width(word, size, bold=bold), default="")
    smallest = ts.smallest(size)
    while size > smallest and ts.width(longest, size, bold=bold) > width:
        size -= 1
    return size


def card(surface: pygame.Surface, m: Metrics, rect: pygame.Rect, *, fill: Colour = theme.CARD) -> None:
    shadow = rect.move(m.line * 2, m.line * 2)
    pygame.draw.rect(surface, theme.SHADOW, shadow, border_radius=m.radius)
    pygame.draw.rect(surface, fill, rect, border_radius=m.radius)
    pygame.draw.rect(surface, theme.INK, rect, width=max(1, m.line // 2), border_radius=m.radius)


def focus_ring(surface: pygame.Surface, m: Metrics, rect: pygame.Rect) -> None:
    """A thick blue ring with a marker on its left: focus is shown by shape, not colour alone."""
    ring = rect.inflate(m.line * 4, m.line * 4)
    pygame.draw.rect(surface, theme.FOCUS, ring, width=m.line * 2, border_radius=m.radius + m.line)
    size = max(6, m.body // 3)
    mid = ring.centery
    left = ring.left - m.line
    pygame.draw.polygon(surface, theme.FOCUS, [(left - size, mid - size), (left, mid), (left - size, mid + size)])


def button(
    surface: pygame.Surface,
    ts: Typesetter,
    m: Metrics,
    rect: pygame.Rect,
    label: str,
    *,
    focused: bool,
    fill: Colour = theme.CARD,
    size: int | None = None,
) -> None:
    card(surface, m, rect, fill=fill)
    paragraph(
        surface, ts, label, rect.inflate(-m.gap * 2, -m.gap), size or m.body, colour=theme.INK, bold=True, max_lines=2
    )
    if focused:
        focus_ring(surface, m, rect)


def centred_button(
    surface: pygame.Surface, ts: Typesetter, m: Metrics, rect: pygame.Rect, label: str, *, focused: bool
) -> None:
    card(surface, m, rect)
    text(surface, ts, label, rect.center, m.body, colour=theme.INK, bold=True, anchor="center")
    if focused:
        focus_ring(surface, m, rect)


def corner_shape(surface: pygame.Surface, corner: str, centre: tuple[int, int], radius: int) -> None:
    """Each corner's own shape in its own colour, outlined in ink."""
    colour = theme.CORNER_COLOURS[corner]
    x, y = centre
    shape = theme.CORNER_SHAPES[corner]
    if shape == "circle":
        pygame.draw.circle(surface, colour, centre, radius)
        pygame.draw.circle(surface, theme.INK, centre, radius, max(1, radius // 6))
    elif shape == "triangle":
        points = [(x, y - radius), (x + radius, y + radius * 4 // 5), (x - radius, y + radius * 4 // 5)]
        pygame.draw.polygon(surface, colour, points)
        pygame.draw.polygon(surface, theme.INK, points, max(1, radius // 6))
    else:
        box = pygame.Rect(0, 0, radius * 2 - radius // 4, radius * 2 - radius // 4)
        box.center = centre
        pygame.draw.rect(surface, colour, box)
        pygame.draw.rect(surface, theme.INK, box, max(1, radius // 6))


def meter_bar(
    surface: pygame.Surface,
    ts: Typesetter,
    m: Metrics,
    rect: pygame.Rect,
    label: str,
    value: float,
    *,
    meter: str,
) -> None:
    """A labelled bar 0..100 with the number written on it."""
    text(surface, ts, label, (rect.left, rect.top), m.body, colour=theme.INK, within=rect)
    bar = pygame.Rect(rect.left, rect.top + ts.line_height(m.body), rect.width, max(8, m.body // 2))
    pygame.draw.rect(surface, theme.CARD, bar, border_radius=bar.height // 2)
    filled = bar.copy()
    filled.width = max(0, round(bar.width * max(0.0, min(100.0, value)) / 100))
    pygame.draw.rect(surface, theme.METER_COLOURS[meter], filled, border_radius=bar.height // 2)
    pygame.draw.rect(surface, theme.INK, bar, width=max(1, m.line // 2), border_radius=bar.height // 2)
    text(surface, ts, str(round(value)), (rect.right, rect.top), m.body, colour=theme.INK, bold=True, anchor="topright")


def dashed_line(surface: pygame.Surface, colour: Colour, points: list[tuple[int, int]], width: int, dash: int) -> None:
    """A polyline with its own dash pattern (0 = solid), so lines differ without colour."""
    if dash == 0 or len(points) < 2:
        if len(points) >= 2:
            pygame.draw.lines(surface, colour, False, points, width)
        return
    on, off = width * (2 + dash * 2), width * (1 + dash)
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        length = math.hypot(x2 - x1, y2 - y1)
        t = 0.0
        while t < length:
            end = min(length, t + on)
            a = (x1 + (x2 - x1) * t / length, y1 + (y2 - y1) * t / length)
            b = (x1 + (x2 - x1) * end / length, y1 + (y2 - y1) * end / length)
            pygame.draw.line(surface, colour, a, b, width)
            t = end + off


def mark(surface: pygame.Surface, colour: Colour, centre: tuple[int, int], size: int, kind: int) -> None:
    """A point marker; five kinds for five meters: circle, square, triangle, diamond, cross."""
    x, y = centre
    if kind == 0:
        pygame.draw.circle(surface, colour, centre, size)
    elif kind == 1:
        pygame.draw.rect(surface, colour, pygame.Rect(x - size, y - size, size * 2, size * 2))
    elif kind == 2:
        pygame.draw.polygon(surface, colour, [(x, y - size), (x + size, y + size), (x - size, y + size)])
    elif kind == 3:
        pygame.draw.polygon(surface, colour, [(x, y - size), (x + size, y), (x, y + size), (x - size, y)])
    else:
        pygame.draw.line(surface, colour, (x - size, y - size), (x + size, y + size), max(2, size // 2))
        pygame.draw.line(surface, colour, (x - size, y + size), (x + size, y - size), max(2, size // 2))
