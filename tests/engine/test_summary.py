"""The end screen's balance tells the truth: lessons by the sign of what happened, a role profile that follows
the scores, and outcomes that match the cases."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from kleinekernen.analysis.simulate import simulate
from kleinekernen.engine.state import CaseResult, State
from kleinekernen.engine.summary import LESSONS, lesson_signs, summarise
from tests.engine.helpers import by_rule, deck, play_case

TOGETHER = ["dorpscreche", "dorpsmolen", "energiecooperatie", "gemeenschapshuis", "kerkgebouw"]
"""Cases the village owns and in which it needs the municipality: where walking away is neglect."""


def session_of(results: list[CaseResult]) -> State:
    return State(case_order=tuple(r.case_id for r in results), results=tuple(results))


def village_asks(case_id: str, overheid: str, role: str = "aanjager") -> CaseResult:
    moves = {"burgers": "steuntje-vragen", "partners": "ruimte-geven", "overheid": overheid}
    return play_case(case_id, moves, {"burgers": role, "partners": "leverancier", "overheid": "dienstverlener"})


def test_a_municipality_that_walks_away_four_times_is_loving_neglect_gone_wrong_four_times() -> None:
    results = [village_asks(case_id, "loslaten-en-vertrouwen") for case_id in TOGETHER[:4]]
    results.append(village_asks(TOGETHER[4], "aanvullen-waar-nodig"))
    for result in results[:4]:  # what the engine said: walking away cost the village here
        assert sum(by_rule(result, "liefdevolle_verwaarlozing").values()) < 0
    assert sum(by_rule(results[4], "liefdevolle_verwaarlozing").values()) > 0
    summary = summarise(deck(), session_of(results))
    assert summary.lessons_wrong["liefdevolle_verwaarlozing"] == 4
    assert summary.lessons_well["liefdevolle_verwaarlozing"] == 1
    assert summary.lessons["liefdevolle_verwaarlozing"] == 5  # came up five times, as before, but now told apart


def test_webs_spun_count_as_wrong_and_webs_cut_as_well() -> None:
    moves = {"burgers": "keukentafels", "partners": "dienst-op-verzoek", "overheid": "vergunning-vooraf"}
    spun = play_case("straatfeest", moves)  # ten pages for one afternoon: a web
    assert [e.kind for e in spun.web_events] == ["spun"]
    well, wrong = lesson_signs(deck(), spun)
    assert wrong["procedurele_spinnenwebben"] == 1 and well["procedurele_spinnenwebben"] == 0
    web = spun.web_events[0].web
    cut = play_case("laatste-winkel", {**moves, "overheid": "regel-creatief-uitleggen"}, webs=(web,))
    assert [e.kind for e in cut.web_events] == ["cut"]
    well, wrong = lesson_signs(deck(), cut)
    assert well["procedurele_spinnenwebben"] == 1 and wrong["procedurele_spinnenwebben"] == 0


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_no_lesson_is_counted_as_going_well_when_its_rule_only_took_away(seed: int) -> None:
    game = simulate(deck(), seed=seed, cases=5)
    summary = summarise(deck(), game.state)
    for result in game.state.results:
        well, wrong = lesson_signs(deck(), result)
        for rule, lesson in LESSONS.items():
            amounts = [c.amount for c in result.changes if c.principle == rule]
            if amounts and all(a < 0 for a in amounts):
                assert well[lesson] == 0 and wrong[lesson] >= 1, (result.case_id, rule)
            if amounts and all(a > 0 for a in amounts):
                assert wrong[lesson] == 0 and well[lesson] >= 1, (result.case_id, rule)
            if not amounts:
                assert well[lesson] == wrong[lesson] == 0, (result.case_id, rule)
    for lesson, count in summary.lessons.items():
        assert count == summary.lessons_well[lesson] + summary.lessons_wrong[lesson]
    assert sum(summary.outcomes.values()) == len(game.state.results)
    assert [outcome for outcome, _ in summary.case_scores] == [r.outcome for r in game.state.results]


def test_the_role_that_worked_best_is_the_one_whose_cases_scored_best_not_the_one_chosen_most() -> None:
    results = [
        village_asks("dorpscreche", "loslaten-en-vertrouwen", role="vertegenwoordiger"),
        village_asks("dorpsmolen", "loslaten-en-vertrouwen", role="vertegenwoordiger"),
        village_asks("energiecooperatie", "aanvullen-waar-nodig", role="verbinder"),
    ]
    assert results[2].score > max(results[0].score, results[1].score)
    summary = summarise(deck(), session_of(results))
    assert summary.role_profile["vertegenwoordiger"] > summary.role_profile["verbinder"]
    assert summary.best_role == "verbinder"
    assert summary.role_scores["aanjager"] is None


def test_a_tie_names_no_best_role() -> None:
    result = village_asks("dorpscreche", "aanvullen-waar-nodig", role="verbinder")
    assert summarise(deck(), session_of([result])).best_role is None  # one role taken: nothing to compare


def test_over_every_case_and_every_move_the_tally_follows_the_sign_of_each_act() -> None:
    d = deck()
    hands = [[m.id for m in d.moves_of(corner)] for corner in ("burgers", "partners", "overheid")]
    checked = 0
    for case_id in d.cases:
        for b, p, o in itertools.product(*hands):
            result = play_case(case_id, {"burgers": b, "partners": p, "overheid": o})
            well, wrong = lesson_signs(d, result)
            for rule, lesson in LESSONS.items():
                acts: dict[object, int] = {}
                for change in result.changes:
                    if change.principle == rule:
                        acts[change.corner] = acts.get(change.corner, 0) + change.amount
                assert well[lesson] == sum(total > 0 for total in acts.values()), (case_id, b, p, o, rule)
                assert wrong[lesson] == sum(total < 0 for total in acts.values()), (case_id, b, p, o, rule)
            checked += 1
    assert checked == len(d.cases) * len(list(itertools.product(*hands)))
