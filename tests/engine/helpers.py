"""Small helpers to resolve one case of the built-in deck with chosen moves and roles."""

from __future__ import annotations

import functools

from kleinekernen.content.deck import Deck, load_deck
from kleinekernen.content.models import Corner
from kleinekernen.engine.choices import Place
from kleinekernen.engine.resolve import resolve
from kleinekernen.engine.state import CaseResult, Meters, Web
from tests.conftest import ASSETS, SCENARIOS


@functools.cache
def deck() -> Deck:
    return load_deck(SCENARIOS, assets=ASSETS).deck


def play_case(
    case_id: str,
    moves: dict[Corner, str],
    roles: dict[Corner, str] | None = None,
    *,
    placement: Place | None = None,
    webs: tuple[Web, ...] = (),
    previous: CaseResult | None = None,
    meters: Meters | None = None,
) -> CaseResult:
    case = deck().cases[case_id]
    return resolve(
        deck(),
        case,
        placement or Place(case.owner, case.needs_other),
        tuple((roles or {}).items()),
        tuple(moves.items()),
        meters=meters or Meters(),
        webs=webs,
        webs_spun=len(webs),
        previous=previous,
    ).result


def by_rule(result: CaseResult, rule: str) -> dict[str, int]:
    """The total per meter that one rule changed."""
    totals: dict[str, int] = {}
    for change in result.changes:
        if change.rule == rule:
            totals[change.meter] = totals.get(change.meter, 0) + change.amount
    return totals
