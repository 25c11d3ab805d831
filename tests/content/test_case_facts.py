"""The built-in cases get their facts and words right: names, roles, placements, plain language."""

from __future__ import annotations

import re
from collections import defaultdict

from kleinekernen.content.models import Case
from kleinekernen.content.readability import case_stats
from tests.engine.helpers import deck

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NOT_NAMES = {"De", "Het", "Een", *MONTHS, *DAYS}
"""Capitalised words inside a sentence that are no one's name: articles of place names, months and days."""
AFTER_SENTENCE_START = re.compile(r"(^|[.!?:;]\s+|[\"'“‘(]\s*|\n\s*)$")
CAPITALISED = re.compile(r"\b[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\b")
VILLAGE_ROLES = {"nl": ("vertegenwoordiger", "kennisdeler", "verbinder", "aanjager")}
VILLAGE_ROLES["en"] = ("representative", "knowledge sharer", "connector", "initiator")


def texts(case: Case) -> list[str]:
    parts = [case.title, case.story, case.other_villages, case.placement_reason, *case.questions]
    parts += [effect.reason for effect in case.effects]
    return [part.nl for part in parts] + [part.en for part in parts if part.en]


def names_in(text: str) -> set[str]:
    """Capitalised words that do not start a sentence: the names of people, places and things."""
    found = set()
    for match in CAPITALISED.finditer(text):
        if not AFTER_SENTENCE_START.search(text[: match.start()]) and match.group() not in NOT_NAMES:
            found.add(match.group())
    return found


def test_no_first_name_or_surname_is_used_in_two_cases() -> None:
    cases_of: dict[str, set[str]] = defaultdict(set)
    for case in deck().cases.values():
        for text in texts(case):
            for name in names_in(text):
                cases_of[name].add(case.case_id)
    reused = {name: sorted(ids) for name, ids in cases_of.items() if len(ids) > 1}
    assert reused == {}
    assert {"Karim", "Riet", "Hoop"} <= set(cases_of)  # the check does see names


def test_the_name_check_catches_a_name_in_the_middle_of_a_sentence() -> None:
    assert names_in('Voorzitter Harm Zijlstra zegt: "Kom op." De molen De Hoop staat stil.') == {
        "Harm",
        "Zijlstra",
        "Hoop",
    }


def test_every_case_says_in_one_sentence_why_the_card_places_it_where_it_does() -> None:
    for case in deck().cases.values():
        for lang in ("nl", "en"):
            reason = case.placement_reason.get(lang)
            assert reason.endswith("."), (case.case_id, lang)
            assert len(re.findall(r"[.!?](\s|$)", reason)) == 1, (case.case_id, lang, reason)


def test_how_other_villages_did_it_names_the_role_the_village_organisation_took() -> None:
    for case in deck().cases.values():
        for lang, roles in VILLAGE_ROLES.items():
            text = case.other_villages.get(lang).lower()
            assert any(role in text for role in roles), (case.case_id, lang)


def test_facts_of_the_content_pass() -> None:
    cases = deck().cases
    creche = cases["dorpscreche"].other_villages
    assert "thuis" in creche.nl and "own home" in creche.en and "schoollokaal" not in creche.nl
    assert "babs" in cases["huwelijk"].other_villages.nl
    crossing = cases["verkeersknelpunt"].story
    assert "provinciale" not in crossing.nl and "provincial" not in crossing.en
    with_hoop = [case_id for case_id, case in cases.items() if any("De Hoop" in text for text in texts(case))]
    assert with_hoop == ["dorpsmolen"]


def test_the_english_texts_say_municipality_for_gemeente() -> None:
    council = re.compile(r"(?<!village )(?<!municipal )\bcouncil\b(?!lor)", re.I)
    for case in deck().cases.values():
        parts = [case.title, case.story, case.other_villages, case.placement_reason, *case.questions]
        for part in parts:
            assert not council.search(" ".join(part.en.split())), (case.case_id, part.en)


def test_every_story_is_plain_language() -> None:
    for case in deck().cases.values():
        assert case_stats(case).flags("nl") == [], case.case_id
