"""The built-in deck: complete, error-free, and covering what the brief asks for."""

from __future__ import annotations

from collections import Counter

from kleinekernen.content.check import check
from kleinekernen.content.deck import load_deck
from kleinekernen.content.models import CORNERS, QUADRANTS
from tests.conftest import ASSETS, SCENARIOS

REQUIRED_CASES = {
    "carnavalswagen",
    "straatfeest",
    "gemeenschapshuis",
    "dorpscreche",
    "verkeersknelpunt",
    "toekomstvisie",
    "paspoorten",
    "huwelijk",
    "laatste-winkel",
    "dorpsmolen",
    "groenonderhoud",
    "kerkgebouw",
    "wonen-jong-en-oud",
    "zorgcooperatie",
    "energiecooperatie",
    "wensbus",
    "broodfonds",
    "dorpsbudget",
    "nep-burgerinitiatief",
}


def test_check_finds_no_error_in_the_builtin_deck() -> None:
    report = check([], root=SCENARIOS, assets=ASSETS, lang="nl")
    assert report.problems == []
    assert report.lines("nl")[-1].endswith("geen fouten")


def test_deck_has_at_least_twenty_cases_in_all_four_quadrants() -> None:
    deck = load_deck(SCENARIOS, assets=ASSETS).deck
    assert len(deck.cases) >= 20
    quadrants = Counter(case.quadrant for case in deck.cases.values())
    assert set(quadrants) == set(QUADRANTS)
    assert min(quadrants.values()) >= 3


def test_deck_holds_every_case_the_brief_names() -> None:
    deck = load_deck(SCENARIOS, assets=ASSETS).deck
    assert set(deck.cases) >= REQUIRED_CASES


def test_every_card_speaks_dutch_and_english() -> None:
    deck = load_deck(SCENARIOS, assets=ASSETS).deck
    for case in deck.cases.values():
        texts = [case.title, case.story, case.other_villages, *case.questions, *(e.reason for e in case.effects)]
        assert all(text.nl and text.en for text in texts), case.id
    for move in deck.moves.values():
        assert move.title.en and move.text.en, move.id
    for role in deck.roles.values():
        assert role.title.en and role.text.en, role.id


def test_each_corner_has_eight_to_twelve_moves_and_its_roles_and_attitudes() -> None:
    deck = load_deck(SCENARIOS, assets=ASSETS).deck
    for corner in CORNERS:
        assert 8 <= len(deck.moves_of(corner)) <= 12, corner
        assert deck.roles_of(corner), corner
        assert len(deck.attitudes[corner]) >= 2, corner
    village_roles = {role.id for role in deck.roles_of("burgers")}
    assert village_roles == {"vertegenwoordiger", "kennisdeler", "verbinder", "aanjager"}
    assert {"regelgestuurd", "communicatief", "gemeenschapsbouwer"} <= set(deck.attitudes["overheid"])
    assert {"leverancier", "verbinder"} <= set(deck.attitudes["partners"])


def test_every_case_has_a_question_and_effects_that_name_real_cards() -> None:
    deck = load_deck(SCENARIOS, assets=ASSETS).deck
    for case in deck.cases.values():
        assert case.questions
        assert len(case.effects) >= 3, case.id
        for effect in case.effects:
            assert effect.move in deck.moves or effect.role in deck.roles
