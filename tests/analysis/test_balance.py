"""The brief's balance rules hold for the built-in deck."""

from __future__ import annotations

import random

import pytest

from kleinekernen.analysis.balance import DeckBalance, balance_deck, move_paths, role_scores
from kleinekernen.cli import main
from kleinekernen.content.models import CORNERS
from tests.engine.helpers import deck, play_case


@pytest.fixture(scope="module")
def result() -> DeckBalance:
    return balance_deck(deck())


def test_no_role_or_move_is_best_in_every_case(result: DeckBalance) -> None:
    assert result.dominant_moves == []
    assert result.dominant_roles == []


def test_every_case_has_at_least_two_good_paths_and_one_tempting_bad_one(result: DeckBalance) -> None:
    for case in result.cases:
        assert case.good_paths >= 2, case.case_id
        assert len(case.good_burgers_moves) >= 2, case.case_id
        assert case.tempting, case.case_id
        assert all(path.visible > 0 and path.total < 0 for path in case.tempting)
    assert result.warnings == []


def test_the_best_move_differs_between_cases(result: DeckBalance) -> None:
    for corner in CORNERS:
        best = {tuple(case.best_moves[corner]) for case in result.cases}
        assert len(best) >= 3, corner


def test_roles_and_moves_add_up_as_the_analysis_assumes() -> None:
    source = random.Random(4)
    for case_id in source.sample(sorted(deck().cases), 6):
        case = deck().cases[case_id]
        roles = {corner: source.choice(deck().roles_of(corner)).id for corner in CORNERS}
        moves = {corner: source.choice(deck().moves_of(corner)).id for corner in CORNERS}
        whole = play_case(case_id, moves, roles).score
        path = next(p for p in move_paths(deck(), case) if p.moves == tuple(moves[c] for c in CORNERS))
        parts = role_scores(deck(), case)
        assert whole == path.total + sum(parts[corner][roles[corner]] for corner in CORNERS)


def test_balance_command_reports_every_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["balance"]) == 0
    out = capsys.readouterr().out
    for case in deck().cases.values():
        assert f"({case.case_id}, {case.quadrant})" in out
    assert "Geen rol of zet is in elke casus de beste." in out


def test_balance_writes_an_html_page_with_playthroughs(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "balans.html"
    assert main(["balance", "--html", str(out), "--runs", "40", "--seed", "9"]) == 0
    page = out.read_text(encoding="utf-8")
    for case in deck().cases.values():
        assert case.title.nl in page
    assert "willekeurige sessies vanaf seed 9" in page
    assert "Routes die vastlopen:</strong> geen" in page
    assert page.count("<table>") == len(deck().cases)
    assert page.count("Waarom het beste pad scoort") == len(deck().cases)
    assert "Vertrouwen burgers–" in page and "trust_burgers" not in page  # meters named as on screen
    assert "Burgers zijn eigenaar" in page and "burgers_alone" not in page  # and quadrants too
    assert "Kaarten die nooit gespeeld werden" in page  # a deck-wide check, for the whole deck only
    assert "ingebouwd" not in page and "Strategieën per casus" not in page  # nothing to tell apart
    assert "Wat de woorden betekenen" in page and "<dt>spreiding</dt>" in page


def test_balance_of_a_pack_folder_uses_only_its_cases(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from tests.content.test_packs import a_pack

    pack = a_pack(tmp_path)
    main(["balance", str(pack)])
    out = capsys.readouterr().out
    assert "(drents-dorpshuis, burgers_alone)" in out
    assert "(laatste-winkel," not in out
