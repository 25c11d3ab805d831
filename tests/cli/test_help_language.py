"""`--help` speaks the language of --lang or KLEINEKERNEN_LANG, Dutch by default."""

from __future__ import annotations

import pytest

from kleinekernen.cli_parser import parse_args


def help_text(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as done:
        parse_args(argv)
    assert done.value.code == 0
    return capsys.readouterr().out


def test_help_is_dutch_by_default(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KLEINEKERNEN_LANG", raising=False)
    out = help_text(["check", "--help"], capsys)
    assert out.startswith("gebruik: kleinekernen check")
    assert "controleer scenariobestanden" in out and "toon deze hulp" in out


@pytest.mark.parametrize("argv", [["--lang", "en", "check", "-h"], ["check", "--lang=en", "-h"]])
def test_lang_en_anywhere_on_the_line_makes_the_help_english(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KLEINEKERNEN_LANG", raising=False)
    out = help_text(argv, capsys)
    assert out.startswith("usage: kleinekernen check") and "report every error with its line" in out


def test_the_environment_makes_the_help_english(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLEINEKERNEN_LANG", "en")
    out = help_text(["--help"], capsys)
    assert "play the game (the default)" in out and "commands" in out


def test_a_shared_option_on_the_wrong_command_is_refused_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KLEINEKERNEN_LANG", raising=False)
    with pytest.raises(SystemExit):
        parse_args(["--seed", "3", "check"])
    assert "check kent geen --seed" in capsys.readouterr().err
