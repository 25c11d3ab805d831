"""The end of a session: the balance the group talks about."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..content.deck import Deck
from ..content.models import CORNERS, Corner
from .state import Meters, State, Web

LESSONS: dict[str, str] = {
    "loslaten": "ware_liefde",
    "liefdevolle_verwaarlozing": "liefdevolle_verwaarlozing",
    "klik": "van_kloof_naar_klik",
    "valse_liefde": "valse_liefde",
    "onmogelijke_liefde": "onmogelijke_liefde",
    "emotionele_kloof": "emotionele_kloof",
}
"""Which rule counts for which lesson in love; webs, appreciation and contact are counted apart."""


@dataclass(frozen=True)
class Summary:
    meters_per_case: tuple[Meters, ...]
    """The meters at the start, then after each case."""
    edges: dict[str, int]
    webs_left: tuple[Web, ...]
    role_profile: dict[str, float]
    lessons: dict[str, int]
    gains: dict[Corner, int]
    losses: dict[Corner, int]
    outcomes: dict[str, int]


def summarise(deck: Deck, state: State) -> Summary:
    results = state.results
    meters = (Meters(), *(result.meters_after for result in results))
    final = meters[-1]
    village_roles = [role.id for role in deck.roles_of("burgers")]
    chosen = Counter(result.role_of("burgers") for result in results)
    total = sum(chosen.values()) or 1
    lessons: Counter[str] = Counter({lesson: 0 for lesson in sorted(set(LESSONS.values()))})
    for result in results:
        rules = {change.rule for change in result.changes}
        lessons.update(LESSONS[rule] for rule in rules if rule in LESSONS)
        kinds = [deck.moves[move_id].kind for _, move_id in result.moves]
        lessons["waarderen"] += kinds.count("appreciate")
        lessons["betrokkenheid"] += kinds.count("contact")
        lessons["procedurele_spinnenwebben"] += sum(1 for event in result.web_events if event.kind == "spun")
    gains = {corner: 0 for corner in CORNERS}
    losses = {corner: 0 for corner in CORNERS}
    for result in results:
        for change in result.changes:
            if change.corner is None:
                continue
            if change.amount > 0:
                gains[change.corner] += change.amount
            else:
                losses[change.corner] += change.amount
    outcomes = Counter(result.outcome for result in results)
    return Summary(
        meters_per_case=meters,
        edges={
            "burgers_overheid": final.trust_burgers_overheid,
            "burgers_partners": final.trust_burgers_partners,
            "overheid_partners": final.trust_overheid_partners,
        },
        webs_left=state.webs,
        role_profile={role_id: round(chosen[role_id] / total, 3) for role_id in village_roles},
        lessons=dict(sorted(lessons.items())),
        gains=gains,
        losses=losses,
        outcomes={name: outcomes.get(name, 0) for name in ("bloeit", "worstelt", "strandt")},
    )
