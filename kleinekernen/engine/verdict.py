"""What a case's outcome comes down to, for a screen read aloud and the report's one line per case.

`weightiest_act` finds the act (a role or a move of one corner) whose changes moved the meters most, in
either direction; `carried_over` says what the case leaves for the next one: events that return, webs spun
or cut, and the meters themselves. Both are pure and read only a finished case's result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..content.models import Corner, Meter
from .state import CaseResult, Change
from .texts import Bilingual


@dataclass(frozen=True)
class Weightiest:
    """The act of one corner that weighed most in a case: its net effect and the meters it moved most."""

    corner: Corner
    act: str
    amount: int
    """The sum of the act's changes: positive helped, negative harmed."""
    meter: Meter
    """The meter this act moved most."""


def weightiest_act(changes: Iterable[Change]) -> Weightiest | None:
    """The act with the largest net effect on the meters, or None when no act of a corner moved anything.

    A tie goes to the act named first (the engine lists burgers, then partners, then overheid), so the
    same case always names the same act."""
    totals: dict[tuple[Corner, str], int] = {}
    per_meter: dict[tuple[Corner, str], dict[Meter, int]] = {}
    for change in changes:
        if change.corner is None or not change.act:
            continue
        key = (change.corner, change.act)
        totals[key] = totals.get(key, 0) + change.amount
        meters = per_meter.setdefault(key, {})
        meters[change.meter] = meters.get(change.meter, 0) + change.amount
    if not totals:
        return None
    key = max(totals, key=lambda k: abs(totals[k]))
    if not totals[key]:
        return None
    meters = per_meter[key]
    meter = max(meters, key=lambda m: abs(meters[m]))
    return Weightiest(corner=key[0], act=key[1], amount=totals[key], meter=meter)


@dataclass(frozen=True)
class CarriedOver:
    """What a case leaves for the next: events that return there, and webs spun and cut on the board."""

    events: tuple[Bilingual, ...]
    """What each event tells: someone from this case acts in the next."""
    spun: int
    cut: int


def carried_over(result: CaseResult) -> CarriedOver:
    return CarriedOver(
        events=tuple(event.text for event in result.events),
        spun=sum(1 for event in result.web_events if event.kind == "spun"),
        cut=sum(1 for event in result.web_events if event.kind == "cut"),
    )
