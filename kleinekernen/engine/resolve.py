"""Resolve one case: run every rule, move the meters within bounds, spin and cut webs, judge the outcome."""

from __future__ import annotations

from dataclasses import dataclass

from ..content.deck import Deck
from ..content.models import Case, Corner, Meter
from .choices import Place
from .context import Context
from .rules import RULES, Cut, Spin
from .state import METER_MAX, METER_MIN, Bilingual, CaseResult, Change, Meters, Outcome, Web, WebEvent

CUT_REWARD = 4
"""Energy that comes back when a move of courage cuts a spider web."""
BLOOM_FROM = 25
"""A case scoring this much or more blooms; from 0 it struggles; below 0 it strands."""


@dataclass(frozen=True)
class Resolution:
    result: CaseResult
    meters: Meters
    webs: tuple[Web, ...]
    webs_spun: int


def outcome_of(score: int) -> Outcome:
    if score >= BLOOM_FROM:
        return "bloeit"
    return "worstelt" if score >= 0 else "strandt"


def resolve(
    deck: Deck,
    case: Case,
    placement: Place,
    roles: tuple[tuple[Corner, str], ...],
    moves: tuple[tuple[Corner, str], ...],
    *,
    meters: Meters,
    webs: tuple[Web, ...],
    webs_spun: int,
    previous: CaseResult | None,
    auto_corners: tuple[Corner, ...] = (),
) -> Resolution:
    """The outcome of one case, given the state before it. Pure: the same input, the same output."""
    ctx = Context(
        deck=deck,
        case=case,
        placement=placement,
        roles={corner: deck.roles[role_id] for corner, role_id in roles},
        moves={corner: deck.moves[move_id] for corner, move_id in moves},
        webs=webs,
        previous_roles={corner: deck.roles[role_id] for corner, role_id in previous.roles} if previous else {},
        previous_quadrant=previous.quadrant if previous else None,
    )
    changes: list[Change] = []
    events: list[WebEvent] = []
    board = list(webs)
    values = meters.as_dict()

    def move(meter: Meter, amount: int) -> int:
        before = values[meter]
        values[meter] = max(METER_MIN, min(METER_MAX, before + amount))
        return values[meter] - before

    for _name, rule in RULES:
        for item in rule(ctx):
            if isinstance(item, Change):
                applied = move(item.meter, item.amount)
                changes.append(Change(item.rule, item.meter, item.amount, item.reason, item.corner, applied))
            elif isinstance(item, Spin):
                webs_spun += 1
                web = Web(webs_spun, item.label, case.case_id, item.move_id, item.corner)
                board.append(web)
                events.append(WebEvent("spun", web, "spinnenwebben", item.reason))
            elif isinstance(item, Cut) and board:
                web = board.pop(0)
                events.append(WebEvent("cut", web, "spinnenwebben", item.reason))
                applied = move("energy", CUT_REWARD)
                changes.append(
                    Change(
                        "spinnenwebben",
                        "energy",
                        CUT_REWARD,
                        Bilingual(
                            f"Spinnenweb doorgeknipt: {web.label.nl}. Er komt weer ruimte.",
                            f"Spider web cut: {web.label.en or web.label.nl}. There is room again.",
                        ),
                        item.corner,
                        applied,
                    )
                )
    meters = Meters(**values)
    score = sum(change.amount for change in changes)
    result = CaseResult(
        case_id=case.case_id,
        quadrant=case.quadrant,
        placement=placement,
        roles=roles,
        moves=moves,
        auto_corners=auto_corners,
        changes=tuple(changes),
        web_events=tuple(events),
        score=score,
        outcome=outcome_of(score),
        meters_after=meters,
    )
    return Resolution(result, meters, tuple(board), webs_spun)
