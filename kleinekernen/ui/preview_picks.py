"""`preview --moves`: the roles and moves a trainer wants to see, read from one argument.

    --moves place=QUADRANT,burgers=ROLE:MOVE,partners=ROLE:MOVE,overheid=ROLE:MOVE

Parts are separated by commas, each `NAME=VALUE`; a corner's move may be left out (`burgers=ROLE`). A
message names the bad part and lists the ids that would do.
"""

from __future__ import annotations

from ..content.deck import Deck
from ..content.models import CORNERS, Corner
from ..engine.game import PLACEMENTS
from ..engine.picks import Picks
from ..i18n import Catalog

QUADRANTS = {
    "burgers_alone": PLACEMENTS[0],
    "burgers_with_overheid": PLACEMENTS[1],
    "overheid_with_burgers": PLACEMENTS[2],
    "overheid_alone": PLACEMENTS[3],
}


class PicksError(ValueError):
    """A `--moves` argument that cannot be played, e.g. PicksError("'burgers=x': ... kies uit: ...")."""


def parse_picks(text: str, deck: Deck, lang: str = "nl") -> Picks:
    t = Catalog(lang)
    place = None
    roles: dict[Corner, str] = {}
    moves: dict[Corner, str] = {}
    names = ("place", *CORNERS)
    for part in (piece.strip() for piece in text.split(",")):
        if not part:
            continue
        name, equals, value = (word.strip() for word in part.partition("="))
        if not equals or not value:
            raise PicksError(t("preview.moves.syntax", part=part))
        if name not in names:
            raise PicksError(t("preview.moves.name", part=part, name=name, valid=", ".join(names)))
        if name == "place":
            if value not in QUADRANTS:
                raise PicksError(t("preview.moves.place", part=part, value=value, valid=", ".join(QUADRANTS)))
            place = QUADRANTS[value]
            continue
        corner: Corner = name  # type: ignore[assignment]
        if corner in roles:
            raise PicksError(t("preview.moves.twice", part=part, name=name))
        role, _, move = (word.strip() for word in value.partition(":"))
        valid_roles = [r.id for r in deck.roles_of(corner)]
        if role not in valid_roles:
            raise PicksError(t("preview.moves.role", part=part, role=role, corner=corner, valid=", ".join(valid_roles)))
        roles[corner] = role
        if move:
            valid_moves = [m.id for m in deck.moves_of(corner)]
            if move not in valid_moves:
                raise PicksError(
                    t("preview.moves.move", part=part, move=move, corner=corner, valid=", ".join(valid_moves))
                )
            moves[corner] = move
    return Picks(place=place, roles=roles, moves=moves)
