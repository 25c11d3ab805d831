"""Something returns: a meter that crosses a threshold sets off an event with someone the group has met.

The event is told at the outcome of the case where it began, and enters the next case as a change
whose reason names that case, so the group sees why the later case went as it did.
"""

from __future__ import annotations

from typing import NamedTuple

from ..content.models import Case, Meter
from .state import Change, Event
from .texts import Bilingual, both


class Threshold(NamedTuple):
    key: str
    meter: Meter
    level: int
    rising: bool
    effect_meter: Meter
    amount: int


THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(
        "voorzitter_stopt",
        "energy",
        35,
        False,
        "ownership",
        -3,
    ),
    Threshold(
        "vrijwilligers_melden_zich",
        "energy",
        70,
        True,
        "energy",
        2,
    ),
    Threshold(
        "wethouder_komt_kijken",
        "trust_burgers_overheid",
        70,
        True,
        "trust_burgers_overheid",
        2,
    ),
    Threshold(
        "inspraakavond_leeg",
        "trust_burgers_overheid",
        35,
        False,
        "trust_burgers_overheid",
        -3,
    ),
    Threshold(
        "nieuwe_trekker",
        "ownership",
        70,
        True,
        "ownership",
        2,
    ),
    Threshold(
        "dorp_wacht_af",
        "ownership",
        35,
        False,
        "energy",
        -3,
    ),
    Threshold(
        "partner_haakt_af",
        "trust_burgers_partners",
        35,
        False,
        "trust_burgers_partners",
        -3,
    ),
)


def crossed(case: Case, before: dict[Meter, int], after: dict[Meter, int]) -> tuple[Event, ...]:
    """The events this case sets off: each threshold a meter crossed, in the fixed order above."""
    found = []
    for threshold in THRESHOLDS:
        was, now = before[threshold.meter], after[threshold.meter]
        up = was < threshold.level <= now
        down = was >= threshold.level > now
        if (up and threshold.rising) or (down and not threshold.rising):
            text = both(f"engine.event.{threshold.key}", title=Bilingual(case.title.nl, case.title.en))
            found.append(Event(threshold.key, case.case_id, text, threshold.effect_meter, threshold.amount))
    return tuple(found)


def entering(events: tuple[Event, ...]) -> list[Change]:
    """The changes earlier events bring into this case."""
    return [Change("gebeurtenis", event.meter, event.amount, event.text) for event in events]
