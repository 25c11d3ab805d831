"""Motifs of village life: the village, a float, a street party, the village hall, a crèche, ..."""

from __future__ import annotations

import math

from .pen import Pen, Point, arc, arched_window, ground, house, sun


def village(pen: Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    # church on the crest of the hill
    pen.rect(ink, 0.44, 0.34, 0.13, 0.5)
    pen.shape(ink, [(0.425, 0.35), (0.585, 0.35), (0.505, 0.12)])
    pen.line(ink, (0.505, 0.13), (0.505, 0.04))
    pen.line(ink, (0.475, 0.075), (0.535, 0.075))
    pen.circle(accent, 0.505, 0.42, 0.035)
    arched_window(pen, paper, 0.48, 0.52, 0.05, 0.09)
    # houses on the slopes
    house(pen, 0.08, 0.86, 0.16, 0.16, 0.1, ink, accent)
    house(pen, 0.26, 0.82, 0.14, 0.2, 0.09, ink, ink)
    house(pen, 0.62, 0.8, 0.14, 0.18, 0.09, ink, accent)
    house(pen, 0.79, 0.86, 0.15, 0.2, 0.09, ink, ink)
    # the hill, drawn last so it hides the foundations
    crest = arc(0.5, 0.98, 0.5, 0.26, 180, 360, 90)
    pen.poly(accent, [(0.0, 0.98), *crest, (1.0, 0.98)])
    pen.outline(ink, crest, closed=False)
    pen.line(ink, (0.0, 0.98), (1.0, 0.98))


def carnival_float(pen: Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    ground(pen, 0.9)
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


def street_party(pen: Pen) -> None:
    ink, accent = pen.ink, pen.accent
    ground(pen, 0.9)
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


def village_hall(pen: Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    ground(pen, 0.9)
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


def creche(pen: Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    ground(pen, 0.9)
    sun(pen, 0.8, 0.18, 0.08)
    # the little house
    pen.rect(ink, 0.1, 0.46, 0.44, 0.44)
    pen.shape(accent, [(0.04, 0.48), (0.6, 0.48), (0.32, 0.2)], ink)
    pen.framed_circle(paper, 0.32, 0.38, 0.04)
    arched_window(pen, paper, 0.26, 0.68, 0.12, 0.22)
    pen.rect(paper, 0.14, 0.54, 0.08, 0.08)
    pen.rect(paper, 0.42, 0.54, 0.08, 0.08)
    # building blocks
    pen.framed_rect(accent, 0.62, 0.76, 0.14, 0.14)
    pen.framed_rect(paper, 0.78, 0.76, 0.14, 0.14)
    pen.circle(ink, 0.85, 0.83, 0.03)
    pen.rect(ink, 0.7, 0.62, 0.14, 0.14)
    pen.rect(paper, 0.74, 0.66, 0.06, 0.06)
    pen.shape(accent, [(0.7, 0.62), (0.84, 0.62), (0.77, 0.5)], ink)


def crossroads(pen: Pen) -> None:
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
    house(pen, 0.1, 0.9, 0.18, 0.14, 0.08, ink, accent)


def horizon(pen: Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    horizon = 0.58
    # the rising sun
    for i in range(1, 8):
        t = math.radians(180 + i * 22.5)
        a = (0.5 + math.cos(t) * 0.26, horizon + math.sin(t) * 0.26)
        b = (0.5 + math.cos(t) * 0.36, horizon + math.sin(t) * 0.36)
        pen.line(accent, a, b)
    pen.poly(accent, arc(0.5, horizon, 0.2, 0.2, 180, 360))
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


def passport(pen: Pen) -> None:
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


def rings(pen: Pen) -> None:
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


def shop(pen: Pen) -> None:
    ink, paper, accent = pen.ink, pen.paper, pen.accent
    ground(pen, 0.9)
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
        pen.poly(color, arc((bl + br) / 2, bot_y, (br - bl) / 2, 0.04, 0, 180))
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
