"""The command line as people type it: --lang, --seed, --size and --fullscreen before or after the sub-command."""

from __future__ import annotations

from pathlib import Path

import pytest

from kleinekernen.cli import main
from kleinekernen.cli_parser import parse_args
from tests.persistence.test_results_and_reports import session_with_notes


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (["--lang", "en", "play"], ["play", "--lang", "en"]),
        (
            ["--seed", "4", "--size", "1920x1080", "--fullscreen", "play"],
            ["play", "--seed", "4", "--size", "1920x1080", "--fullscreen"],
        ),
        (["--lang", "en", "--seed", "3", "screenshots", "out"], ["screenshots", "out", "--seed", "3", "--lang", "en"]),
        (["--lang", "en", "--seed", "9", "simulate"], ["simulate", "--seed", "9", "--lang", "en"]),
        (["--seed", "2", "balance"], ["balance", "--seed", "2"]),
        (["--lang", "en", "check"], ["check", "--lang", "en"]),
        (["--lang", "en", "report", "s.jsonl"], ["report", "s.jsonl", "--lang", "en"]),
    ],
)
def test_either_order_gives_the_same_arguments(before: list[str], after: list[str]) -> None:
    assert vars(parse_args(before)) == vars(parse_args(after))


def test_what_is_not_typed_takes_the_command_s_own_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KLEINEKERNEN_LANG", raising=False)
    play = parse_args(["play"])
    assert (play.lang, play.seed, play.size, play.fullscreen) == ("nl", None, "1280x720", False)
    assert parse_args(["screenshots", "out"]).seed == 7 and parse_args(["balance"]).seed == 0
    assert parse_args([]).seed is None  # no command is play
    monkeypatch.setenv("KLEINEKERNEN_LANG", "en")
    assert parse_args(["check"]).lang == "en"
    assert parse_args(["check", "--lang", "nl"]).lang == "nl"


def test_an_option_a_command_does_not_take_is_refused_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as refused:
        parse_args(["--lang", "en", "--seed", "3", "check"])
    assert refused.value.code == 2 and "check does not take --seed" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parse_args(["simulate", "--lang", "en"])
    assert "simulate needs --seed" in capsys.readouterr().err


def test_simulate_prints_the_same_bytes_whichever_order(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "--seed", "9", "simulate", "--cases", "3"]) == 0
    first = capsys.readouterr().out
    assert main(["simulate", "--cases", "3", "--seed", "9", "--lang", "en"]) == 0
    assert capsys.readouterr().out == first and first


def test_report_in_english_with_lang_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLEINEKERNEN_SAVES", str(tmp_path))
    path = session_with_notes(tmp_path)
    assert main(["report", str(path), "--format", "md", "--lang", "en"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert "Action plan" in written.read_text()
    assert main(["--lang", "nl", "report", str(path), "--format", "md"]) == 0
    assert "Actieplan" in Path(capsys.readouterr().out.strip()).read_text()
