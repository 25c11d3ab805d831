"""The index of earlier choices is a cache: random bytes, a folder in its place, a lock held by another
instance or a full disk never crash the reveal; the index is built again or there is no comparison, quickly."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from kleinekernen.persistence import index as index_module
from kleinekernen.persistence.index import INDEX, ChoiceIndex, IndexUnavailable
from kleinekernen.persistence.sessions import open_session
from tests.engine.helpers import deck
from tests.persistence.helpers import play_and_save


def saves_with_sessions(folder: Path, count: int = 4) -> tuple[Path, str, int]:
    paths = [play_and_save(folder, seed=seed, cases=5)[0] for seed in range(count)]
    case_id = open_session(paths[0], deck()).game.state.results[0].case_id
    played = sum(case_id in {r.case_id for r in open_session(p, deck()).game.state.results} for p in paths)
    return folder, case_id, played


def test_random_bytes_in_the_index_file_rebuild_it(tmp_path: Path) -> None:
    saves, case_id, played = saves_with_sessions(tmp_path)
    (saves / INDEX).write_bytes(os.urandom(5000))
    index = ChoiceIndex(saves)
    assert index.refresh(deck()) == 4 and index.shares(case_id).sessions == played
    assert not index.in_memory  # the broken file was thrown away and made again
    index.close()
    assert sqlite3.connect(saves / INDEX).execute("select count(*) from files").fetchone() == (4,)


def test_a_file_damaged_while_in_use_is_rebuilt_at_the_next_reveal(tmp_path: Path) -> None:
    saves, case_id, played = saves_with_sessions(tmp_path)
    index = ChoiceIndex(saves)
    index.refresh(deck())
    index._ensure().execute("drop table picks")
    with pytest.raises(IndexUnavailable):
        index.shares(case_id)  # this reveal shows no comparison ...
    assert index.refresh(deck()) == 4 and index.shares(case_id).sessions == played  # ... the next does


def test_a_folder_in_place_of_the_index_gives_an_index_in_memory(tmp_path: Path) -> None:
    saves, case_id, played = saves_with_sessions(tmp_path)
    (saves / INDEX).mkdir()
    index = ChoiceIndex(saves)
    assert index.in_memory and index.refresh(deck()) == 4 and index.shares(case_id).sessions == played
    assert (saves / INDEX).is_dir()  # a folder is never deleted by the game


def test_an_index_locked_by_another_instance_never_freezes_the_screen(tmp_path: Path) -> None:
    saves, case_id, played = saves_with_sessions(tmp_path)
    ChoiceIndex(saves).close()
    other = sqlite3.connect(saves / INDEX)
    other.execute("begin exclusive")
    try:
        start = time.perf_counter()
        index = ChoiceIndex(saves)
        with pytest.raises(IndexUnavailable):
            index.refresh(deck())
        assert time.perf_counter() - start < 1.5
    finally:
        other.rollback()
        other.close()
    assert index.refresh(deck()) == 4 and index.shares(case_id).sessions == played


def test_a_full_disk_under_the_index_falls_back_to_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saves, case_id, played = saves_with_sessions(tmp_path)
    real = index_module._connect

    def full(target: Path | str) -> sqlite3.Connection:
        if target != ":memory:":
            raise sqlite3.OperationalError("database or disk is full")
        return real(target)

    monkeypatch.setattr(index_module, "_connect", full)
    index = ChoiceIndex(saves)
    assert index.in_memory and index.refresh(deck()) == 4 and index.shares(case_id).sessions == played
