"""The motif illustrations draw something visible at every size and never raise."""

from __future__ import annotations

import pygame
import pytest

from kleinekernen.ui.motifs import MOTIFS, draw_motif

INK = (30, 30, 40)
PAPER = (245, 240, 230)
ACCENT = (200, 120, 40)
SIZES = [(1, 1), (50, 30), (400, 300), (1600, 1200)]
EXACT = (1, 1, 1, 255)  # from_threshold keeps pixels whose channels differ by less than this


def _count(surface: pygame.Surface, color: tuple[int, int, int]) -> int:
    return pygame.mask.from_threshold(surface, color, EXACT).count()


def _render(name: str, size: tuple[int, int]) -> pygame.Surface:
    surface = pygame.Surface(size, depth=32)
    draw_motif(surface, surface.get_rect(), name, INK, PAPER, ACCENT)
    return surface


def test_the_twenty_motifs_in_order() -> None:
    assert MOTIFS == (
        "village",
        "float",
        "street_party",
        "village_hall",
        "creche",
        "crossroads",
        "horizon",
        "passport",
        "rings",
        "shop",
        "windmill",
        "trees",
        "church",
        "houses",
        "care",
        "solar",
        "bus",
        "bread",
        "coins",
        "megaphone",
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", MOTIFS)
def test_motif_draws_visibly(name: str, size: tuple[int, int]) -> None:
    surface = _render(name, size)
    if max(size) < 50:  # (1, 1): only that it does not raise
        return
    area = size[0] * size[1]
    not_paper = area - _count(surface, PAPER)
    assert not_paper >= 0.03 * area, f"{name} at {size}: only {not_paper} of {area} pixels drawn"
    assert _count(surface, INK) >= 0.01 * area, f"{name} at {size}: too little ink"


def test_unknown_name_draws_the_village() -> None:
    village = _render("village", (400, 300))
    unknown = _render("no-such-motif", (400, 300))
    assert pygame.image.tobytes(unknown, "RGB") == pygame.image.tobytes(village, "RGB")


@pytest.mark.parametrize("name", MOTIFS)
def test_motif_stays_inside_its_rect(name: str) -> None:
    surface = pygame.Surface((300, 200), depth=32)
    surface.fill((0, 255, 0))
    rect = pygame.Rect(40, 30, 150, 120)
    draw_motif(surface, rect, name, INK, PAPER, ACCENT)
    outside = 300 * 200 - rect.width * rect.height
    assert _count(surface, (0, 255, 0)) == outside
    assert surface.get_clip() == surface.get_rect()


@pytest.mark.parametrize(
    "rect",
    [(0, 0, 1, 7), (0, 0, 7, 1), (0, 0, 2, 2), (0, 0, 5, 3), (-20, -20, 30, 30), (90, 90, 40, 40), (500, 500, 10, 10)],
)
def test_odd_rects_never_raise(rect: tuple[int, int, int, int]) -> None:
    surface = pygame.Surface((100, 100), depth=32)
    for name in MOTIFS:
        draw_motif(surface, pygame.Rect(rect), name, INK, PAPER, ACCENT)


def test_aspect_is_kept_in_a_centred_square() -> None:
    wide = _render("rings", (600, 200))
    # the side strips of a wide rect stay paper: the drawing lives in the centred 200 px square
    left = wide.subsurface(pygame.Rect(0, 0, 200, 200))
    right = wide.subsurface(pygame.Rect(400, 0, 200, 200))
    assert _count(left, PAPER) == 200 * 200
    assert _count(right, PAPER) == 200 * 200
