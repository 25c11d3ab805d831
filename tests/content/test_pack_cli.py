"""Packs as the trainer handles them on the command line: `check` reads a pack's pack.toml, `pack` writes its zip
outside the pack and scenarios/ and says where, `install-pack` asks before an upgrade on a terminal, and every
message names the zip and scenarios/cases/<pack>, never the hidden install folder; Dutch, or English on request."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

from kleinekernen.cli import main
from kleinekernen.content.packs import STAGING_PREFIX, make_pack
from tests.conftest import ASSETS, SCENARIOS
from tests.content.test_packs import a_pack

LINE = re.compile(r"^(?P<file>\S+):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): (?P<msg>.*)$", re.M)
BROKEN_MANIFEST = 'name = "Drentse dorpen"\nlanguage = "nl+en"\nversie = "1.1"\nauthor = 3\n'


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The game's own folder (scenarios/ and assets/), the working folder of the commands."""
    folder = tmp_path / "spel"
    shutil.copytree(SCENARIOS, folder / "scenarios")
    (folder / "assets").symlink_to(ASSETS, target_is_directory=True)
    monkeypatch.setenv("KLEINEKERNEN_HOME", str(folder))
    monkeypatch.chdir(folder)
    return folder


@pytest.mark.parametrize(
    ("lang", "unknown", "text"),
    [
        ("nl", "onbekend veld 'versie'; veldnamen zijn Engels: schrijf 'version'", "moet tekst zijn"),
        ("en", "unknown field 'versie'; field names are English: write 'version'", "must be text"),
    ],
)
@pytest.mark.parametrize("target", ["folder", "manifest"])
def test_check_reads_the_packs_manifest_at_its_lines(
    home: Path, capsys: pytest.CaptureFixture[str], lang: str, unknown: str, text: str, target: str
) -> None:
    pack = a_pack(home / "werk")
    (pack / "pack.toml").write_text(BROKEN_MANIFEST, encoding="utf-8")
    named = pack if target == "folder" else pack / "pack.toml"
    assert main(["check", "--lang", lang, str(named.relative_to(home))]) == 1
    out = capsys.readouterr().out
    warning = "waarschuwing: " if lang == "nl" else "warning: "
    found = {
        (m["file"], int(m["line"]), int(m["col"]), m["field"]): m["msg"]
        for m in LINE.finditer(out)
        if not m["msg"].startswith(warning)
    }
    assert found[("werk/drentse-dorpen/pack.toml", 3, 1, "versie")] == unknown
    assert text in found[("werk/drentse-dorpen/pack.toml", 4, 1, "author")]
    assert len(found) == 2, out  # no case errors for pack.toml read as a case, none for the sound case
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("2 bestanden gecontroleerd: 2 fouten in 1 bestand" if lang == "nl" else "2 files checked")


def test_check_of_an_installed_pack_folder_reads_its_manifest(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = a_pack(home / "scenarios" / "cases")
    (pack / "pack.toml").write_text(BROKEN_MANIFEST, encoding="utf-8")
    assert main(["check", "scenarios/cases/drentse-dorpen"]) == 1
    out = capsys.readouterr().out
    assert out.count("scenarios/cases/drentse-dorpen/pack.toml:3:1: versie: onbekend veld 'versie'") == 1, out


def test_check_on_a_case_saved_as_txt_is_an_error(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = a_pack(home / "werk")
    (pack / "drents-dorpshuis.toml").rename(pack / "huisarts.toml.txt")
    assert main(["check", "werk/drentse-dorpen/huisarts.toml.txt"]) == 1
    out = capsys.readouterr().out
    assert "werk/drentse-dorpen/huisarts.toml.txt:1:1: (bestand): het spel leest alleen bestanden die op .toml" in out
    assert "hernoem het naar huisarts.toml" in out and "waarschuwing" not in out.split("\n")[0]
    assert main(["check", "--lang", "en", "werk/drentse-dorpen/huisarts.toml.txt"]) == 1
    assert "rename it to huisarts.toml" in capsys.readouterr().out


def test_pack_writes_the_zip_in_the_working_folder_and_says_where(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = a_pack(home / "scenarios" / "cases")
    work = tmp_path / "bureau"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(["pack", str(pack)]) == 0
    assert (work / "drentse-dorpen.zip").is_file()
    out = capsys.readouterr().out
    assert f"het pakket staat in {work.resolve() / 'drentse-dorpen.zip'}" in out
    assert "kleinekernen install-pack drentse-dorpen.zip" in out
    assert not list((home / "scenarios").rglob("*.zip"))


def test_pack_from_inside_scenarios_puts_the_zip_beside_scenarios(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = a_pack(home / "scenarios" / "cases")
    monkeypatch.chdir(pack)
    assert main(["--lang", "en", "pack", "."]) == 0
    assert (home / "drentse-dorpen.zip").is_file() and not list((home / "scenarios").rglob("*.zip"))
    assert f"the pack is in {(home / 'drentse-dorpen.zip').resolve()}" in capsys.readouterr().out


@pytest.mark.parametrize(("lang", "words"), [("nl", "de zip hoort niet in de pakketmap"), ("en", "does not belong")])
def test_pack_refuses_to_write_the_zip_into_scenarios(
    home: Path, capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    pack = a_pack(home / "scenarios" / "cases")
    assert main(["pack", "--lang", lang, str(pack), "--out", "scenarios/cases/drentse-dorpen.zip"]) == 2
    assert words in capsys.readouterr().err
    assert not list((home / "scenarios").rglob("*.zip"))


def newer_zip(home: Path, tmp_path: Path) -> Path:
    """Version 1.0 of the pack installed, and the zip of version 1.1 in the working folder."""
    assert main(["pack", str(a_pack(tmp_path / "oud")), "-o", str(tmp_path / "oud.zip")]) == 0
    assert main(["install-pack", str(tmp_path / "oud.zip")]) == 0
    new = a_pack(tmp_path / "nieuw")
    (new / "pack.toml").write_text((new / "pack.toml").read_text("utf-8") + 'version = "1.1"\n', "utf-8")
    (new / "nieuw.txt").write_text("1.1", "utf-8")
    assert main(["pack", str(new), "-o", "drentse-dorpen.zip"]) == 0
    return home / "drentse-dorpen.zip"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "upgraded"), [("j\n", True), ("ja\n", True), ("\n", False), ("nee\n", False)])
def test_install_pack_asks_on_a_terminal_before_it_upgrades(
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    upgraded: bool,
) -> None:
    zipped = newer_zip(home, tmp_path)
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", Terminal(answer))
    assert main(["install-pack", "drentse-dorpen.zip"]) == (0 if upgraded else 2)
    captured = capsys.readouterr()
    assert "Versie 1.0 van drentse-dorpen is al geïnstalleerd. Vervangen door versie 1.1? [j/N]" in captured.out
    installed = home / "scenarios" / "cases" / "drentse-dorpen"
    assert (installed / "nieuw.txt").exists() == upgraded
    if upgraded:
        assert f"{zipped.name} is geïnstalleerd in scenarios/cases/drentse-dorpen" in captured.out
    else:
        assert "installeer versie 1.1 erover met --upgrade" in captured.err


@pytest.mark.parametrize(("lang", "advice"), [("nl", "erover met --upgrade"), ("en", "over it with --upgrade")])
def test_install_pack_without_a_terminal_refuses_an_upgrade_with_advice(
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    advice: str,
) -> None:
    newer_zip(home, tmp_path)
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("j\n"))
    assert main(["install-pack", "--lang", lang, "drentse-dorpen.zip"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kleinekernen install-pack: drentse-dorpen.zip: ") and advice in err, err
    assert not (home / "scenarios" / "cases" / "drentse-dorpen" / "nieuw.txt").exists()
    assert main(["install-pack", "--upgrade", "--lang", lang, "drentse-dorpen.zip"]) == 0
    assert (home / "scenarios" / "cases" / "drentse-dorpen" / "nieuw.txt").exists()
    out = capsys.readouterr().out
    assert ("is geïnstalleerd in" if lang == "nl" else "is installed in") + " scenarios/cases/drentse-dorpen" in out


@pytest.mark.parametrize(("lang", "words"), [("nl", "moet true of false zijn"), ("en", "must be true or false")])
def test_install_pack_names_the_zip_and_its_files_never_the_hidden_folder(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    pack = a_pack(tmp_path / "werk")
    case = pack / "drents-dorpshuis.toml"
    text = case.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.split("\n"), 1) if row.startswith("needs_other"))
    case.write_text(text.replace("needs_other = false", 'needs_other = "nee"'), encoding="utf-8")
    zipped = home / "kapot.zip"
    make_pack(pack, zipped)  # zipped without the check, as a careless colleague might
    assert main(["install-pack", "--lang", lang, "kapot.zip"]) == 2
    err = capsys.readouterr().err
    assert f"kapot.zip: drentse-dorpen/drents-dorpshuis.toml:{line}:1: needs_other: " in err, err
    assert words in err
    assert STAGING_PREFIX not in err and str(tmp_path) not in err
    assert not (home / "scenarios" / "cases" / "drentse-dorpen").exists()
