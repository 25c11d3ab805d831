"""`kleinekernen simulate`: a whole session without a screen, the same bytes every time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kleinekernen.cli import main
from tests.conftest import REPO


def run(*args: str, hashseed: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONHASHSEED": hashseed}
    return subprocess.run(
        [sys.executable, "-m", "kleinekernen", *args], capture_output=True, text=True, env=env, check=False
    )


@pytest.mark.parametrize("form", [[], ["--json"]])
def test_simulate_prints_the_same_bytes_in_separate_processes(form: list[str]) -> None:
    args = ["simulate", "--seed", "42", "--cases", "5", "--policy", "random", *form]
    first, second = run(*args, hashseed="1"), run(*args, hashseed="987654")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    assert len(first.stdout) > 1000


def test_simulate_json_has_every_change_with_its_reason(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "--seed", "3", "--cases", "4", "--json", "--policy", "greedy"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == 1 and data["seed"] == 3
    assert len(data["cases"]) == 4
    for case in data["cases"]:
        assert set(case) >= {"case", "title", "quadrant", "placement", "roles", "moves", "changes", "score", "outcome"}
        assert case["outcome"] in ("bloeit", "worstelt", "strandt")
        for change in case["changes"]:
            assert change["reason"] and change["rule"] and change["amount"]
    assert set(data["end"]) >= {"meters_per_case", "edges", "webs_left", "role_profile", "lessons", "gains", "losses"}
    assert len(data["end"]["meters_per_case"]) == 5


def test_greedy_plays_better_than_random_on_average(capsys: pytest.CaptureFixture[str]) -> None:
    def total(policy: str) -> int:
        score = 0
        for seed in range(8):
            main(["simulate", "--seed", str(seed), "--json", "--policy", policy])
            score += sum(case["score"] for case in json.loads(capsys.readouterr().out)["cases"])
        return score

    assert total("greedy") > total("random")


def test_simulate_replays_a_choices_file_and_english_works(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["simulate", "--seed", "9", "--json"])
    recorded = json.loads(capsys.readouterr().out)
    path = tmp_path / "keuzes.json"
    path.write_text(json.dumps({"choices": recorded["choices"]}), encoding="utf-8")
    main(["simulate", "--seed", "9", "--json", "--policy", "greedy", "--choices", str(path)])
    replayed = json.loads(capsys.readouterr().out)
    assert replayed["cases"] == recorded["cases"]
    main(["--lang", "en", "simulate", "--seed", "9"])
    assert "Case 1:" in capsys.readouterr().out


def test_simulate_with_an_attitude_policy(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "--seed", "1", "--policy", "communicatief"]) == 0
    assert "Casus 5:" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--policy", "chaotisch"], "onbekende speelwijze 'chaotisch'"),
        (["--policy", "chaotisch", "--lang", "en"], "unknown policy 'chaotisch'"),
        (["--cases", "1"], "1 casus; kies er 3 tot"),
        (["--cases", "1", "--lang", "en"], "1 case; choose 3 to"),
    ],
)
def test_simulate_refuses_bad_arguments_clearly(
    args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["simulate", "--seed", "1", *args]) == 2
    assert words in capsys.readouterr().err


def test_simulate_refuses_a_broken_choices_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kapot.json"
    path.write_text('[{"type": "move", "corner": "dorp", "move": "x"}]', encoding="utf-8")
    assert main(["simulate", "--seed", "1", "--choices", str(path)]) == 2
    assert "onbekende hoek 'dorp'" in capsys.readouterr().err
    assert main(["simulate", "--lang", "en", "--seed", "1", "--choices", str(path)]) == 2
    assert "unknown corner 'dorp'" in capsys.readouterr().err
