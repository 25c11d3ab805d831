"""The setup of a session: players and their corners, the deck's cases, how many, the attitudes."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from ..content.deck import Deck
from ..content.models import CORNERS, Corner
from .errors import SetupError
from .texts import both

MAX_PLAYERS = 9
MIN_CASES = 3
DEFAULT_ATTITUDES: dict[Corner, str] = {
    "burgers": "creatief-vakman",
    "partners": "leverancier",
    "overheid": "regelgestuurd",
}


@dataclass(frozen=True)
class Player:
    name: str
    corner: Corner


@dataclass(frozen=True)
class Setup:
    """Everything chosen before the first case. With the seed, it fixes the draw and the game's play."""

    seed: int
    players: tuple[Player, ...]
    case_count: int = 5
    attitudes: tuple[tuple[Corner, str], ...] = ()
    village: str = ""
    cases: tuple[str, ...] = field(default=())
    """The case ids to draw from (a pack); empty means the whole deck."""
    timer_seconds: int = 300

    @functools.cached_property
    def played(self) -> tuple[Corner, ...]:
        corners = {player.corner for player in self.players}
        return tuple(corner for corner in CORNERS if corner in corners)

    def played_corners(self) -> tuple[Corner, ...]:
        return self.played

    def attitude_of(self, corner: Corner) -> str:
        return dict(self.attitudes).get(corner, DEFAULT_ATTITUDES[corner])

    def players_of(self, corner: Corner) -> tuple[Player, ...]:
        return tuple(player for player in self.players if player.corner == corner)

    def pool(self, deck: Deck) -> tuple[str, ...]:
        return self.cases or tuple(deck.cases)


def validate_setup(setup: Setup, deck: Deck) -> None:
    """Raise SetupError naming the first thing that makes this setup unplayable with this deck."""
    if not 1 <= len(setup.players) <= MAX_PLAYERS:
        raise SetupError(*both("engine.error.players", count=len(setup.players), most=MAX_PLAYERS))
    for player in setup.players:
        if player.corner not in CORNERS:
            raise SetupError(*both("engine.error.player_corner", player=repr(player.name), corner=repr(player.corner)))
    for corner in CORNERS:
        if corner in setup.played_corners():
            continue
        attitude = setup.attitude_of(corner)
        if attitude not in deck.attitudes.get(corner, {}):
            raise SetupError(*both("engine.error.attitude", attitude=repr(attitude), corner=corner))
    missing = [case_id for case_id in setup.cases if case_id not in deck.cases]
    if missing:
        raise SetupError(*both("engine.error.missing_cases", cases=", ".join(missing)))
    pool = setup.pool(deck)
    smallest = min(MIN_CASES, len(setup.cases)) if setup.cases else MIN_CASES  # a preview plays one chosen case
    if not max(1, smallest) <= setup.case_count <= len(pool):
        raise SetupError(*both("engine.error.case_count", count=setup.case_count, least=MIN_CASES, most=len(pool)))
    for corner in CORNERS:
        if not deck.moves_of(corner) or not deck.roles_of(corner):
            raise SetupError(*both("engine.error.no_cards", corner=corner))
