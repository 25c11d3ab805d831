"""The end of a session: the balance the group talks about.

The lessons in love are counted by the sign of what happened: a corner's act that a lesson's rule rewarded
went well, one it penalised went wrong. A municipality that walks away where it was needed counts as
loving neglect gone wrong, never as loving neglect done.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..content.deck import Deck
from ..content.models import CORNERS, Corner, MoveKind
from .state import CaseResult, Change, Meters, Outcome, State, Web

LESSONS: dict[str, str] = {
    "loslaten": "ware_liefde",
    "liefdevolle_verwaarlozing": "liefdevolle_verwaarlozing",
    "klik": "van_kloof_naar_klik",
    "valse_liefde": "valse_liefde",
    "onmogelijke_liefde": "onmogelijke_liefde",
    "emotionele_kloof": "emotionele_kloof",
}
"""Which rule counts for which lesson in love; webs, appreciation and contact are counted apart."""

MOVE_LESSONS: dict[MoveKind, str] = {"appreciate": "waarderen", "contact": "betrokkenheid"}
"""Lessons counted from a kind of move, by the sign of what that corner's move did in the case."""

WEBS_LESSON = "procedurele_spinnenwebben"
LESSON_ORDER: tuple[str, ...] = (
    "ware_liefde",
    "betrokkenheid",
    "waarderen",
    "van_kloof_naar_klik",
    "liefdevolle_verwaarlozing",
    "valse_liefde",
    "onmogelijke_liefde",
    "emotionele_kloof",
    WEBS_LESSON,
)
"""The sources' order: what to do, then what not to."""

ROLE_RULES = frozenset({"rol_past", "rolvastheid"})
"""Rules that judge a corner's role rather than its move."""

OUTCOMES: tuple[Outcome, ...] = ("bloeit", "worstelt", "strandt")


@dataclass(frozen=True)
class Summary:
    meters_per_case: tuple[Meters, ...]
    """The meters at the start, then after each case."""
    edges: dict[str, int]
    webs_left: tuple[Web, ...]
    role_profile: dict[str, float]
    lessons: dict[str, int]
    """How often each lesson came up, well or wrong."""
    gains: dict[Corner, int]
    losses: dict[Corner, int]
    outcomes: dict[str, int]
    lessons_well: dict[str, int]
    """Acts a lesson's rule rewarded (a web cut, for the webs)."""
    lessons_wrong: dict[str, int]
    """Acts a lesson's rule penalised (a web spun, for the webs)."""
    case_scores: tuple[tuple[Outcome, int], ...]
    """Each case's outcome and score, in the order played: what the chart's points are labelled with."""
    role_scores: dict[str, float | None]
    """The mean score of the cases in which the village took each role; None for a role never taken."""

    @property
    def best_role(self) -> str | None:
        """The village role whose cases went best on average; None when no single role stands out."""
        scored = {role: score for role, score in self.role_scores.items() if score is not None}
        if not scored:
            return None
        best = max(scored.values())
        leaders = [role for role, score in scored.items() if score == best]
        return leaders[0] if len(leaders) == 1 and len(scored) > 1 else None


def lesson_signs(deck: Deck, result: CaseResult) -> tuple[Counter[str], Counter[str]]:
    """The lessons of one case that went well and that went wrong, one count per corner's act."""
    well: Counter[str] = Counter()
    wrong: Counter[str] = Counter()

    def count(lesson: str, total: int) -> None:
        if total > 0:
            well[lesson] += 1
        elif total < 0:
            wrong[lesson] += 1

    acts: dict[tuple[str, Corner | None], int] = {}
    for change in result.changes:
        if change.principle in LESSONS:
            key = (LESSONS[change.principle], change.corner)
            acts[key] = acts.get(key, 0) + change.amount
    for (rule_lesson, _corner), total in acts.items():
        count(rule_lesson, total)
    case = deck.cases.get(result.case_id)
    role_reasons = {effect.reason.nl for effect in case.effects if effect.role is not None} if case else set()
    for corner, move_id in result.moves:
        move = deck.moves.get(move_id)
        move_lesson = MOVE_LESSONS.get(move.kind) if move is not None else None
        if move_lesson is not None:
            count(move_lesson, sum(c.amount for c in result.changes if _of_move(c, corner, role_reasons)))
    for event in result.web_events:
        count(WEBS_LESSON, 1 if event.kind == "cut" else -1)
    return well, wrong


def _of_move(change: Change, corner: Corner, role_reasons: set[str]) -> bool:
    """Whether a change is the doing of this corner's move, not of its role."""
    if change.corner != corner or change.rule in ROLE_RULES:
        return False
    return not (change.rule == "casus" and change.reason.nl in role_reasons)


def summarise(deck: Deck, state: State) -> Summary:
    results = state.results
    meters = (Meters(), *(result.meters_after for result in results))
    final = meters[-1]
    village_roles = [role.id for role in deck.roles_of("burgers")]
    chosen = Counter(result.role_of("burgers") for result in results)
    total = sum(chosen.values()) or 1
    well: Counter[str] = Counter({lesson: 0 for lesson in LESSON_ORDER})
    wrong: Counter[str] = Counter({lesson: 0 for lesson in LESSON_ORDER})
    for result in results:
        case_well, case_wrong = lesson_signs(deck, result)
        well.update(case_well)
        wrong.update(case_wrong)
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
    scores: dict[str, list[int]] = {role_id: [] for role_id in village_roles}
    for result in results:
        scores.setdefault(result.role_of("burgers"), []).append(result.score)
    return Summary(
        meters_per_case=meters,
        edges={
            "burgers_overheid": final.trust_burgers_overheid,
            "burgers_partners": final.trust_burgers_partners,
            "overheid_partners": final.trust_overheid_partners,
        },
        webs_left=state.webs,
        role_profile={role_id: round(chosen[role_id] / total, 3) for role_id in village_roles},
        lessons={lesson: well[lesson] + wrong[lesson] for lesson in sorted(LESSON_ORDER)},
        gains=gains,
        losses=losses,
        outcomes={name: outcomes.get(name, 0) for name in OUTCOMES},
        lessons_well={lesson: well[lesson] for lesson in LESSON_ORDER},
        lessons_wrong={lesson: wrong[lesson] for lesson in LESSON_ORDER},
        case_scores=tuple((result.outcome, result.score) for result in results),
        role_scores={
            role_id: round(sum(values) / len(values), 1) if values else None
            for role_id, values in scores.items()
            if role_id in village_roles
        },
    )
