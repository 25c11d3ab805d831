"""install-pack under attack and under kills: the deck holds the old packs or the whole new one, never a
part; every damaged, encrypted or unsupported zip and every deceiving member name is a clear PackError."""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from kleinekernen.cli import main
from kleinekernen.content.deck import load_deck
from kleinekernen.content.packs import STAGING_PREFIX, PackError, install_pack, make_pack
from tests.conftest import REPO, SCENARIOS
from tests.content.test_packs import MANIFEST, a_pack, zip_with

CASE = (SCENARIOS / "cases" / "carnavalswagen.toml").read_text(encoding="utf-8")
BUILT_IN = len(load_deck(SCENARIOS, assets=REPO / "assets").deck.cases)


def big_pack(folder: Path, cases: int = 250, notes: int = 40) -> Path:
    """A pack of cases + notes + 1 files, the size of a real regional collection."""
    pack = folder / "drentse-dorpen"
    pack.mkdir(parents=True)
    (pack / "pack.toml").write_text(MANIFEST, encoding="utf-8")
    for n in range(cases):
        text = CASE.replace('id = "carnavalswagen"', f'id = "drents-{n:03d}"')
        (pack / f"drents-{n:03d}.toml").write_text(text, encoding="utf-8")
    for n in range(notes):
        (pack / f"toelichting-{n:02d}.md").write_text(f"Toelichting {n}\n" * 200, encoding="utf-8")
    return pack


def assert_old_or_whole_new(scenarios: Path, zipped: Path) -> bool:
    """The deck is the old one or holds every file and case of the pack; True when the pack is in."""
    target = scenarios / "cases" / "drentse-dorpen"
    cases = load_deck(scenarios, assets=scenarios.parent / "assets").deck.cases
    if not target.exists():
        assert len(cases) == BUILT_IN
        return False
    with zipfile.ZipFile(zipped) as archive:
        expected = sorted(n.split("/", 1)[1] for n in archive.namelist())
        on_disk = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
        assert on_disk == expected
        for name in expected:
            assert (target / name).read_bytes() == archive.read(f"drentse-dorpen/{name}")
    assert len(cases) == BUILT_IN + sum(n.endswith(".toml") and n != "pack.toml" for n in expected)
    return True


INSTALL = """
import sys
from pathlib import Path
from kleinekernen.content.packs import install_pack
print("ready", flush=True)
install_pack(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
print("done", flush=True)
"""


def test_kills_at_random_moments_during_install_leave_the_old_deck_or_the_whole_pack(
    scenarios_copy: Path, tmp_path: Path
) -> None:
    kills = int(os.environ.get("KLEINEKERNEN_INSTALL_KILLS", "10"))
    zipped = make_pack(big_pack(tmp_path / "werk"), tmp_path / "drentse-dorpen.zip")
    files = len(zipfile.ZipFile(zipped).namelist())
    assets = scenarios_copy.parent / "assets"
    target = scenarios_copy / "cases" / "drentse-dorpen"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-c", INSTALL, str(zipped), str(scenarios_copy), str(assets)]

    def start() -> subprocess.Popen[bytes]:
        child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        return child

    # how long a whole install takes in a child, so the kills fall all over it (and a few after it)
    child = start()
    started = time.perf_counter()
    assert child.stdout is not None and child.stdout.readline() == b"done\n"
    took = time.perf_counter() - started
    child.wait()
    shutil.rmtree(target)
    generator = random.Random(10)
    outcomes = {"old": 0, "new": 0, "half unpacked": 0}
    for _ in range(kills):
        child = start()
        time.sleep(generator.uniform(0, took * 1.3))
        child.send_signal(signal.SIGKILL)
        child.wait()
        installed = assert_old_or_whole_new(scenarios_copy, zipped)
        outcomes["new" if installed else "old"] += 1
        # a kill in the middle of unpacking leaves a part, hidden where the deck never looks
        staged = [p for p in scenarios_copy.glob(f"{STAGING_PREFIX}*/**/*") if p.is_file()]
        outcomes["half unpacked"] += 0 < len(staged) < files
        if installed:
            shutil.rmtree(target)
    print(
        f"install-pack kills: {kills} during installs of {took:.2f} s, "
        f"old deck after {outcomes['old']}, whole new pack after {outcomes['new']}, a part after none "
        f"(a half-unpacked hidden folder after {outcomes['half unpacked']})"
    )
    assert outcomes["old"] > 0
    # the next install cleans what the killed ones left, and succeeds
    install_pack(zipped, scenarios_copy, assets)
    assert assert_old_or_whole_new(scenarios_copy, zipped)
    assert [p.name for p in scenarios_copy.iterdir() if p.name.startswith(STAGING_PREFIX)] == []


def test_a_killed_install_is_retried_not_refused_as_already_installed(scenarios_copy: Path, tmp_path: Path) -> None:
    zipped = make_pack(a_pack(tmp_path / "werk"), tmp_path / "p.zip")
    half = scenarios_copy / f"{STAGING_PREFIX}abc" / "pack" / "drentse-dorpen"
    half.mkdir(parents=True)
    (half / "pack.toml").write_text(MANIFEST, encoding="utf-8")
    assert load_deck(scenarios_copy, assets=scenarios_copy.parent / "assets").deck.packs == {}
    target = install_pack(zipped, scenarios_copy, scenarios_copy.parent / "assets")
    assert target.name == "drentse-dorpen" and not half.exists()


def test_the_game_start_removes_what_killed_writes_left(scenarios_copy: Path, tmp_path: Path) -> None:
    from kleinekernen.ui.app import App

    saves = tmp_path / "saves"
    (saves / "reports").mkdir(parents=True)
    (saves / "reports" / ".verslag.html.tmp-x1").write_text("half", encoding="utf-8")
    (saves / "reports" / "verslag.html").write_text("whole", encoding="utf-8")
    (scenarios_copy / f"{STAGING_PREFIX}x2").mkdir()
    App(scenarios=scenarios_copy, saves=saves)
    assert [p.name for p in (saves / "reports").iterdir()] == ["verslag.html"]
    assert not (scenarios_copy / f"{STAGING_PREFIX}x2").exists()


ESC_NAME = "p/\x1b[2J\x1b[31mOK.toml"
RTL_NAME = "p/gevaarlijk\u202elmot.toml"


@pytest.mark.parametrize(
    ("entries", "words"),
    [
        ([(ESC_NAME, b"x = 1"), ("p/pack.toml", MANIFEST.encode())], r"\\x1b\[2J\\x1b\[31mOK\.toml: a control"),
        ([(RTL_NAME, b"x = 1"), ("p/pack.toml", MANIFEST.encode())], r"gevaarlijk\\u202elmot\.toml: a control"),
        ([("p/a\u200b.toml", b"x = 1"), ("p/pack.toml", MANIFEST.encode())], r"\\u200b"),
        ([("p/a.toml", b"x = 1"), ("p/A.toml", b"x = 2"), ("p/pack.toml", MANIFEST.encode())], "twice"),
        ([("p/a.md", b"x"), ("p/a.md/b.md", b"y"), ("p/pack.toml", MANIFEST.encode())], "inside a file"),
        ([(f"p/{'x' * 300}.toml", b"x"), ("p/pack.toml", MANIFEST.encode())], "at most 100 characters"),
        ([("/".join(["d"] * 20) + "/a.md", b"x"), ("p/pack.toml", MANIFEST.encode())], "folders deep"),
        ([("p/pack.toml", b'name = "Dorp\\u001b[2Jx"\n')], r"pack\.toml:1:1: name: .*U\+001B"),
        ([("p/pack.toml", b'name = "Dorp\\u202eexe.txt"\n')], r"name Dorp\\u202eexe\.txt: a control"),
    ],
)
def test_names_that_would_deceive_the_terminal_or_the_folder_are_refused(
    scenarios_copy: Path, tmp_path: Path, entries: list, words: str, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[type-arg]
    before = sorted(p.name for p in scenarios_copy.iterdir())
    path = zip_with(tmp_path, entries)
    with pytest.raises(PackError, match=words) as refused:
        install_pack(path, scenarios_copy, scenarios_copy.parent / "assets", lang="en")
    assert "\x1b" not in str(refused.value) and "\u202e" not in str(refused.value)
    assert sorted(p.name for p in scenarios_copy.iterdir()) == before
    assert sorted(p.name for p in (scenarios_copy / "cases").iterdir()) == sorted(
        p.name for p in (SCENARIOS / "cases").iterdir()
    )


def test_the_command_prints_a_deceiving_name_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    shutil.copytree(SCENARIOS, home / "scenarios")
    (home / "assets").mkdir()
    monkeypatch.setenv("KLEINEKERNEN_HOME", str(home))
    path = zip_with(tmp_path, [(ESC_NAME, b"x = 1"), ("p/pack.toml", MANIFEST.encode())])
    assert main(["install-pack", str(path)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b[2J" in err


def damaged(tmp_path: Path, change: str) -> Path:
    """A sound pack zip, then one well-known kind of damage."""
    path = make_pack(a_pack(tmp_path / "werk"), tmp_path / "p.zip")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        first = archive.infolist()[0]
    if change == "crc":
        data[first.header_offset + 30 + len(first.orig_filename) + 5] ^= 0xFF
    elif change == "method":
        data[first.header_offset + 8] = 99  # an unknown compression method, in the local header
        central = data.rfind(b"PK\x01\x02", 0)
        data[central + 10] = 99
    elif change == "encrypted":
        data[first.header_offset + 6] |= 1
        data[data.find(b"PK\x01\x02") + 8] |= 1
    elif change == "truncated":
        data = data[: len(data) - 30]
    elif change == "lzma":
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_LZMA) as archive:
            archive.writestr("p/pack.toml", MANIFEST)
            archive.writestr("p/a.toml", CASE)
        data = bytearray(path.read_bytes())
        start = data.find(b"PK\x03\x04", 10)
        data[start + 60 : start + 70] = b"\xff" * 10
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("change", ["crc", "method", "encrypted", "truncated", "lzma"])
def test_a_damaged_encrypted_or_unsupported_zip_is_a_clear_pack_error(
    scenarios_copy: Path, tmp_path: Path, change: str
) -> None:
    path = damaged(tmp_path, change)
    with pytest.raises(PackError, match=r"p\.zip: (a damaged or unsupported zip|not a zip)"):
        install_pack(path, scenarios_copy, scenarios_copy.parent / "assets", lang="en")
    assert not (scenarios_copy / "cases" / "drentse-dorpen").exists()
    assert [p for p in scenarios_copy.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_a_full_or_read_only_disk_during_install_is_a_message_and_leaves_nothing(
    scenarios_copy: Path, tmp_path: Path, code: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    zipped = make_pack(a_pack(tmp_path / "werk"), tmp_path / "p.zip")

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", refuse)
    with pytest.raises(PackError, match=os.strerror(code)):
        install_pack(zipped, scenarios_copy, scenarios_copy.parent / "assets")
    assert not (scenarios_copy / "cases" / "drentse-dorpen").exists()
    assert [p.name for p in scenarios_copy.iterdir() if p.name.startswith(".")] == []
    monkeypatch.undo()
    assert install_pack(zipped, scenarios_copy, scenarios_copy.parent / "assets").is_dir()
