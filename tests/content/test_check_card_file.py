"""A trainer who names a card file to check (`check scenarios/attitudes/burgers.toml`) gets it checked as the card it
is, with its deck, not eleven bogus complaints about fields a case would have."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kleinekernen.cli import main
from tests.conftest import SCENARIOS


@pytest.fixture
def scenarios(tmp_path: Path) -> Path:
    copy = tmp_path / "scenarios"
    shutil.copytree(SCENARIOS, copy)
    return copy


@pytest.mark.parametrize("folder", ["attitudes", "moves", "roles"])
def test_a_sound_card_file_named_by_itself_passes(
    scenarios: Path, folder: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(scenarios / folder / "burgers.toml")]) == 0
    out = capsys.readouterr().out
    assert "onbekend veld" not in out
    assert out.strip().splitlines()[-1].endswith("geen fouten")


def test_a_misspelt_role_in_a_named_attitude_file_is_the_one_error(
    scenarios: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    card = scenarios / "attitudes" / "burgers.toml"
    text = card.read_text(encoding="utf-8")
    card.write_text(text.replace("roles = { vertegenwoordiger = 6", "roles = { vertegenwoordigr = 6", 1), "utf-8")
    assert main(["check", str(card)]) == 1
    out = capsys.readouterr().out
    assert "bedoelde je 'vertegenwoordiger'?" in out
    assert "onbekend veld" not in out
