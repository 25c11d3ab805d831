"""A pack that cannot ship broken, and a newer version installed over the old one."""

from __future__ import annotations

from pathlib import Path

import pytest

from kleinekernen.content.packs import PackError, UpgradeNeeded, install_pack, make_pack
from tests.content.test_packs import a_pack


def test_pack_refuses_a_broken_case_and_writes_no_zip(scenarios_copy: Path, tmp_path: Path) -> None:
    pack = a_pack(tmp_path / "werk")
    case = pack / "drents-dorpshuis.toml"
    case.write_text(case.read_text(encoding="utf-8").replace("needs_other = false", 'needs_other = "nee"'), "utf-8")
    with pytest.raises(PackError, match="needs_other"):
        make_pack(pack, tmp_path / "p.zip", scenarios=scenarios_copy)
    assert not (tmp_path / "p.zip").exists()


def test_version_1_1_replaces_1_0_only_with_upgrade(scenarios_copy: Path, tmp_path: Path) -> None:
    assets = scenarios_copy.parent / "assets"
    install_pack(make_pack(a_pack(tmp_path / "oud"), tmp_path / "oud.zip"), scenarios_copy, assets)
    new = a_pack(tmp_path / "nieuw")
    (new / "pack.toml").write_text((new / "pack.toml").read_text("utf-8") + 'version = "1.1"\n', "utf-8")
    (new / "extra.txt").write_text("nieuw", "utf-8")
    zipped = make_pack(new, tmp_path / "nieuw.zip")
    with pytest.raises(UpgradeNeeded, match="--upgrade"):
        install_pack(zipped, scenarios_copy, assets)
    target = install_pack(zipped, scenarios_copy, assets, upgrade=True)
    assert (target / "extra.txt").read_text("utf-8") == "nieuw"
    assert not [p for p in scenarios_copy.iterdir() if p.name.startswith(".pack-install-")]
