"""Packs to share: zipped with their manifest, installed only when every file is sound, hostile zips refused."""

from __future__ import annotations

import io
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from kleinekernen.cli import main
from kleinekernen.content.deck import load_deck
from kleinekernen.content.packs import PackError, install_pack, make_pack
from tests.conftest import SCENARIOS

MANIFEST = 'format = 1\nname = "Drentse dorpen"\nauthor = "Vereniging Kleine Kernen"\nlicence = "CC BY 4.0"\n'


def a_pack(folder: Path, case_id: str = "drents-dorpshuis") -> Path:
    pack = folder / "drentse-dorpen"
    pack.mkdir(parents=True)
    (pack / "pack.toml").write_text(MANIFEST, encoding="utf-8")
    text = (SCENARIOS / "cases" / "carnavalswagen.toml").read_text(encoding="utf-8")
    (pack / f"{case_id}.toml").write_text(text.replace('id = "carnavalswagen"', f'id = "{case_id}"'), encoding="utf-8")
    return pack


def zip_with(tmp_path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    path = tmp_path / "pakket.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return path


def test_a_pack_is_zipped_installed_and_joins_the_deck(scenarios_copy: Path, tmp_path: Path) -> None:
    zipped = make_pack(a_pack(tmp_path / "werk"), tmp_path / "drentse-dorpen.zip")
    target = install_pack(zipped, scenarios_copy, scenarios_copy.parent / "assets")
    assert target == scenarios_copy / "cases" / "drentse-dorpen"
    result = load_deck(scenarios_copy, assets=scenarios_copy.parent / "assets")
    assert result.problems == [] and "drents-dorpshuis" in result.deck.cases
    with pytest.raises(PackError, match="already installed"):
        install_pack(zipped, scenarios_copy, scenarios_copy.parent / "assets", lang="en")


def test_a_pack_with_a_broken_case_is_refused_with_its_line(scenarios_copy: Path, tmp_path: Path) -> None:
    pack = a_pack(tmp_path / "werk")
    broken = pack / "drents-dorpshuis.toml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("needs_other = false", 'needs_other = "nee"'), encoding="utf-8"
    )
    zipped = make_pack(pack, tmp_path / "p.zip")
    with pytest.raises(PackError, match=r"drents-dorpshuis\.toml:\d+:1: needs_other"):
        install_pack(zipped, scenarios_copy, scenarios_copy.parent / "assets")
    assert not (scenarios_copy / "cases" / "drentse-dorpen").exists()


def link_entry(name: str, target: str) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target.encode()


def bomb() -> bytes:
    return b"\0" * (1024 * 1024 + 500_000)


@pytest.mark.parametrize(
    ("entries", "words"),
    [
        ([("../../evil.toml", b"x = 1"), ("p/pack.toml", MANIFEST.encode())], "leaves the pack"),
        ([("/etc/cron.d/evil.toml", b"x"), ("p/pack.toml", MANIFEST.encode())], "absolute path"),
        ([link_entry("p/link.toml", "/etc/passwd"), ("p/pack.toml", MANIFEST.encode())], "is a link"),
        ([(f"p/case{n}.toml", b"x") for n in range(10_000)], "at most 300"),
        ([("p/bom.toml", bomb()), ("p/pack.toml", MANIFEST.encode())], "zip bomb"),
        ([("p/run.py", b"import os"), ("p/pack.toml", MANIFEST.encode())], "only .toml"),
        ([("p/case.toml", b"x = 1")], "exactly one pack.toml"),
        ([("p/pack.toml", b'name = ""')], "name"),
    ],
)
def test_hostile_zips_are_refused_and_write_nothing(
    scenarios_copy: Path, tmp_path: Path, entries: list, words: str
) -> None:  # type: ignore[type-arg]
    before = sorted(p.name for p in (scenarios_copy / "cases").iterdir())
    path = zip_with(tmp_path, entries)
    with pytest.raises(PackError, match=words):
        install_pack(path, scenarios_copy, scenarios_copy.parent / "assets", lang="en")
    assert sorted(p.name for p in (scenarios_copy / "cases").iterdir()) == before
    assert not (tmp_path / "evil.toml").exists() and not Path("/etc/cron.d/evil.toml").exists()


def test_not_a_zip_is_refused(scenarios_copy: Path, tmp_path: Path) -> None:
    fake = tmp_path / "nep.zip"
    fake.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(PackError, match="not a zip"):
        install_pack(fake, scenarios_copy, scenarios_copy.parent / "assets", lang="en")


def test_pack_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    shutil.copytree(SCENARIOS, home / "scenarios")
    (home / "assets").mkdir()
    monkeypatch.setenv("KLEINEKERNEN_HOME", str(home))
    pack = a_pack(tmp_path / "werk")
    monkeypatch.chdir(tmp_path)
    assert main(["pack", str(pack)]) == 0
    zipped = tmp_path / "drentse-dorpen.zip"
    assert f"het pakket staat in {zipped.resolve()}" in capsys.readouterr().out
    assert main(["install-pack", str(zipped)]) == 0
    assert main(["install-pack", str(zipped)]) == 2
    assert "is al geïnstalleerd" in capsys.readouterr().err
    assert main(["install-pack", "--lang", "en", str(zipped)]) == 2
    assert "already installed" in capsys.readouterr().err
    assert main(["check"]) == 0
    assert zipfile.is_zipfile(io.BytesIO(zipped.read_bytes()))
