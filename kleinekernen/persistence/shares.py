"""What earlier sessions chose most, read from the index's counts: the squares they placed a case in, and the
role and move a corner chose most often."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..content.models import Corner, Quadrant, quadrant_of
from .index import CaseShares


def placement_percentages(shares: CaseShares) -> list[tuple[Quadrant, int]]:
    """Every square earlier sessions placed the case in, most chosen first, with its share in whole percent."""
    total = sum(shares.placements.values()) or 1
    found: list[tuple[Quadrant, int]] = []
    for key, count in shares.placements.most_common():
        owner, needs = key.split(":")
        found.append((quadrant_of(owner, needs == "1"), round(count * 100 / total)))
    return found


def most_chosen(shares: CaseShares, corner: Corner) -> tuple[str, str] | None:
    """The role and the move this corner chose most often in earlier sessions, if they chose any."""
    roles, moves = shares.roles.get(corner), shares.moves.get(corner)
    if not roles or not moves:
        return None
    return roles.most_common(1)[0][0], moves.most_common(1)[0][0]


CORNER_ORDER = ("burgers", "overheid", "partners", "none")


def spread_parts(t: Callable[..., str], counts: Mapping[str, Mapping[Any, int]]) -> list[str]:
    """A room's vote per square, most votes first: "9 × Burgers zijn eigenaar, ... (dorp 6 · gemeente 3)".

    The corners are named only when some phone gave one ("zonder hoek" then counts the rest)."""
    parts = []
    for quadrant, per_corner in sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0])):
        named = [c for c in CORNER_ORDER if per_corner.get(c) and (c != "none" or len(per_corner) > 1)]
        said = " · ".join(f"{t(f'room.corner.{c}')} {per_corner[c]}" for c in named)
        count, square = sum(per_corner.values()), t(f"quadrant.{quadrant}")
        parts.append(t("room.spread_line", count=count, quadrant=square) + (f" ({said})" if said else ""))
    return parts
