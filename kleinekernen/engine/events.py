"""Something returns: a meter that crosses a threshold sets off an event with someone the group has met.

The event is told at the outcome of the case where it began, and enters the next case as a change
whose reason names that case, so the group sees why the later case went as it did.
"""

from __future__ import annotations

from typing import NamedTuple

from ..content.models import Case, Meter
from .state import Bilingual, Change, Event


class Threshold(NamedTuple):
    key: str
    meter: Meter
    level: int
    rising: bool
    effect_meter: Meter
    amount: int
    nl: str
    en: str


THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(
        "voorzitter_stopt",
        "energy",
        35,
        False,
        "ownership",
        -3,
        "De voorzitter van de dorpsraad uit '{title}' stopt ermee: de energie is op.",
        "The chair of the village council from '{title}' quits: the energy has run out.",
    ),
    Threshold(
        "vrijwilligers_melden_zich",
        "energy",
        70,
        True,
        "energy",
        2,
        "De vrijwilligers van '{title}' melden zich voor het volgende klusje.",
        "The volunteers of '{title}' sign up for the next job.",
    ),
    Threshold(
        "wethouder_komt_kijken",
        "trust_burgers_overheid",
        70,
        True,
        "trust_burgers_overheid",
        2,
        "De wethouder die het dorp kent van '{title}' komt zelf kijken.",
        "The alderman the village knows from '{title}' comes to see for herself.",
    ),
    Threshold(
        "inspraakavond_leeg",
        "trust_burgers_overheid",
        35,
        False,
        "trust_burgers_overheid",
        -3,
        "Na '{title}' komt niemand meer naar de inspraakavond van de gemeente.",
        "After '{title}' nobody comes to the municipality's consultation evening any more.",
    ),
    Threshold(
        "nieuwe_trekker",
        "ownership",
        70,
        True,
        "ownership",
        2,
        "Na '{title}' staat er een nieuwe trekker op in het dorp.",
        "After '{title}' a new driving force stands up in the village.",
    ),
    Threshold(
        "dorp_wacht_af",
        "ownership",
        35,
        False,
        "energy",
        -3,
        "Na '{title}' wacht het dorp af wat de gemeente doet.",
        "After '{title}' the village waits to see what the municipality does.",
    ),
    Threshold(
        "partner_haakt_af",
        "trust_burgers_partners",
        35,
        False,
        "trust_burgers_partners",
        -3,
        "De opbouwwerker uit '{title}' haakt af: het dorp belt hem niet meer.",
        "The community worker from '{title}' drops out: the village no longer calls him.",
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
            text = Bilingual(
                threshold.nl.format(title=case.title.nl), threshold.en.format(title=case.title.en or case.title.nl)
            )
            found.append(Event(threshold.key, case.case_id, text, threshold.effect_meter, threshold.amount))
    return tuple(found)


def entering(events: tuple[Event, ...]) -> list[Change]:
    """The changes earlier events bring into this case."""
    return [Change("gebeurtenis", event.meter, event.amount, event.text) for event in events]
