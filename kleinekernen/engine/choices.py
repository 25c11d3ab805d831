"""The choices a group confirms. A session's history is a list of these."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ..content.models import Corner
from .errors import EngineError
from .texts import both

Owner = Literal["burgers", "overheid"]


@dataclass(frozen=True)
class Place:
    """The group's placement of the case in the ownership matrix."""

    owner: Owner
    needs_other: bool


@dataclass(frozen=True)
class ChooseRole:
    corner: Corner
    role: str


@dataclass(frozen=True)
class PlayMove:
    corner: Corner
    move: str


@dataclass(frozen=True)
class Continue:
    """Go on from a step that only needs confirming; at the reflection it carries the group's note."""

    note: str = ""


Choice = Place | ChooseRole | PlayMove | Continue


def choice_to_dict(choice: Choice) -> dict[str, Any]:
    """A plain, stable form of a choice, for JSON and journals."""
    if isinstance(choice, Place):
        return {"type": "place", "owner": choice.owner, "needs_other": choice.needs_other}
    if isinstance(choice, ChooseRole):
        return {"type": "role", "corner": choice.corner, "role": choice.role}
    if isinstance(choice, PlayMove):
        return {"type": "move", "corner": choice.corner, "move": choice.move}
    return {"type": "continue", "note": choice.note}


def choice_from_dict(data: dict[str, Any]) -> Choice:
    """The inverse of `choice_to_dict`; raises EngineError (a ValueError) naming what is wrong."""
    kind = data.get("type")
    try:
        if kind == "place":
            owner = data["owner"]
            if owner not in ("burgers", "overheid") or not isinstance(data["needs_other"], bool):
                raise EngineError(*both("engine.error.bad_placement", data=repr(data)))
            return Place(owner, data["needs_other"])
        if kind == "role":
            return ChooseRole(_corner(data["corner"]), str(data["role"]))
        if kind == "move":
            return PlayMove(_corner(data["corner"]), str(data["move"]))
        if kind == "continue":
            return Continue(str(data.get("note", "")))
    except KeyError as missing:
        raise EngineError(*both("engine.error.choice_lacks", data=repr(data), missing=str(missing))) from None
    raise EngineError(*both("engine.error.choice_type", kind=repr(kind)))


def _corner(value: object) -> Corner:
    if value == "burgers":
        return "burgers"
    if value == "overheid":
        return "overheid"
    if value == "partners":
        return "partners"
    raise EngineError(*both("engine.error.choice_corner", corner=repr(value)))
