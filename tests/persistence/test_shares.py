"""The reveal's "how earlier sessions chose": every square with its share, and a corner's most chosen cards."""

from __future__ import annotations

from collections import Counter

from kleinekernen.persistence.index import CaseShares
from kleinekernen.persistence.shares import most_chosen, placement_percentages


def test_every_square_earlier_sessions_chose_is_shown_most_chosen_first_in_whole_percent() -> None:
    shares = CaseShares(sessions=3, placements=Counter({"overheid:0": 2, "burgers:1": 1}))
    assert placement_percentages(shares) == [("overheid_alone", 67), ("burgers_with_overheid", 33)]


def test_a_corner_without_earlier_choices_has_no_most_chosen_cards() -> None:
    shares = CaseShares(
        sessions=2,
        roles={"burgers": Counter({"verbinder": 2, "aanjager": 1})},
        moves={"burgers": Counter({"keukentafels": 1})},
    )
    assert most_chosen(shares, "burgers") == ("verbinder", "keukentafels")
    assert most_chosen(shares, "overheid") is None
