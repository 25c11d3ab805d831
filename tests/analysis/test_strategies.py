"""`balance --strategies`: named strategies over seeded sessions, through the engine's stable API."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kleinekernen.analysis.study import STRATEGIES, play_session, run_strategies, tune_matrix
from kleinekernen.analysis.study_report import format_study, study
from kleinekernen.cli import main
from tests.engine.helpers import deck

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_strategy_example_runs_and_plays_a_whole_session() -> None:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"<!-- strategy example -->\n```python\n(.*?)```", text, re.S)
    assert found, "the README shows a strategy example"
    code = found.group(1)
    assert len([line for line in code.splitlines() if line.strip()]) <= 10
    space: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), space)  # the README's own example, run as a user would
    game = space["game"]
    assert game.step.value == "end"  # type: ignore[attr-defined]
    assert len(game.results) == 5  # type: ignore[attr-defined]
    assert all(result.outcome in ("bloeit", "worstelt", "strandt") for result in game.results)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", STRATEGIES)
def test_every_strategy_plays_only_legal_choices_and_the_same_seed_gives_the_same_session(name: str) -> None:
    cases = list(deck().cases)
    matrix = tune_matrix(deck(), cases, samples=2)
    first = play_session(deck(), name, 3, matrix, cases)
    again = play_session(deck(), name, 3, matrix, cases)
    assert first.state.history == again.state.history
    assert [r.score for r in first.results] == [r.score for r in again.results]
    assert len(first.results) == 5


def test_best_play_beats_random_and_the_village_alone_decides_more_than_its_attitudes() -> None:
    cases = list(deck().cases)
    tallies, _, _ = run_strategies(
        deck(),
        None,
        cases,
        sessions=30,
        seed=0,
        names=("random", "best", "dorpsraad-best", "dorpsraad-worst"),
        workers=1,
    )
    assert tallies["best"].share("bloeit") > tallies["random"].share("bloeit") + 0.4
    assert tallies["dorpsraad-best"].share("bloeit") > tallies["dorpsraad-worst"].share("bloeit") + 0.2


def test_the_report_is_the_same_for_the_same_seed_and_names_every_floor() -> None:
    cases = list(deck().cases)
    names = ("random", "matrix")
    one = study(deck(), None, cases, sessions=8, seed=5, names=names, workers=1)
    two = study(deck(), None, cases, sessions=8, seed=5, names=names, workers=1)
    text_one = format_study(deck(), one, "en").rsplit("\n", 2)[0]  # the last line is the time taken
    text_two = format_study(deck(), two, "en").rsplit("\n", 2)[0]
    assert text_one == text_two
    assert "following the matrix only: at most 60% in every case" in text_one and "random" in text_one
    assert "alleen de matrix volgen: hoogstens 60% in elke casus" in format_study(deck(), one, "nl")


def test_balance_strategies_on_a_small_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.content.test_packs import a_pack

    pack = a_pack(tmp_path)
    text = (pack / "drents-dorpshuis.toml").read_text(encoding="utf-8")
    for n in (2, 3):
        (pack / f"dorpshuis-{n}.toml").write_text(
            text.replace('"drents-dorpshuis"', f'"dorpshuis-{n}"'), encoding="utf-8"
        )
    html = tmp_path / "strategies.html"
    code = main(["--lang", "en", "balance", str(pack), "--strategies", "--sessions", "6", "--html", str(html)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "dorpsraad-best" in out.out and "bloeit" in out.out
    assert "drents-dorpshuis" in out.out and "laatste-winkel" not in out.out, "only the pack's cases are played"
    assert "How strategies play the deck" in html.read_text(encoding="utf-8")
