"""`kleinekernen balance` and `kleinekernen bench` play many sessions, none of them in the group's saves/: the
folder is byte for byte as it was (no journal, no lock, no index.sqlite), so nothing counts in its comparisons."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kleinekernen.persistence.journal import iter_journals


def snapshot(folder: Path) -> list[tuple[str, int, int]]:
    return sorted((str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*"))


def run(saves: Path, *words: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KLEINEKERNEN_SAVES": str(saves), "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    return subprocess.run(
        [sys.executable, "-m", "kleinekernen", *words], capture_output=True, text=True, env=env, timeout=600
    )


@pytest.fixture
def saves(tmp_path: Path) -> Path:
    folder = tmp_path / "saves"
    folder.mkdir()
    (folder / "notities.txt").write_text("van de groep", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "words",
    [
        ["balance", "--runs", "3", "--html", "{out}/balans.html"],
        ["balance", "--strategies", "--sessions", "20"],
    ],
)
def test_balance_leaves_the_groups_saves_as_they_were(saves: Path, tmp_path: Path, words: list[str]) -> None:
    before = snapshot(saves)
    done = run(saves, *(word.replace("{out}", str(tmp_path)) for word in words))
    assert done.returncode in (0, 1), done.stderr  # 1: the report has warnings
    assert done.stdout.strip(), done.stderr
    assert snapshot(saves) == before
    assert not (saves / "index.sqlite").exists() and list(iter_journals(saves)) == []


def test_bench_plays_its_sessions_outside_the_groups_saves(saves: Path, tmp_path: Path) -> None:
    before = snapshot(saves)
    done = run(saves, "bench", "--quick")
    assert done.returncode == 0, done.stderr
    assert "outcome_animation_frame_1920x1080" in done.stdout and "summary_over_1000_sessions" in done.stdout
    assert snapshot(saves) == before
    assert not (saves / "index.sqlite").exists() and list(iter_journals(saves)) == []
    assert not [line for line in done.stdout.splitlines() if str(saves) in line]
