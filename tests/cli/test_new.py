"""`kleinekernen new CASE-ID [--pack P]` on the command line: it says where the case went and how to check it,
the case passes `check --strict`, and a refusal is one line in the user's language with exit code 2."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kleinekernen.cli import main
from tests.conftest import ASSETS, SCENARIOS


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    shutil.copytree(SCENARIOS, home / "scenarios")
    (home / "assets").symlink_to(ASSETS, target_is_directory=True)  # the fonts, so check measures the texts
    monkeypatch.setenv("KLEINEKERNEN_HOME", str(home))
    monkeypatch.chdir(home)
    monkeypatch.delenv("KLEINEKERNEN_LANG", raising=False)
    return home


def test_new_writes_a_case_that_check_strict_passes(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "speeltuin"]) == 0
    said = capsys.readouterr().out.strip()
    path = Path("scenarios/cases/speeltuin.toml")
    assert said == f"{path} geschreven; vul de teksten in en controleer met: kleinekernen check {path}"
    assert main(["check", "--strict", str(path)]) == 0
    assert "geen fouten" in capsys.readouterr().out


def test_new_into_a_pack_and_in_english(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = home / "scenarios" / "cases" / "drentse-dorpen"
    pack.mkdir()
    (pack / "pack.toml").write_text('format = 1\nname = "Drentse dorpen"\n', encoding="utf-8")
    assert main(["new", "--lang", "en", "dorpshuis", "--pack", "drentse-dorpen"]) == 0
    path = Path("scenarios/cases/drentse-dorpen/dorpshuis.toml")
    assert capsys.readouterr().out.startswith(f"{path} written; fill in the texts")
    assert path.read_text(encoding="utf-8").startswith("#:schema ../../schema/case.schema.json\n# A new case")
    assert main(["check", "--strict", str(path)]) == 0


def test_new_refuses_in_the_users_language(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "Speel Tuin"]) == 2
    assert capsys.readouterr().err.startswith("kleinekernen new: 'Speel Tuin' is geen geldige id: gebruik alleen")
    assert main(["new", "--lang", "en", "carnavalswagen"]) == 2
    err = capsys.readouterr().err
    assert "carnavalswagen.toml exists already" in err and len(err.splitlines()) == 1
    assert main(["new", "x", "--pack", "../.."]) == 2
    assert "er is geen pakket '../..'" in capsys.readouterr().err


def test_new_has_dutch_help(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["new", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("gebruik: kleinekernen new") and "CASE-ID" in out and "--pack" in out
