"""Flat illustrations ("motifs") for cards and screens, drawn with ``pygame.draw`` only.

Every motif is described in unit coordinates: (0, 0) is the top-left and (1, 1) the bottom-right
corner of a centred square inside the target rect, so a drawing looks the same from a thumbnail
to a full screen. Three colours are used: ``paper`` fills the rect, ``ink`` draws the main shapes
and outlines, and ``accent`` adds one highlight colour.
"""

from __future__ import annotations

import itertools
import math
import typing
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

import pygame

from ..content.models import Motif

Color = tuple[int, int, int]
Point = tuple[float, float]

MOTIFS: tuple[str, ...] = typing.get_args(Motif)
"""The drawn motifs, in the order of the case format's `illustration.motif` values."""

_MARGIN = 0.06  # share of the square's side kept free on every edge


def draw_motif(
    surface: pygame.Surface,
    rect: pygame.Rect,
    name: str,
    ink: Color,
    paper: Color,
    accent: Color,
) -> None:
    """Fill ``rect`` with ``paper`` and draw the motif ``name`` in a centred square inside it.

    Unknown names draw the "village" motif. Nothing is drawn outside ``rect``.
    """
    area = pygame.Rect(rect)
    area.normalize()
    if area.width < 1 or area.height < 1:
        return
    side = min(area.width, area.height)
    margin = int(side * _MARGIN)
    inner = max(1, side - 2 * margin)
    origin_x = area.x + (area.width - inner) / 2
    origin_y = area.y + (area.height - inner) / 2
    pen = _Pen(surface, origin_x, origin_y, inner, max(2, side // 60), max(1, side // 120), ink, paper, accent)
    old_clip = surface.get_clip()
    surface.set_clip(area.clip(old_clip))
    try:
        surface.fill(paper, area)
        _DRAWERS.get(name, _village)(pen)
    finally:
        surface.set_clip(old_clip)


class _Pen:
    """Draws shapes given in unit coordinates of the motif's square onto the surface."""

    __slots__ = ("accent", "ink", "lw", "ox", "oy", "paper", "s", "surface", "thin")

    def __init__(
        self,
        surface: pygame.Surface,
        ox: float,
        oy: float,
        s: int,
        lw: int,
        thin: int,
        ink: Color,
        paper: Color,
        accent: Color,
    ) -> None:
        self.surface = surface
        self.ox = ox
        self.oy = oy
        self.s = s
        self.lw = lw  # main line width in pixels
        self.thin = thin  # width of small details, which may go down to one pixel
        self.ink = ink
        self.paper = paper
        self.accent = accent

    # -- coordinates -------------------------------------------------------------------------

    def p(self, x: float, y: float) -> Point:
        return (self.ox + x * self.s, self.oy + y * self.s)

    def box(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        left = round(self.ox + x * self.s)
        top = round(self.oy + y * self.s)
        right = round(self.ox + (x + w) * self.s)
        bottom = round(self.oy + (y + h) * self.s)
        return pygame.Rect(left, top, max(1, right - left), max(1, bottom - top))

    # -- shapes ------------------------------------------------------------------------------

    def poly(self, color: Color, pts: Sequence[Point]) -> None:
        """A filled polygon."""
        if len(pts) >= 3:
            pygame.draw.polygon(self.surface, color, [self.p(x, y) for x, y in pts])

    def outline(self, color: Color, pts: Sequence[Point], closed: bool = True, width: float | None = None) -> None:
        """A polyline with round joins and caps; ``width`` in pixels (default: the line width)."""
        px = [self.p(x, y) for x, y in pts]
        if closed and len(px) > 2:
            px.append(px[0])
        thickness = self.lw if width is None else max(1.0, width)
        for a, b in itertools.pairwise(px):
            self._segment(color, a, b, thickness)

    def line(self, color: Color, a: Point, b: Point, width: float | None = None) -> None:
        self.outline(color, [a, b], closed=False, width=width)

    def shape(self, fill: Color, pts: Sequence[Point], edge: Color | None = None) -> None:
        """A filled polygon with an optional outline."""
        self.poly(fill, pts)
        if edge is not None:
            self.outline(edge, pts)

    def rect(
        self,
        color: Color,
        x: float,
        y: float,
        w: float,
        h: float,
        radius: float = 0.0,
        width: int = 0,
    ) -> None:
        """An axis-aligned rectangle; ``radius`` in unit coordinates, ``width`` in pixels (0 = filled)."""
        box = self.box(x, y, w, h)
        r = round(radius * self.s)
        if width and width * 2 >= min(box.width, box.height):
            width = 0
        pygame.draw.rect(self.surface, color, box, width, border_radius=r if radius > 0 else -1)

    def framed_rect(self, fill: Color, x: float, y: float, w: float, h: float, radius: float = 0.0) -> None:
        """A rectangle filled with ``fill`` and outlined in ink."""
        self.rect(fill, x, y, w, h, radius)
        self.rect(self.ink, x, y, w, h, radius, self.lw)

    def circle(self, color: Color, cx: float, cy: float, r: float, width: int = 0) -> None:
        radius = r * self.s
        if radius < 0.5:
            return
        if width and width >= radius:
            width = 0
        pygame.draw.circle(self.surface, color, self.p(cx, cy), radius, width)

    def framed_circle(self, fill: Color, cx: float, cy: float, r: float) -> None:
        self.circle(fill, cx, cy, r)
        self.circle(self.ink, cx, cy, r, self.lw)

    def framed_ellipse(self, fill: Color, cx: float, cy: float, rx: float, ry: float) -> None:
        """An ellipse filled with ``fill`` and outlined in ink, the outline centred on its edge."""
        pts = _arc(cx, cy, rx, ry, 0, 360)
        self.poly(fill, pts)
        self.outline(self.ink, pts)

    def ellipse(self, color: Color, x: float, y: float, w: float, h: float, width: int = 0) -> None:
        box = self.box(x, y, w, h)
        if width and width * 2 >= min(box.width, box.height):
            width = 0
        pygame.draw.ellipse(self.surface, color, box, width)

    def band(
        self,
        color: Color,
        cx: float,
        cy: float,
        r: float,
        thickness: float,
        start: float,
        stop: float,
        ry: float | None = None,
    ) -> None:
        """A thick arc between ``start`` and ``stop`` degrees (clockwise on screen, 0 = right)."""
        rx = r
        ry = r if ry is None else ry
        outer = _arc(cx, cy, rx, ry, start, stop)
        inner = _arc(cx, cy, max(0.0, rx - thickness), max(0.0, ry - thickness), stop, start)
        self.poly(color, outer + inner)

    def _segment(self, color: Color, a: Point, b: Point, width: float) -> None:
        """A straight stroke with round caps, drawn as one polygon (a capsule)."""
        half = width / 2
        if half < 1:
            pygame.draw.line(self.surface, color, a, b, 1)
            return
        heading = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
        steps = max(4, min(16, int(half)))
        cap_b = _arc(b[0], b[1], half, half, heading - 90, heading + 90, steps)
        cap_a = _arc(a[0], a[1], half, half, heading + 90, heading + 270, steps)
        pygame.draw.polygon(self.surface, color, cap_b + cap_a)


def _arc(cx: float, cy: float, rx: float, ry: float, start: float, stop: float, steps: int = 0) -> list[Point]:
    """Points on an elliptic arc, angles in degrees measured clockwise on screen."""
    n = steps or max(8, int(abs(stop - start) / 4))
    pts: list[Point] = []
    for i in range(n + 1):
        t = math.radians(start + (stop - start) * i / n)
        pts.append((cx + rx * math.cos(t), cy + ry * math.sin(t)))
    return pts


# -- shared pieces ---------------------------------------------------------------------------


def _ground(pen: _Pen, y: float = 0.9, x0: float = 0.02, x1: float = 0.98) -> None:
    pen.line(pen.ink, (x0, y), (x1, y))


def _house(
    pen: _Pen,
    x: float,
    base: float,
    w: float,
    h: float,
    roof: float,
    body: Color,
    roof_color: Color,
    door: Color | None = None,
) -> None:
    """A simple gabled house: ``h`` is the wall height, ``roof`` the height of the gable."""
    top = base - h
    pen.rect(body, x, top, w, h)
    overhang = w * 0.1
    pen.shape(
        roof_color, [(x - overhang, top + 0.005), (x + w + overhang, top + 0.005), (x + w / 2, top - roof)], pen.ink
    )
    window = w * 0.26
    pen.rect(pen.paper, x + w * 0.16, top + h * 0.18, window, window)
    if door is not None:
        pen.rect(door, x + w * 0.58, base - h * 0.5, w * 0.26, h * 0.5)


def _sun(pen: _Pen, cx: float, cy: float, r: float, rays: int = 8) -> None:
    for i in range(rays):
        t = math.radians(i * 360 / rays + 22.5)
        a = (cx + math.cos(t) * r * 1.35, cy + math.sin(t) * r * 1.35)
        b = (cx + math.cos(t) * r * 1.75, cy + math.sin(t) * r * 1.75)
        pen.line(pen.accent, a, b)
    pen.circle(pen.accent, cx, cy, r)


def _arched_window(pen: _Pen, color: Color, x: float, y: float, w: float, h: float) -> None:
    """A window or door with a round top; (x, y) is the top-left of its bounding box."""
    pen.rect(color, x, y + w / 2, w, h - w / 2)
    pen.circle(color, x + w / 2, y + w / 2, w / 2)


# -- the motifs --------------------------------------------------------------------------------


def _village(pen: _Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    # church on the crest of the hill
    pen.rect(ink, 0.44, 0.34, 0.13, 0.5)
    pen.shape(ink, [(0.425, 0.35), (0.585, 0.35), (0.505, 0.12)])
    pen.line(ink, (0.505, 0.13), (0.505, 0.04))
    pen.line(ink, (0.475, 0.075), (0.535, 0.075))
    pen.circle(accent, 0.505, 0.42, 0.035)
    _arched_window(pen, paper, 0.48, 0.52, 0.05, 0.09)
    # houses on the slopes
    _house(pen, 0.08, 0.86, 0.16, 0.16, 0.1, ink, accent)
    _house(pen, 0.26, 0.82, 0.14, 0.2, 0.09, ink, ink)
    _house(pen, 0.62, 0.8, 0.14, 0.18, 0.09, ink, accent)
    _house(pen, 0.79, 0.86, 0.15, 0.2, 0.09, ink, ink)
    # the hill, drawn last so it hides the foundations
    crest = _arc(0.5, 0.98, 0.5, 0.26, 180, 360, 90)
    pen.poly(accent, [(0.0, 0.98), *crest, (1.0, 0.98)])
    pen.outline(ink, crest, closed=False)
    pen.line(ink, (0.0, 0.98), (1.0, 0.98))


def _float(pen: _Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    _ground(pen, 0.9)
    # tow bar
    pen.line(ink, (0.16, 0.7), (0.03, 0.78))
    pen.circle(ink, 0.03, 0.78, 0.025)
    # flag on a pole at the back
    pen.line(ink, (0.8, 0.56), (0.8, 0.1))
    pen.shape(accent, [(0.8, 0.1), (0.97, 0.16), (0.8, 0.22)], ink)
    # a big papier-mâché head with a party hat
    pen.framed_circle(paper, 0.45, 0.38, 0.17)
    pen.circle(ink, 0.39, 0.35, 0.025)
    pen.circle(ink, 0.51, 0.35, 0.025)
    pen.band(ink, 0.45, 0.38, 0.1, 0.025, 20, 160)
    pen.shape(accent, [(0.33, 0.26), (0.57, 0.26), (0.45, 0.04)], ink)
    pen.circle(ink, 0.45, 0.04, 0.03)
    # the wagon
    pen.framed_rect(accent, 0.14, 0.54, 0.74, 0.18, 0.02)
    for i in range(6):
        pen.circle(ink, 0.22 + i * 0.116, 0.63, 0.025)
    for cx in (0.3, 0.72):
        pen.circle(ink, cx, 0.8, 0.095)
        pen.circle(paper, cx, 0.8, 0.045)
        pen.circle(ink, cx, 0.8, 0.018)


def _street_party(pen: _Pen) -> None:
    ink, accent = pen.ink, pen.accent
    _ground(pen, 0.9)
    for x in (0.08, 0.885):
        pen.rect(ink, x, 0.12, 0.035, 0.78)
        pen.circle(accent, x + 0.0175, 0.11, 0.03)

    def string(y: float, sag: float, flags: int, size: float) -> None:
        def at(t: float) -> Point:
            return (0.1 + 0.8 * t, y + sag * 4 * t * (1 - t))

        pen.outline(ink, [at(i / 24) for i in range(25)], closed=False, width=pen.thin)
        for i in range(flags):
            t = (i + 0.5) / flags
            half = 0.4 / flags
            a, b, c = at(t - half), at(t + half), at(t)
            color = accent if i % 2 == 0 else ink
            pen.poly(color, [a, b, (c[0], c[1] + size)])

    string(0.16, 0.14, 7, 0.11)
    string(0.34, 0.08, 5, 0.08)
    # table with a cloth, a cake and cups
    pen.line(ink, (0.27, 0.7), (0.25, 0.9))
    pen.line(ink, (0.73, 0.7), (0.75, 0.9))
    pen.framed_rect(accent, 0.18, 0.66, 0.64, 0.08, 0.01)
    pen.rect(ink, 0.42, 0.56, 0.16, 0.1, 0.01)
    pen.rect(accent, 0.42, 0.56, 0.16, 0.03, 0.01)
    pen.line(ink, (0.5, 0.56), (0.5, 0.5))
    pen.circle(accent, 0.5, 0.485, 0.015)
    for x in (0.25, 0.33, 0.64, 0.72):
        pen.rect(ink, x, 0.6, 0.045, 0.06, 0.008)


def _village_hall(pen: _Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    _ground(pen, 0.9)
    # flag on the roof
    pen.line(ink, (0.5, 0.3), (0.5, 0.08))
    pen.shape(accent, [(0.5, 0.08), (0.64, 0.12), (0.5, 0.16)], ink)
    # building and low hipped roof
    pen.rect(ink, 0.1, 0.44, 0.8, 0.46)
    pen.shape(accent, [(0.05, 0.46), (0.95, 0.46), (0.8, 0.28), (0.2, 0.28)], ink)
    # sign board above the door
    pen.rect(paper, 0.32, 0.49, 0.36, 0.09, 0.01)
    for x, w in ((0.36, 0.08), (0.46, 0.12), (0.6, 0.05)):
        pen.rect(ink, x, 0.525, w, 0.02)
    # double door with steps
    pen.rect(accent, 0.42, 0.64, 0.16, 0.24)
    pen.line(ink, (0.5, 0.64), (0.5, 0.88))
    pen.rect(ink, 0.38, 0.88, 0.24, 0.02)
    # windows with glazing bars
    for x in (0.15, 0.27, 0.63, 0.75):
        pen.rect(paper, x, 0.63, 0.1, 0.15)
        pen.line(ink, (x + 0.05, 0.63), (x + 0.05, 0.78), width=pen.thin)
        pen.line(ink, (x, 0.705), (x + 0.1, 0.705), width=pen.thin)


def _creche(pen: _Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    _ground(pen, 0.9)
    _sun(pen, 0.8, 0.18, 0.08)
    # the little house
    pen.rect(ink, 0.1, 0.46, 0.44, 0.44)
    pen.shape(accent, [(0.04, 0.48), (0.6, 0.48), (0.32, 0.2)], ink)
    pen.framed_circle(paper, 0.32, 0.38, 0.04)
    _arched_window(pen, paper, 0.26, 0.68, 0.12, 0.22)
    pen.rect(paper, 0.14, 0.54, 0.08, 0.08)
    pen.rect(paper, 0.42, 0.54, 0.08, 0.08)
    # building blocks
    pen.framed_rect(accent, 0.62, 0.76, 0.14, 0.14)
    pen.framed_rect(paper, 0.78, 0.76, 0.14, 0.14)
    pen.circle(ink, 0.85, 0.83, 0.03)
    pen.rect(ink, 0.7, 0.62, 0.14, 0.14)
    pen.rect(paper, 0.74, 0.66, 0.06, 0.06)
    pen.shape(accent, [(0.7, 0.62), (0.84, 0.62), (0.77, 0.5)], ink)


def _crossroads(pen: _Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    pen.rect(ink, 0.38, 0.0, 0.24, 1.0)
    pen.rect(ink, 0.0, 0.38, 1.0, 0.24)
    dash = max(1.0, 0.02 * pen.s)
    for start in (0.02, 0.13, 0.24, 0.71, 0.82, 0.93):
        pen.line(paper, (0.5, start), (0.5, start + 0.05), width=dash)
        pen.line(paper, (start, 0.5), (start + 0.05, 0.5), width=dash)
    # a small car on the road
    pen.rect(accent, 0.76, 0.665, 0.16, 0.07, 0.015)
    pen.rect(accent, 0.79, 0.635, 0.09, 0.05, 0.015)
    pen.circle(ink, 0.8, 0.74, 0.02)
    pen.circle(ink, 0.88, 0.74, 0.02)
    # warning sign in the corner
    pen.rect(ink, 0.8, 0.28, 0.025, 0.08)
    sign = [(0.8125, 0.03), (0.95, 0.29), (0.675, 0.29)]
    pen.shape(accent, sign, ink)
    pen.outline(ink, sign, width=pen.lw * 1.5)
    pen.line(ink, (0.8125, 0.12), (0.8125, 0.2), width=pen.lw * 1.5)
    pen.circle(ink, 0.8125, 0.245, 0.015)
    # a tree and a house in the other corners
    pen.rect(ink, 0.14, 0.2, 0.025, 0.14)
    pen.circle(ink, 0.1525, 0.17, 0.09)
    _house(pen, 0.1, 0.9, 0.18, 0.14, 0.08, ink, accent)


def _horizon(pen: _Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    horizon = 0.58
    # the rising sun
    for i in range(1, 8):
        t = math.radians(180 + i * 22.5)
        a = (0.5 + math.cos(t) * 0.26, horizon + math.sin(t) * 0.26)
        b = (0.5 + math.cos(t) * 0.36, horizon + math.sin(t) * 0.36)
        pen.line(accent, a, b)
    pen.poly(accent, _arc(0.5, horizon, 0.2, 0.2, 180, 360))
    # birds
    for bx, by, w in ((0.16, 0.2, 0.05), (0.25, 0.14, 0.04), (0.8, 0.24, 0.045)):
        pen.outline(ink, [(bx - w, by - w * 0.4), (bx, by), (bx + w, by - w * 0.4)], closed=False)
    # ploughed fields, rows running to the horizon
    pen.rect(ink, 0.0, horizon, 1.0, 1.0 - horizon, 0.02)
    furrow = pen.thin
    for i in range(-5, 6):
        fx, fy, nx = 0.5 + i * 0.045, horizon + 0.06, 0.5 + i * 0.2
        edge = min(max(nx, 0.0), 1.0)  # stop the row where it leaves the square
        t = (edge - fx) / (nx - fx) if nx != fx else 1.0
        pen.line(paper, (fx, fy), (fx + (nx - fx) * t, fy + (1.0 - fy) * t), width=furrow)
    pen.rect(accent, 0.0, horizon, 1.0, 0.025)


def _passport(pen: _Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    pen.rect(ink, 0.2, 0.06, 0.6, 0.88, 0.05)
    pen.line(paper, (0.27, 0.06), (0.27, 0.94), width=pen.thin)
    pen.rect(accent, 0.36, 0.14, 0.34, 0.035, 0.01)
    # round emblem with a little house
    pen.circle(accent, 0.53, 0.42, 0.15, max(2, pen.lw * 2))
    pen.circle(accent, 0.53, 0.42, 0.11, pen.thin)
    pen.poly(accent, [(0.47, 0.48), (0.47, 0.41), (0.53, 0.35), (0.59, 0.41), (0.59, 0.48)])
    pen.rect(ink, 0.515, 0.44, 0.03, 0.04)
    pen.rect(accent, 0.38, 0.64, 0.3, 0.03, 0.01)
    pen.rect(accent, 0.42, 0.7, 0.22, 0.03, 0.01)
    pen.rect(accent, 0.48, 0.8, 0.1, 0.07, 0.015, pen.thin)


def _rings(pen: _Pen) -> None:
    ink, accent = pen.ink, pen.accent
    left, right, cy, r, t = 0.37, 0.63, 0.54, 0.25, 0.065
    pen.band(ink, left, cy, r, t, 0, 360)
    pen.band(accent, right, cy, r, t, 0, 360)
    pen.band(ink, left, cy, r, t, 25, 95)  # the left ring passes over the right one at the bottom
    # a sparkle
    sx, sy = 0.84, 0.16
    pen.line(ink, (sx, sy - 0.07), (sx, sy + 0.07))
    pen.line(ink, (sx - 0.07, sy), (sx + 0.07, sy))
    pen.line(ink, (sx - 0.035, sy - 0.035), (sx + 0.035, sy + 0.035))
    pen.line(ink, (sx - 0.035, sy + 0.035), (sx + 0.035, sy - 0.035))


def _shop(pen: _Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    _ground(pen, 0.9)
    pen.rect(ink, 0.1, 0.12, 0.8, 0.78)
    # sign
    pen.rect(paper, 0.2, 0.18, 0.6, 0.1, 0.01)
    for x, w in ((0.26, 0.14), (0.43, 0.1), (0.56, 0.18)):
        pen.rect(ink, x, 0.215, w, 0.03)
    # striped awning with a scalloped edge
    stripes = 8
    top_l, top_r, bot_l, bot_r, top_y, bot_y = 0.12, 0.88, 0.05, 0.95, 0.34, 0.46
    for i in range(stripes):
        a, b = i / stripes, (i + 1) / stripes
        color = accent if i % 2 == 0 else paper
        tl = top_l + (top_r - top_l) * a
        tr = top_l + (top_r - top_l) * b
        bl = bot_l + (bot_r - bot_l) * a
        br = bot_l + (bot_r - bot_l) * b
        pen.poly(color, [(tl, top_y), (tr, top_y), (br, bot_y), (bl, bot_y)])
        pen.poly(color, _arc((bl + br) / 2, bot_y, (br - bl) / 2, 0.04, 0, 180))
    pen.outline(ink, [(top_l, top_y), (top_r, top_y), (bot_r, bot_y), (bot_l, bot_y)])
    # shop window with goods on a shelf
    pen.rect(paper, 0.16, 0.54, 0.44, 0.3)
    pen.line(ink, (0.16, 0.74), (0.6, 0.74))
    pen.ellipse(accent, 0.19, 0.66, 0.12, 0.08)
    pen.rect(ink, 0.34, 0.62, 0.06, 0.12, 0.01)
    pen.rect(accent, 0.43, 0.66, 0.05, 0.08, 0.01)
    pen.circle(ink, 0.53, 0.7, 0.04)
    # door
    pen.rect(accent, 0.65, 0.54, 0.19, 0.36)
    pen.rect(paper, 0.69, 0.58, 0.11, 0.14)
    pen.circle(ink, 0.81, 0.76, 0.015)


def _windmill(pen: _Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    _ground(pen, 0.92)
    hub = (0.5, 0.38)
    # tower, gallery and cap
    pen.poly(ink, [(0.35, 0.92), (0.65, 0.92), (0.58, 0.4), (0.42, 0.4)])
    pen.ellipse(ink, 0.4, 0.29, 0.2, 0.16)
    pen.rect(ink, 0.28, 0.64, 0.44, 0.03)
    pen.line(ink, (0.3, 0.665), (0.38, 0.74))
    pen.line(ink, (0.7, 0.665), (0.62, 0.74))
    _arched_window(pen, paper, 0.455, 0.79, 0.09, 0.13)
    pen.rect(paper, 0.48, 0.5, 0.04, 0.06)
    # four sails with their lattice
    length, inner, width = 0.36, 0.08, 0.085
    for k in range(4):
        t = math.radians(-70 + k * 90)
        ux, uy = math.cos(t), math.sin(t)
        vx, vy = -uy, ux  # the side the sail cloth hangs on

        def at(d: float, off: float, ux: float = ux, uy: float = uy, vx: float = vx, vy: float = vy) -> Point:
            return (hub[0] + ux * d + vx * off, hub[1] + uy * d + vy * off)

        frame = [at(inner, 0.0), at(length, 0.0), at(length, width), at(inner, width)]
        pen.shape(accent, frame, ink)
        for j in range(1, 5):
            d = inner + (length - inner) * j / 5
            pen.line(ink, at(d, 0.0), at(d, width), width=pen.thin)
        pen.line(ink, at(inner, width / 2), at(length, width / 2), width=pen.thin)
        pen.line(ink, hub, at(length, 0.0))
    pen.framed_circle(accent, hub[0], hub[1], 0.03)


def _trees(pen: _Pen) -> None:
    ink, accent = pen.ink, pen.accent
    _ground(pen, 0.88)
    # round tree
    pen.rect(ink, 0.17, 0.56, 0.05, 0.32)
    pen.circle(ink, 0.195, 0.46, 0.15)
    # fir
    pen.rect(ink, 0.475, 0.74, 0.05, 0.14)
    for base, half, top in ((0.78, 0.2, 0.46), (0.58, 0.16, 0.28), (0.4, 0.12, 0.1)):
        pen.poly(ink, [(0.5 - half, base), (0.5 + half, base), (0.5, top)])
    # poplar-like tree in the accent colour
    pen.rect(ink, 0.785, 0.6, 0.04, 0.28)
    pen.framed_ellipse(accent, 0.805, 0.45, 0.115, 0.23)
    pen.line(ink, (0.805, 0.7), (0.805, 0.34))
    pen.line(ink, (0.805, 0.5), (0.75, 0.42))
    pen.line(ink, (0.805, 0.44), (0.86, 0.36))


def _church(pen: _Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    _ground(pen, 0.9)
    # nave
    pen.rect(ink, 0.38, 0.52, 0.52, 0.38)
    pen.shape(accent, [(0.36, 0.54), (0.93, 0.54), (0.87, 0.36), (0.42, 0.36)], ink)
    for x in (0.47, 0.6, 0.73):
        _arched_window(pen, paper, x, 0.6, 0.07, 0.16)
    # tower with spire, cross, clock and door
    pen.rect(ink, 0.13, 0.34, 0.24, 0.56)
    pen.poly(ink, [(0.11, 0.36), (0.39, 0.36), (0.25, 0.1)])
    pen.line(ink, (0.25, 0.12), (0.25, 0.01))
    pen.line(ink, (0.21, 0.045), (0.29, 0.045))
    pen.framed_circle(accent, 0.25, 0.45, 0.06)
    pen.line(ink, (0.25, 0.45), (0.25, 0.41), width=pen.thin)
    pen.line(ink, (0.25, 0.45), (0.28, 0.46), width=pen.thin)
    _arched_window(pen, paper, 0.2, 0.7, 0.1, 0.2)


def _houses(pen: _Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    base = 0.88
    _ground(pen, base)
    gap = 0.012
    width = (0.94 - 4 * gap) / 5
    tops = (0.5, 0.34, 0.54, 0.3, 0.46)
    for i, top in enumerate(tops):
        x = 0.03 + i * (width + gap)
        body = accent if i in (1, 4) else ink
        pen.rect(body, x, top, width, base - top)
        mid = x + width / 2
        if i == 0:  # plain gable
            pen.poly(ink, [(x, top + 0.002), (x + width, top + 0.002), (mid, top - 0.14)])
        elif i == 1:  # stepped gable
            steps = [(x, top)]
            for k, (dx, h) in enumerate(((0.03, 0.04), (0.03, 0.04), (0.03, 0.04))):
                sx = x + dx * (k + 1)
                steps += [(sx - dx, top - h * (k + 1)), (sx, top - h * (k + 1))]
            rx = x + width
            right = [(rx - (px - x), py) for px, py in reversed(steps)]
            pen.poly(accent, [*steps, *right, (rx, top), (x, top + 0.002)])
            pen.outline(ink, [*steps, *right], closed=False, width=pen.thin)
        elif i == 2:  # flat roof with a parapet
            pen.rect(ink, x - 0.01, top - 0.03, width + 0.02, 0.04)
        elif i == 3:  # neck gable
            pen.poly(
                ink,
                [
                    (x, top),
                    (x + 0.03, top - 0.06),
                    (mid - 0.04, top - 0.06),
                    (mid - 0.04, top - 0.16),
                    (mid + 0.04, top - 0.16),
                    (mid + 0.04, top - 0.06),
                    (x + width - 0.03, top - 0.06),
                    (x + width, top),
                ],
            )
            pen.circle(ink, mid, top - 0.16, 0.04)
        else:  # gable in ink above an accent front
            pen.shape(ink, [(x, top + 0.002), (x + width, top + 0.002), (mid, top - 0.12)])
        # windows and a door
        glass = paper
        rows = max(1, int((base - top - 0.16) / 0.13))
        for r in range(rows):
            wy = top + 0.05 + r * 0.13
            pen.rect(glass, x + 0.025, wy, 0.045, 0.07)
            pen.rect(glass, x + width - 0.07, wy, 0.045, 0.07)
        door = ink if body == accent else accent
        pen.rect(door, mid - 0.025, base - 0.11, 0.05, 0.11)


def _care(pen: _Pen) -> None:
    ink, accent = pen.ink, pen.accent
    # the heart
    heart: list[Point] = []
    k, cx, cy = 0.0125, 0.5, 0.36
    for i in range(120):
        t = 2 * math.pi * i / 120
        hx = 16 * math.sin(t) ** 3
        hy = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        heart.append((cx + hx * k, cy - hy * k))
    pen.poly(accent, heart)
    # two cupped hands, mirrored: fingertips up beside the heart, wrists going straight down
    fingertip = _arc(0.17, 0.42, 0.05, 0.05, 180, 360)
    palm_inside = _arc(0.5, 0.42, 0.28, 0.2, 180, 95)
    palm_outside = _arc(0.5, 0.42, 0.38, 0.3, 131, 180)
    hand = [*fingertip, *palm_inside, (0.45, 0.69), (0.45, 1.0), (0.25, 1.0), *palm_outside]
    for mirrored in (False, True):
        pen.poly(ink, [(1.0 - x, y) if mirrored else (x, y) for x, y in hand])
        pen.rect(accent, 0.55 if mirrored else 0.25, 0.86, 0.2, 0.04)


def _solar(pen: _Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    _ground(pen, 0.9)
    _sun(pen, 0.16, 0.15, 0.08)
    # house front below the roof
    pen.rect(ink, 0.14, 0.6, 0.72, 0.3)
    pen.rect(paper, 0.22, 0.68, 0.12, 0.1)
    pen.rect(paper, 0.66, 0.68, 0.12, 0.1)
    pen.rect(accent, 0.44, 0.68, 0.12, 0.22)
    # roof face with a grid of panels
    roof = [(0.06, 0.62), (0.94, 0.62), (0.82, 0.34), (0.18, 0.34)]
    pen.shape(accent, roof, ink)

    def on_roof(u: float, v: float) -> Point:
        top = (0.18 + (0.82 - 0.18) * u, 0.34)
        bottom = (0.06 + (0.94 - 0.06) * u, 0.62)
        return (top[0] + (bottom[0] - top[0]) * v, top[1] + (bottom[1] - top[1]) * v)

    cols, rows, gap = 4, 2, 0.02
    for c in range(cols):
        for r in range(rows):
            u0, u1 = 0.06 + c * 0.22 + gap / 2, 0.06 + (c + 1) * 0.22 - gap / 2
            v0, v1 = 0.12 + r * 0.4 + gap, 0.12 + (r + 1) * 0.4 - gap
            pen.poly(ink, [on_roof(u0, v0), on_roof(u1, v0), on_roof(u1, v1), on_roof(u0, v1)])
            pen.line(paper, on_roof((u0 + u1) / 2, v0), on_roof((u0 + u1) / 2, v1), width=pen.thin)
            pen.line(paper, on_roof(u0, (v0 + v1) / 2), on_roof(u1, (v0 + v1) / 2), width=pen.thin)


def _bus(pen: _Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    _ground(pen, 0.86)
    pen.rect(ink, 0.05, 0.3, 0.9, 0.46, 0.06)
    pen.rect(accent, 0.05, 0.25, 0.9, 0.03, 0.01)
    # side windows, door and windscreen
    for i in range(4):
        pen.rect(paper, 0.1 + i * 0.13, 0.36, 0.1, 0.14, 0.015)
    pen.rect(paper, 0.64, 0.36, 0.11, 0.34, 0.01)
    pen.line(ink, (0.695, 0.36), (0.695, 0.7), width=pen.thin)
    pen.rect(paper, 0.8, 0.36, 0.11, 0.18, 0.02)
    # stripe and headlight
    pen.rect(accent, 0.05, 0.56, 0.57, 0.04)
    pen.rect(accent, 0.77, 0.59, 0.18, 0.04)
    pen.circle(accent, 0.9, 0.68, 0.025)
    # wheels in their arches
    for cx in (0.24, 0.8):
        pen.circle(paper, cx, 0.77, 0.1)
        pen.circle(ink, cx, 0.77, 0.08)
        pen.circle(paper, cx, 0.77, 0.035)


def _bread(pen: _Pen) -> None:
    ink, accent = pen.ink, pen.accent
    # cutting board
    pen.rect(ink, 0.06, 0.76, 0.88, 0.07, 0.02)
    pen.circle(ink, 0.94, 0.795, 0.035)
    # the loaf
    loaf = [*_arc(0.5, 0.62, 0.38, 0.36, 180, 360), (0.87, 0.7), (0.82, 0.76), (0.18, 0.76), (0.13, 0.7)]
    pen.shape(accent, loaf, ink)
    for i in range(4):
        x = 0.24 + i * 0.14
        pen.line(
            ink,
            (x, 0.56 - (0.04 if i in (1, 2) else 0)),
            (x + 0.1, 0.4 - (0.04 if i in (1, 2) else 0)),
            width=pen.lw * 1.6,
        )
    # crumbs
    for x, y in ((0.16, 0.9), (0.22, 0.92), (0.8, 0.91)):
        pen.circle(ink, x, y, 0.012)


def _coins(pen: _Pen) -> None:
    ink, accent = pen.ink, pen.accent
    rx, ry, thick = 0.15, 0.05, 0.045

    def coin(cx: float, y: float) -> None:
        side = _arc(cx, y, rx, ry, 0, 180) + _arc(cx, y + thick, rx, ry, 180, 0)
        pen.shape(accent, side, ink)
        pen.framed_ellipse(accent, cx, y, rx, ry)

    for i in range(8):
        coin(0.24, 0.84 - i * thick)
    for i in range(5):
        coin(0.5, 0.86 - i * thick)
    # a big coin standing in front, with a euro sign
    cx, cy, r = 0.74, 0.7, 0.17
    pen.framed_circle(accent, cx, cy, r)
    pen.circle(ink, cx, cy, r * 0.8, pen.thin)
    pen.band(ink, cx + 0.01, cy, 0.09, 0.025, 45, 315)
    pen.line(ink, (cx - 0.11, cy - 0.02), (cx + 0.02, cy - 0.02))
    pen.line(ink, (cx - 0.11, cy + 0.025), (cx + 0.01, cy + 0.025))


def _megaphone(pen: _Pen) -> None:
    ink, accent = pen.ink, pen.accent
    cy = 0.48
    # handle below the body
    pen.poly(ink, [(0.3, 0.52), (0.38, 0.52), (0.36, 0.76), (0.28, 0.76)])
    pen.rect(ink, 0.26, 0.74, 0.12, 0.05, 0.02)
    # back and cone
    pen.rect(ink, 0.08, cy - 0.08, 0.12, 0.16, 0.03)
    pen.poly(ink, [(0.17, cy - 0.07), (0.6, cy - 0.22), (0.6, cy + 0.22), (0.17, cy + 0.07)])
    pen.poly(accent, [(0.3, cy - 0.115), (0.35, cy - 0.132), (0.35, cy + 0.132), (0.3, cy + 0.115)])
    pen.framed_ellipse(accent, 0.61, cy, 0.05, 0.23)
    # sound
    for i, r in enumerate((0.18, 0.26, 0.34)):
        pen.band(accent if i == 1 else ink, 0.6, cy, r + 0.02, 0.035, -40, 40)


_DRAWERS: Mapping[str, Callable[[_Pen], None]] = MappingProxyType(
    {
        "village": _village,
        "float": _float,
        "street_party": _street_party,
        "village_hall": _village_hall,
        "creche": _creche,
        "crossroads": _crossroads,
        "horizon": _horizon,
        "passport": _passport,
        "rings": _rings,
        "shop": _shop,
        "windmill": _windmill,
        "trees": _trees,
        "church": _church,
        "houses": _houses,
        "care": _care,
        "solar": _solar,
        "bus": _bus,
        "bread": _bread,
        "coins": _coins,
        "megaphone": _megaphone,
    }
)
