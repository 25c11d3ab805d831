"""A power cut in the middle of a session: killed at random moments, resuming gives exactly what was confirmed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from kleinekernen.persistence.sessions import open_session
from tests.conftest import REPO
from tests.engine.helpers import deck

PLAYER = r"""
import sys
from pathlib import Path
from kleinekernen import paths
from kleinekernen.content.deck import load_deck
from kleinekernen.content.models import CORNERS
from kleinekernen.engine.game import Game
from kleinekernen.engine.policies import random_policy
from kleinekernen.engine.setup import Player, Setup
from kleinekernen.engine.state import Step
from kleinekernen.persistence.journal import Header, JournalWriter

def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()

deck = load_deck(paths.scenarios(), assets=paths.assets()).deck
folder = Path(sys.argv[1])
seed = int(sys.argv[2])
print("ready", flush=True)
while True:
    game = Game(deck, Setup(seed=seed, players=tuple(Player(c, c) for c in CORNERS), case_count=3))
    writer = JournalWriter.create(folder, Header.of(game.setup, deck.identity(), "nl"), name=f"s{seed}.jsonl")
    say(f"file {writer.path}")
    policy = random_policy(seed)
    count = 0
    while game.step is not Step.END:
        choice = policy(game)
        game.apply(choice)
        say(f"about {count + 1}")
        writer.choice(choice)
        count += 1
        say(f"done {count}")
    seed += 1000
"""

KILLS = 50


def test_killed_at_random_moments_resuming_gives_exactly_the_confirmed_steps(tmp_path: Path) -> None:
    chance = random.Random(2026)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    checked = 0
    for attempt in range(KILLS):
        folder = tmp_path / f"kill{attempt}"
        folder.mkdir()
        child = subprocess.Popen(
            [sys.executable, "-c", PLAYER, str(folder), str(attempt)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(chance.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        output = child.stdout.read()
        lines = output.split("\n")[:-1]  # a line the kill cut short is not a report
        files = [line.split(" ", 1)[1] for line in lines if line.startswith("file ")]
        if not files:
            continue  # killed before the first journal existed: nothing was confirmed
        last = lines[len(lines) - 1 - lines[::-1].index(f"file {files[-1]}") :]
        done = max([int(line.split()[1]) for line in last if line.startswith("done ")], default=0)
        about = max([int(line.split()[1]) for line in last if line.startswith("about ")], default=0)
        opened = open_session(Path(files[-1]), deck())
        kept = len(opened.journal.choices)
        assert kept == done or (kept == about == done + 1), (attempt, kept, done, about)
        checked += 1
    assert checked >= KILLS * 0.8
