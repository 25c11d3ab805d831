"""Flat illustrations ("motifs") for cards and screens, drawn with ``pygame.draw`` only.

Every motif is described in unit coordinates: (0, 0) is the top-left and (1, 1) the bottom-right
corner of a centred square inside the target rect, so a drawing looks the same from a thumbnail
to a full screen. Three colours are used: ``paper`` fills the rect, ``ink`` draws the main shapes
and outlines, and ``accent`` adds one highlight colour.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping
from types import MappingProxyType

import pygame

from ...content.models import Motif
from . import land, village
from .pen import Color, Pen

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
    pen = Pen(surface, origin_x, origin_y, inner, max(2, side // 60), max(1, side // 120), ink, paper, accent)
    old_clip = surface.get_clip()
    surface.set_clip(area.clip(old_clip))
    try:
        surface.fill(paper, area)
        _DRAWERS.get(name, village.village)(pen)
    finally:
        surface.set_clip(old_clip)


_DRAWERS: Mapping[str, Callable[[Pen], None]] = MappingProxyType(
    {
        "village": village.village,
        "float": village.carnival_float,
        "street_party": village.street_party,
        "village_hall": village.village_hall,
        "creche": village.creche,
        "crossroads": village.crossroads,
        "horizon": village.horizon,
        "passport": village.passport,
        "rings": village.rings,
        "shop": village.shop,
        "windmill": land.windmill,
        "trees": land.trees,
        "church": land.church,
        "houses": land.houses,
        "care": land.care,
        "solar": land.solar,
        "bus": land.bus,
        "bread": land.bread,
        "coins": land.coins,
        "megaphone": land.megaphone,
    }
)
