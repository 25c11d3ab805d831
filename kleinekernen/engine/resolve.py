"""Resolve one case: run every rule, move the meters within bounds, spin and cut webs, judge the outcome."""

from __future__ import annotations

from dataclasses import dataclass

from ..content.deck import Deck
from ..content.models import Case, Corner
from .choices import Place
from .context import Context
from .events import crossed, entering
from .rules import RULES, Cut, Spin
from .state import METER_MAX, METER_MIN, CaseResult, Change, Event, Meters, Outcome, Web, WebEvent
from .texts import Bilingual, both

CUT_REWARD = 3
"""Energy that comes back when courage cuts a web spun in an earlier case."""
SAME_CASE_CUT_REWARD = 1
"""A web spun and cut in one case gives back less than spinning it cost (never better than none)."""
SPIN_COST = 2
"""Energy a new web costs when it is spun."""
BLOOM_FROM = 30
"""A case scoring this much or more blooms; from 0 it struggles; below 0 it strands."""
SOFT_ZONE = 40
"""Within this distance of 0 or 100 a change shrinks in proportion: meters never clip, and never saturate."""


@dataclass(frozen=True)
class Resolution:
    result: CaseResult
    meters: Meters
    webs: tuple[Web, ...]
    webs_spun: int
    events: tuple[Event, ...] = ()


def outcome_of(score: int) -> Outcome:
    if score >= BLOOM_FROM:
        return "bloeit"
    return "worstelt" if score >= 0 else "strandt"


def softened(value: int, amount: int) -> int:
    """What a change of `amount` really moves a meter standing at `value`: less the nearer the end it heads to."""
    room = (METER_MAX - value) if amount > 0 else (value - METER_MIN)
    if room >= SOFT_ZONE:
        return amount
    return round(amount * room / SOFT_ZONE)


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
    events: tuple[Event, ...] = (),
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
        meters=meters,
    )
    changes: list[Change] = []
    web_events: list[WebEvent] = []
    board = list(webs)
    before = meters.as_dict()
    values = dict(before)

    def record(item: Change) -> None:
        meter, amount = item.meter, item.amount
        value = values[meter]
        room = (METER_MAX - value) if amount > 0 else (value - METER_MIN)
        applied = amount if room >= SOFT_ZONE else round(amount * room / SOFT_ZONE)
        values[meter] = value + applied
        changes.append(Change(item.rule, meter, amount, item.reason, item.corner, applied, item.act, item.lesson))

    for earlier in entering(events):
        record(earlier)
    for _name, rule in RULES:
        for item in rule(ctx):
            if isinstance(item, Change):
                record(item)
            elif isinstance(item, Spin):
                webs_spun += 1
                web = Web(webs_spun, item.label, case.case_id, item.move_id, item.corner)
                board.append(web)
                web_events.append(WebEvent("spun", web, "spinnenwebben", item.reason))
                record(_spin_cost(web))
            elif isinstance(item, Cut):
                target = _web_to_cut(board, item.corner)
                if target is None:
                    continue
                board.remove(target)
                web_events.append(WebEvent("cut", target, "spinnenwebben", item.reason))
                record(_cut_reward(deck, target, item, case.case_id))
    after = Meters(**values)
    score = sum(change.amount for change in changes)
    result = _result(
        case_id=case.case_id,
        quadrant=case.quadrant,
        placement=placement,
        roles=roles,
        moves=moves,
        auto_corners=auto_corners,
        changes=tuple(changes),
        web_events=tuple(web_events),
        score=score,
        outcome=outcome_of(score),
        meters_after=after,
        events=crossed(case, before, values),
    )
    return Resolution(result, after, tuple(board), webs_spun, result.events)


def _result(**fields: object) -> CaseResult:
    """A CaseResult without the frozen dataclass's per-field checks (thousands are made per second)."""
    result = object.__new__(CaseResult)
    result.__dict__.update(note="", **fields)
    return result


CUTS_FIRST: dict[Corner, tuple[Corner, ...]] = {
    "burgers": ("burgers", "overheid", "partners"),
    "partners": ("partners", "overheid", "burgers"),
    "overheid": ("overheid", "partners", "burgers"),
}
"""Whose webs a corner's courage cuts first: its own, then (for the village) the municipality's."""


def _web_to_cut(board: list[Web], corner: Corner) -> Web | None:
    for spinner in CUTS_FIRST[corner]:
        for web in board:
            if web.corner == spinner:
                return web
    return None


def _spin_cost(web: Web) -> Change:
    return Change(
        "spinnenwebben",
        "energy",
        -SPIN_COST,
        both("engine.web.spun", web=web.label),
    )


def _cut_reward(deck: Deck, web: Web, cut: Cut, case_id: str) -> Change:
    same_case = web.case_id == case_id
    amount = SAME_CASE_CUT_REWARD if same_case else CUT_REWARD
    who = both(f"engine.web.who.{web.corner}")
    where = deck.cases.get(web.case_id)
    title = Bilingual(where.title.nl, where.title.en) if where else Bilingual(web.case_id, web.case_id)
    key = "engine.web.cut_at_once" if same_case else "engine.web.cut"
    reason = both(key, move=cut.reason, web=web.label, who=who, title=title)
    return Change("spinnenwebben", "energy", amount, reason)
