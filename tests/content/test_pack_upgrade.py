"""A pack that cannot ship broken, and a newer version installed over the old one."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kleinekernen.content.packs import PackError, UpgradeNeeded, clean_pack_leftovers, install_pack, make_pack
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


KILLED_UPGRADE = """
import os, signal, sys
import signal
import subprocess
import sys
from pathlib import Path
from kleinekernen.content import packs
real = os.rename
def rename(src, dst):
    if Path(dst).parent.name == "cases":
        os.kill(os.getpid(), signal.SIGKILL)  # the old pack is aside, the new one not yet in place
    real(src, dst)
packs.os.rename = rename
packs.install_pack(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), upgrade=True)
"""


def test_an_upgrade_killed_half_way_leaves_the_old_version_whole(scenarios_copy: Path, tmp_path: Path) -> None:
    assets = scenarios_copy.parent / "assets"
    target = install_pack(make_pack(a_pack(tmp_path / "oud"), tmp_path / "oud.zip"), scenarios_copy, assets)
    before = sorted(p.name for p in target.rglob("*"))
    new = a_pack(tmp_path / "nieuw")
    (new / "pack.toml").write_text((new / "pack.toml").read_text("utf-8") + 'version = "1.1"\n', "utf-8")
    zipped = make_pack(new, tmp_path / "nieuw.zip")
    run = [sys.executable, "-c", KILLED_UPGRADE, str(zipped), str(scenarios_copy), str(assets)]
    assert subprocess.run(run, check=False).returncode == -signal.SIGKILL
    clean_pack_leftovers(scenarios_copy)
    assert sorted(p.name for p in target.rglob("*")) == before
    assert 'version = "1.1"' not in (target / "pack.toml").read_text("utf-8")
