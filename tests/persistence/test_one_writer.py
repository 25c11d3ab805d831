"""One writer per session: a second instance (another window, another laptop on a shared folder) can look
but cannot write, and is told who has the session open; no confirmed step of the first is lost."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kleinekernen.persistence.journal import Header, JournalWriter
from kleinekernen.persistence.lock import SessionBusy, SessionLock, lock_path
from kleinekernen.persistence.sessions import delete_session, open_for_writing, open_session
from tests.conftest import REPO
from tests.engine.helpers import deck
from tests.persistence.helpers import play_and_save, setup

FIRST = r"""
import sys
from pathlib import Path
from kleinekernen import paths
from kleinekernen.content.deck import load_deck
from kleinekernen.engine.policies import random_policy
from kleinekernen.engine.state import Step
from kleinekernen.persistence.sessions import open_for_writing

deck = load_deck(paths.scenarios(), assets=paths.assets()).deck
resumed = open_for_writing(Path(sys.argv[1]), deck)
game, writer, policy = resumed.opened.game, resumed.writer, random_policy(11)
print("ready", flush=True)
for line in sys.stdin:
    if game.step is Step.END:
        break
    choice = policy(game)
    game.apply(choice)
    writer.choice(choice)
    print(f"done {len(game.state.history)}", flush=True)
"""


def test_a_second_open_for_writing_is_refused_and_told_who_holds_it(tmp_path: Path) -> None:
    path, _ = play_and_save(tmp_path, seed=1, steps=5)
    first = open_for_writing(path, deck())
    with pytest.raises(SessionBusy) as busy:
        open_for_writing(path, deck())
    assert busy.value.holder.host == socket.gethostname() and busy.value.holder.pid == os.getpid()
    assert busy.value.holder.since[:2] == "20"
    assert open_session(path, deck()).game.state == first.opened.game.state  # looking is allowed
    assert first.writer is not None
    first.writer.close()
    assert not lock_path(path).exists()
    second = open_for_writing(path, deck())
    assert second.writer is not None
    second.writer.close()


def test_a_new_session_is_locked_from_its_first_line(tmp_path: Path) -> None:
    writer = JournalWriter.create(tmp_path, Header.of(setup(), deck().identity(), "nl"))
    with pytest.raises(SessionBusy):
        open_for_writing(writer.path, deck())
    with pytest.raises(SessionBusy):
        delete_session(tmp_path, writer.path)
    assert writer.path.exists()
    writer.close()
    delete_session(tmp_path, writer.path)
    assert not writer.path.exists() and not lock_path(writer.path).exists()


def test_two_instances_the_second_cannot_write_and_no_step_of_the_first_is_lost(tmp_path: Path) -> None:
    path, game = play_and_save(tmp_path, seed=3, cases=3, steps=6)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", FIRST, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "ready"
        done = 6
        for round_ in range(8):
            child.stdin.write("go\n")
            child.stdin.flush()
            done = int(child.stdout.readline().split()[1])
            with pytest.raises(SessionBusy) as busy:  # the second instance, every round
                open_for_writing(path, deck())
            assert busy.value.holder.pid == child.pid
            with pytest.raises(SessionBusy):
                SessionLock.acquire(path)
            assert len(open_session(path, deck()).journal.choices) == done, round_
    finally:
        os.kill(child.pid, signal.SIGKILL)  # the first laptop's battery runs out
        child.wait()
    assert done == 14
    resumed = open_for_writing(path, deck())  # the lock died with its holder
    assert resumed.writer is not None and len(resumed.opened.journal.choices) == done
    assert resumed.opened.game.state.history[:6] == game.state.history
    resumed.writer.close()
