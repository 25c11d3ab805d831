"""Which act of which corner weighed most in a case, and what a case leaves for the next one."""

from __future__ import annotations

from kleinekernen.engine.state import Bilingual, Change
from kleinekernen.engine.verdict import weightiest_act

WHY = Bilingual("omdat", "because")


def test_the_act_with_the_largest_net_effect_weighs_most_whether_it_helped_or_harmed() -> None:
    changes = [
        Change("zet", "energy", 3, WHY, "burgers", act="klein-beginnen"),
        Change("zet", "ownership", 2, WHY, "burgers", act="klein-beginnen"),
        Change("zet", "trust_burgers_overheid", -6, WHY, "overheid", act="regels-vooraf"),
        Change("spinnenwebben", "energy", -9, WHY),  # the case as a whole: no corner's act
    ]
    most = weightiest_act(changes)
    assert most is not None
    assert (most.corner, most.act, most.amount, most.meter) == (
        "overheid",
        "regels-vooraf",
        -6,
        "trust_burgers_overheid",
    )


def test_an_acts_changes_add_up_and_the_meter_it_moved_most_is_named() -> None:
    changes = [
        Change("zet", "energy", 4, WHY, "partners", act="meedenken"),
        Change("casus", "ownership", 1, WHY, "partners", act="meedenken"),
        Change("zet", "energy", -4, WHY, "overheid", act="loslaten"),
    ]
    most = weightiest_act(changes)
    assert most is not None and (most.corner, most.amount, most.meter) == ("partners", 5, "energy")


def test_no_act_weighs_most_when_no_corner_moved_anything() -> None:
    assert weightiest_act([]) is None
    assert weightiest_act([Change("spinnenwebben", "energy", -2, WHY)]) is None
    cancelled = [
        Change("zet", "energy", 2, WHY, "burgers", act="a"),
        Change("zet", "ownership", -2, WHY, "burgers", act="a"),
    ]
    assert weightiest_act(cancelled) is None
