"""A full disk (ENOSPC), a file size limit (EFBIG), a read-only folder (EROFS) or no permission (EACCES),
injected at every write point of the journal: an OSError the screen can show, the file as it was, nothing
confirmed lost, and the next write that works carries on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kleinekernen.engine.policies import random_policy
from kleinekernen.files.atomic import is_leftover
from kleinekernen.persistence.journal import Header, JournalWriter
from kleinekernen.persistence.lock import SessionLock
from kleinekernen.persistence.sessions import open_for_writing, open_session
from tests.conftest import REPO
from tests.engine.helpers import deck
from tests.persistence.faults import FAULTS, FaultyOS, inject
from tests.persistence.helpers import play_and_save, setup

POINTS = range(1, 8)


def no_leftovers(folder: Path) -> bool:
    return not [entry for entry in folder.iterdir() if is_leftover(entry)]


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("partial", [False, True])
def test_every_write_point_of_an_append(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str, partial: bool
) -> None:
    path, game = play_and_save(tmp_path, seed=2, cases=3, steps=9)
    policy = random_policy(5)
    writer = JournalWriter(path)
    for fail_at in POINTS:
        before = path.read_bytes()
        choice = policy(game)
        shim = inject(monkeypatch, FaultyOS(fail_at, FAULTS[fault], partial))
        try:
            writer.choice(choice)
        except OSError as error:
            assert error.errno == FAULTS[fault]
            assert path.read_bytes() == before, (fault, fail_at, shim.calls)  # no torn line left behind
            shim.fail_at = 0
            writer.choice(choice)  # the disk has room again: the same step goes in
        assert shim.failed or fail_at > len(shim.calls)
        game.apply(choice)
        monkeypatch.undo()
        assert open_session(path, deck()).game.state == game.state


def test_a_record_torn_by_a_failure_that_could_not_be_cut_off_is_cut_before_the_next(tmp_path: Path) -> None:
    path, game = play_and_save(tmp_path, seed=3, steps=6)
    writer = JournalWriter(path)
    with path.open("ab") as handle:
        handle.write(b'{"kind": "choice", "cho')  # what a failed append left when even the cut failed
    choice = random_policy(1)(game)
    writer.choice(choice)
    game.apply(choice)
    opened = open_session(path, deck())
    assert opened.notices == [] and opened.game.state == game.state


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_every_write_point_of_a_new_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str) -> None:
    for fail_at in POINTS:
        folder = tmp_path / f"p{fail_at}"
        folder.mkdir()
        shim = inject(monkeypatch, FaultyOS(fail_at, FAULTS[fault]))
        try:
            writer = JournalWriter.create(folder, Header.of(setup(), deck().identity(), "nl"), name="s.jsonl")
        except OSError as error:
            assert error.errno == FAULTS[fault] and shim.failed
            assert not (folder / "s.jsonl").exists()  # no half journal to trip over at the next start
            monkeypatch.undo()
            SessionLock.acquire(folder / "s.jsonl").release()
        else:
            monkeypatch.undo()
            writer.close()
            assert open_session(writer.path, deck()).journal.choices == []
        assert no_leftovers(folder)


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_every_write_point_of_a_repair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str) -> None:
    for fail_at in range(1, 12):
        folder = tmp_path / f"p{fail_at}"
        path, game = play_and_save(folder, seed=4, steps=10)
        torn = path.read_bytes() + b'{"kind": "choice", "choice": {"ty'
        path.write_bytes(torn)
        shim = inject(monkeypatch, FaultyOS(fail_at, FAULTS[fault], partial=True))
        resumed = open_for_writing(path, deck())
        monkeypatch.undo()
        if resumed.writer is None:  # could not repair: plays on unsaved, says why, the file untouched
            assert shim.failed and "niet bewaard" in resumed.problem
            assert path.read_bytes() == torn
        else:
            resumed.writer.close()
            assert open_session(path, deck()).notices == []
        assert open_session(path, deck()).game.state == game.state
        assert no_leftovers(folder)
        SessionLock.acquire(path).release()


EFBIG_PLAYER = r"""
import resource, sys
from pathlib import Path
from kleinekernen import paths
from kleinekernen.content.deck import load_deck
from kleinekernen.engine.policies import random_policy
from kleinekernen.persistence.sessions import open_for_writing

deck = load_deck(paths.scenarios(), assets=paths.assets()).deck
path = Path(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), resource.RLIM_INFINITY))
resumed = open_for_writing(path, deck)
game, writer, policy = resumed.opened.game, resumed.writer, random_policy(3)
confirmed = 0
for _ in range(40):
    choice = policy(game)
    try:
        writer.choice(choice)
    except OSError as error:
        print(f"refused {error.errno}", flush=True)
        continue
    game.apply(choice)
    confirmed += 1
print(f"confirmed {confirmed}", flush=True)
"""


def test_a_real_file_size_limit_ulimit_f_refuses_steps_but_keeps_every_confirmed_one(tmp_path: Path) -> None:
    path, _game = play_and_save(tmp_path, seed=6, cases=5, steps=5)
    limit = path.stat().st_size + 700  # room for a few more records, then EFBIG from the kernel
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.run(
        [sys.executable, "-c", EFBIG_PLAYER, str(path), str(limit)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert child.returncode == 0, child.stderr
    lines = child.stdout.split("\n")
    assert f"refused {27}" in lines  # EFBIG: File too large
    confirmed = int(lines[-2].split()[1])
    assert 0 < confirmed < 40
    opened = open_session(path, deck())
    assert opened.notices == [] and len(opened.journal.choices) == 5 + confirmed
    assert path.stat().st_size <= limit
