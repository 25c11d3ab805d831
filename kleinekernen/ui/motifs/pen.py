"""The pen the motifs draw with: shapes in unit coordinates of the motif's square, and shared parts."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import pygame

Color = tuple[int, int, int]
Point = tuple[float, float]


class Pen:
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
        pts = arc(cx, cy, rx, ry, 0, 360)
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
        outer = arc(cx, cy, rx, ry, start, stop)
        inner = arc(cx, cy, max(0.0, rx - thickness), max(0.0, ry - thickness), stop, start)
        self.poly(color, outer + inner)

    def _segment(self, color: Color, a: Point, b: Point, width: float) -> None:
        """A straight stroke with round caps, drawn as one polygon (a capsule)."""
        half = width / 2
        if half < 1:
            pygame.draw.line(self.surface, color, a, b, 1)
            return
        heading = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
        steps = max(4, min(16, int(half)))
        cap_b = arc(b[0], b[1], half, half, heading - 90, heading + 90, steps)
        cap_a = arc(a[0], a[1], half, half, heading + 90, heading + 270, steps)
        pygame.draw.polygon(self.surface, color, cap_b + cap_a)


def arc(cx: float, cy: float, rx: float, ry: float, start: float, stop: float, steps: int = 0) -> list[Point]:
    """Points on an elliptic arc, angles in degrees measured clockwise on screen."""
    n = steps or max(8, int(abs(stop - start) / 4))
    pts: list[Point] = []
    for i in range(n + 1):
        t = math.radians(start + (stop - start) * i / n)
        pts.append((cx + rx * math.cos(t), cy + ry * math.sin(t)))
    return pts


# -- shared pieces ---------------------------------------------------------------------------


def ground(pen: Pen, y: float = 0.9, x0: float = 0.02, x1: float = 0.98) -> None:
    pen.line(pen.ink, (x0, y), (x1, y))


def house(
    pen: Pen,
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


def sun(pen: Pen, cx: float, cy: float, r: float, rays: int = 8) -> None:
    for i in range(rays):
        t = math.radians(i * 360 / rays + 22.5)
        a = (cx + math.cos(t) * r * 1.35, cy + math.sin(t) * r * 1.35)
        b = (cx + math.cos(t) * r * 1.75, cy + math.sin(t) * r * 1.75)
        pen.line(pen.accent, a, b)
    pen.circle(pen.accent, cx, cy, r)


def arched_window(pen: Pen, color: Color, x: float, y: float, w: float, h: float) -> None:
    """A window or door with a round top; (x, y) is the top-left of its bounding box."""
    pen.rect(color, x, y + w / 2, w, h - w / 2)
    pen.circle(color, x + w / 2, y + w / 2, w / 2)


# -- the motifs --------------------------------------------------------------------------------
