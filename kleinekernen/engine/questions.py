"""Which reflection question a case ends with: picked from what happened in it.

A question may name what it follows (`after_move`, `after_rule`, `after_meter`, `after_outcome`). When
questions whose conditions all held are there, one of them is asked; otherwise one of the questions for
any play. Which one is a pure function of the seed and the case's choices, so a replayed session and its
report ask the same question.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..content.models import METERS, Case, Meter, Question
from .state import CaseResult


@dataclass(frozen=True)
class Happened:
    """What a question's conditions are checked against: the facts of one finished case."""

    moves: frozenset[str]
    rules: frozenset[str]
    """Rules that changed at least one meter."""
    top_meters: frozenset[Meter]
    """The meter (or meters, on a tie) that moved most, counted by the size of its net change."""
    outcome: str


def what_happened(result: CaseResult) -> Happened:
    net: dict[Meter, int] = {meter: 0 for meter in METERS}
    for change in result.changes:
        net[change.meter] += change.amount if change.applied is None else change.applied
    largest = max(abs(amount) for amount in net.values())
    top = frozenset(meter for meter, amount in net.items() if largest and abs(amount) == largest)
    return Happened(
        moves=frozenset(move for _, move in result.moves),
        rules=frozenset(r for change in result.changes if change.amount for r in (change.rule, change.principle)),
        top_meters=top,
        outcome=result.outcome,
    )


def holds(question: Question, happened: Happened) -> bool:
    """Whether every condition the question names held in the case (true for a question without any)."""
    return (
        (question.after_move is None or question.after_move in happened.moves)
        and (question.after_rule is None or question.after_rule in happened.rules)
        and (question.after_meter is None or question.after_meter in happened.top_meters)
        and (question.after_outcome is None or question.after_outcome == happened.outcome)
    )


def candidates(case: Case, result: CaseResult) -> list[Question]:
    """The questions the pick chooses from: those that follow what happened, else those for any play."""
    happened = what_happened(result)
    following = [q for q in case.questions if q.conditions() and holds(q, happened)]
    if following:
        return following
    general = [q for q in case.questions if not q.conditions()]
    return general or list(case.questions)


def pick_question(case: Case, result: CaseResult, seed: int) -> Question:
    """The question this case ends with, the same for the same seed and choices in any process."""
    pool = candidates(case, result)
    placement = f"{result.placement.owner}:{int(result.placement.needs_other)}"
    key = "|".join([str(seed), result.case_id, placement, repr(result.roles), repr(result.moves)])
    digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
    return pool[int.from_bytes(digest, "big") % len(pool)]
