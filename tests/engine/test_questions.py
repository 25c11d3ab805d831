"""The reflection question follows what happened, every question can come up, and the pick is repeatable."""

from __future__ import annotations

import itertools

from kleinekernen.analysis.simulate import simulate
from kleinekernen.content.models import METERS, Case, Question
from kleinekernen.engine.choices import Place
from kleinekernen.engine.questions import candidates, holds, pick_question, what_happened
from kleinekernen.engine.rules import RULE_NAMES
from kleinekernen.engine.state import CaseResult
from tests.engine.helpers import deck, play_case

PLACEMENTS = [Place("burgers", False), Place("burgers", True), Place("overheid", True), Place("overheid", False)]


def plays(case: Case) -> itertools.chain[CaseResult]:
    """Plays of one case: the right placement first, every combination of the corners' moves, then the others."""
    d = deck()
    moves = [[m.id for m in d.moves_of(corner)] for corner in ("burgers", "partners", "overheid")]
    placements = [Place(case.owner, case.needs_other), *(p for p in PLACEMENTS if p != (case.owner, case.needs_other))]
    return itertools.chain.from_iterable(
        (
            play_case(case.case_id, {"burgers": b, "partners": p, "overheid": o}, placement=placement)
            for b, p, o in itertools.product(*moves)
        )
        for placement in placements
    )


def test_every_question_of_every_case_can_be_asked() -> None:
    for case in deck().cases.values():
        missing = {n for n in range(len(case.questions))}
        for result in plays(case):
            pool = candidates(case, result)
            for n in list(missing):
                question = case.questions[n]
                if question not in pool:
                    continue
                seeds = (seed for seed in range(400) if pick_question(case, result, seed) == question)
                if next(seeds, None) is not None:
                    missing.discard(n)
            if not missing:
                break
        assert not missing, f"{case.case_id}: questions {sorted(n + 1 for n in missing)} are never asked"


def test_a_question_that_names_what_happened_comes_before_the_general_ones() -> None:
    case = deck().cases["huwelijk"]
    webbed = play_case(
        "huwelijk", {"burgers": "steuntje-vragen", "partners": "dienst-op-verzoek", "overheid": "vergunning-vooraf"}
    )
    assert "spinnenwebben" in what_happened(webbed).rules
    for seed in range(30):
        question = pick_question(case, webbed, seed)
        assert question.conditions() and holds(question, what_happened(webbed))


def test_without_a_matching_condition_a_general_question_is_asked() -> None:
    case = Case.model_validate(
        {
            "id": "proef",
            "title": {"nl": "Proef"},
            "story": {"nl": "Een verhaal."},
            "owner": "burgers",
            "needs_other": False,
            "placement_reason": {"nl": "Het is van het dorp."},
            "other_villages": {"nl": "Zo."},
            "questions": [{"nl": "Altijd?"}, {"nl": "Na een klik?", "after_rule": "klik"}],
        }
    )
    quiet = play_case(
        "carnavalswagen",
        {"burgers": "eerst-afwachten", "partners": "wachten-op-opdracht", "overheid": "op-de-agenda-voor-later"},
    )
    assert "klik" not in what_happened(quiet).rules
    assert {pick_question(case, quiet, seed).nl for seed in range(20)} == {"Altijd?"}


def test_the_pick_depends_only_on_the_seed_and_the_choices() -> None:
    case = deck().cases["toekomstvisie"]
    first = next(result for result in plays(case) if len(candidates(case, result)) > 1)
    again = play_case(case.case_id, dict(first.moves), placement=first.placement)
    picks = [pick_question(case, first, seed) for seed in range(50)]
    assert picks == [pick_question(case, again, seed) for seed in range(50)]
    assert len({q.nl for q in picks}) == len(candidates(case, first))  # the seed spreads the pick over the pool


def test_conditions_name_rules_moves_and_meters_the_game_has() -> None:
    rules = RULE_NAMES
    for case in deck().cases.values():
        assert any(not q.conditions() for q in case.questions), f"{case.case_id} has no question for any play"
        for question in case.questions:
            assert question.after_rule is None or question.after_rule in rules, (case.case_id, question.after_rule)
            assert question.after_move is None or question.after_move in deck().moves, (case.case_id, question.nl)
            assert question.after_meter is None or question.after_meter in METERS


def test_a_condition_on_the_outcome_and_the_meter_reads_the_case() -> None:
    result = play_case(
        "paspoorten", {"burgers": "keukentafels", "partners": "dienst-op-verzoek", "overheid": "zelf-regelen"}
    )
    happened = what_happened(result)
    assert holds(Question(nl="?", after_outcome=result.outcome), happened)
    assert not holds(Question(nl="?", after_outcome="strandt" if result.outcome != "strandt" else "bloeit"), happened)
    assert len(happened.top_meters) >= 1
    assert all(holds(Question(nl="?", after_meter=meter), happened) for meter in happened.top_meters)


def test_every_rule_a_change_carries_is_one_a_question_can_name() -> None:
    changes = [
        change
        for seed in range(40)
        for result in simulate(deck(), seed=seed, cases=5).state.results
        for change in result.changes
    ]
    seen = {change.rule for change in changes} | {change.principle for change in changes}
    assert seen <= RULE_NAMES, seen - RULE_NAMES
    assert {"casus", "zet", "valse_liefde", "spinnenwebben"} <= seen
