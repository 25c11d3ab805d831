"""`kleinekernen check` warns of a text that will not fit on screen at 1280x720: a warning, not an error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kleinekernen.cli import main
from tests.conftest import SCENARIOS

CASE = SCENARIOS / "cases" / "carnavalswagen.toml"
LONG_TITLE = "De carnavalswagen die het hele dorp " + "en nog veel meer dan dat " * 12


def too_long_title(tmp_path: Path) -> Path:
    path = tmp_path / "lang.toml"
    text = CASE.read_text(encoding="utf-8").replace('title.nl = "De carnavalswagen"', f'title.nl = "{LONG_TITLE}"')
    text = text.replace('id = "carnavalswagen"', 'id = "lange_titel"')
    path.write_text(text, encoding="utf-8")
    return path


def test_a_title_too_long_for_the_card_is_a_warning_naming_field_language_and_what_fits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--lang", "en", str(too_long_title(tmp_path))]) == 0
    out = capsys.readouterr().out
    found = re.search(r"lang\.toml:7:1: title\.nl: warning: will not fit .*: (\d+) characters, (\d+) fit", out)
    assert found, out
    length, fitting = int(found[1]), int(found[2])
    assert length == len(LONG_TITLE) and 10 < fitting < length
    assert "title.en" not in out  # the English title is short and fits


def test_strict_makes_the_warning_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--strict", str(too_long_title(tmp_path))]) == 1
    assert "waarschuwing: " in capsys.readouterr().out


def test_the_builtin_deck_gives_no_warning(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--strict"]) == 0
    out = capsys.readouterr().out
    assert "waarschuwing" not in out and "geen fouten" in out
