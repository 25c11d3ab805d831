"""Motifs of the land and its services: the windmill, trees, church, houses, care, solar, bus, ..."""

from __future__ import annotations

import math

from .pen import Pen, Point, arc, arched_window, ground, sun


def windmill(pen: Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    ground(pen, 0.92)
    hub = (0.5, 0.38)
    # tower, gallery and cap
    pen.poly(ink, [(0.35, 0.92), (0.65, 0.92), (0.58, 0.4), (0.42, 0.4)])
    pen.ellipse(ink, 0.4, 0.29, 0.2, 0.16)
    pen.rect(ink, 0.28, 0.64, 0.44, 0.03)
    pen.line(ink, (0.3, 0.665), (0.38, 0.74))
    pen.line(ink, (0.7, 0.665), (0.62, 0.74))
    arched_window(pen, paper, 0.455, 0.79, 0.09, 0.13)
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


def trees(pen: Pen) -> None:
    ink, accent = pen.ink, pen.accent
    ground(pen, 0.88)
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


def church(pen: Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    ground(pen, 0.9)
    # nave
    pen.rect(ink, 0.38, 0.52, 0.52, 0.38)
    pen.shape(accent, [(0.36, 0.54), (0.93, 0.54), (0.87, 0.36), (0.42, 0.36)], ink)
    for x in (0.47, 0.6, 0.73):
        arched_window(pen, paper, x, 0.6, 0.07, 0.16)
    # tower with spire, cross, clock and door
    pen.rect(ink, 0.13, 0.34, 0.24, 0.56)
    pen.poly(ink, [(0.11, 0.36), (0.39, 0.36), (0.25, 0.1)])
    pen.line(ink, (0.25, 0.12), (0.25, 0.01))
    pen.line(ink, (0.21, 0.045), (0.29, 0.045))
    pen.framed_circle(accent, 0.25, 0.45, 0.06)
    pen.line(ink, (0.25, 0.45), (0.25, 0.41), width=pen.thin)
    pen.line(ink, (0.25, 0.45), (0.28, 0.46), width=pen.thin)
    arched_window(pen, paper, 0.2, 0.7, 0.1, 0.2)


def houses(pen: Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    base = 0.88
    ground(pen, base)
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


def care(pen: Pen) -> None:
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
    fingertip = arc(0.17, 0.42, 0.05, 0.05, 180, 360)
    palm_inside = arc(0.5, 0.42, 0.28, 0.2, 180, 95)
    palm_outside = arc(0.5, 0.42, 0.38, 0.3, 131, 180)
    hand = [*fingertip, *palm_inside, (0.45, 0.69), (0.45, 1.0), (0.25, 1.0), *palm_outside]
    for mirrored in (False, True):
        pen.poly(ink, [(1.0 - x, y) if mirrored else (x, y) for x, y in hand])
        pen.rect(accent, 0.55 if mirrored else 0.25, 0.86, 0.2, 0.04)


def solar(pen: Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    ground(pen, 0.9)
    sun(pen, 0.16, 0.15, 0.08)
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


def bus(pen: Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    ground(pen, 0.86)
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


def bread(pen: Pen) -> None:
    ink, accent = pen.ink, pen.accent
    # cutting board
    pen.rect(ink, 0.06, 0.76, 0.88, 0.07, 0.02)
    pen.circle(ink, 0.94, 0.795, 0.035)
    # the loaf
    loaf = [*arc(0.5, 0.62, 0.38, 0.36, 180, 360), (0.87, 0.7), (0.82, 0.76), (0.18, 0.76), (0.13, 0.7)]
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


def coins(pen: Pen) -> None:
    ink, accent = pen.ink, pen.accent
    rx, ry, thick = 0.15, 0.05, 0.045

    def coin(cx: float, y: float) -> None:
        side = arc(cx, y, rx, ry, 0, 180) + arc(cx, y + thick, rx, ry, 180, 0)
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


def megaphone(pen: Pen) -> None:
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
