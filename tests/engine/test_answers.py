"""Corners the game plays answer the village: the attitude, the quadrant, the trust and the village's move."""

from __future__ import annotations

from kleinekernen.engine.autoplay import auto_move
from kleinekernen.engine.setup import DEFAULT_ATTITUDES
from kleinekernen.engine.state import Meters
from tests.engine.helpers import deck

CASE = "dorpscreche"  # the village owns it and needs the municipality


def answers(village: str, meters: Meters | None = None, seeds: int = 400) -> dict[str, int]:
    attitude = deck().attitudes["overheid"][DEFAULT_ATTITUDES["overheid"]]
    hand = tuple(move.id for move in deck().moves_of("overheid"))
    counts: dict[str, int] = {}
    for seed in range(seeds):
        card = auto_move(
            deck(), attitude, hand, seed, 0, "overheid", case=deck().cases[CASE], village=village, meters=meters
        )
        counts[card] = counts.get(card, 0) + 1
    return counts


def test_an_asked_for_contribution_is_answered_where_trust_allows() -> None:
    asked = answers("steuntje-vragen").get("aanvullen-waar-nodig", 0)
    waited = answers("eerst-afwachten").get("aanvullen-waar-nodig", 0)
    assert asked > 2 * waited
    distrusted = answers("steuntje-vragen", Meters(trust_burgers_overheid=30)).get("aanvullen-waar-nodig", 0)
    assert distrusted < asked


def test_the_same_seed_gives_the_same_answer() -> None:
    assert answers("klein-beginnen", seeds=50) == answers("klein-beginnen", seeds=50)


def test_a_rule_driven_municipality_still_answers_a_good_village_move_with_what_the_case_needs() -> None:
    good = answers("klein-beginnen")
    bad = answers("gemeente-moet-het-regelen")
    helpful = ("aanvullen-waar-nodig", "vaste-verbinder")
    assert sum(good.get(card, 0) for card in helpful) > sum(bad.get(card, 0) for card in helpful)
