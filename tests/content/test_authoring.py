"""The trainers' guide: its example case, copied as a trainer would, loads and joins the deck."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kleinekernen.content.deck import load_deck
from tests.conftest import SCENARIOS

GUIDES = {"AUTHORING.md": "voorbeeld-speeltuin", "AUTHORING.en.md": "example-playground"}


def first_toml_block(guide: Path) -> str:
    match = re.search(r"```toml\n(.*?)```", guide.read_text(encoding="utf-8"), re.S)
    assert match, f"{guide.name} has no ```toml example"
    return match.group(1)


@pytest.mark.parametrize(("guide", "case_id"), sorted(GUIDES.items()))
def test_the_guides_example_case_loads_and_is_in_the_deck(scenarios_copy: Path, guide: str, case_id: str) -> None:
    example = first_toml_block(SCENARIOS / guide)
    (scenarios_copy / "cases" / f"{case_id}.toml").write_text(example, encoding="utf-8")
    result = load_deck(scenarios_copy, assets=scenarios_copy.parent / "assets")
    assert result.problems == []
    assert case_id in result.deck.cases
    case = result.deck.cases[case_id]
    assert case.owner == "burgers" and case.needs_other
    assert len(case.questions) >= 2 and len(case.effects) >= 3


def test_the_guides_have_the_same_chapters() -> None:
    def headings(name: str) -> int:
        return len(re.findall(r"^#{1,3} ", (SCENARIOS / name).read_text(encoding="utf-8"), re.M))

    assert headings("AUTHORING.md") == headings("AUTHORING.en.md") >= 9
