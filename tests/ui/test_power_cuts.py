"""Power cuts in the real game: the line being written is torn at a random byte, the game starts again,
the group presses "Verder" and plays ten more confirmed steps; every step confirmed after a resume is read
back. KLEINEKERNEN_POWER_CUTS sets the number of cuts (20 by default; 200 for the figure in the report)."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pygame
import pytest

from kleinekernen.persistence.sessions import open_session
from kleinekernen.ui.app import App
from tests.engine.helpers import deck
from tests.persistence.faults import FaultyOS, inject
from tests.ui.helpers import press, scene_name, start
from tests.ui.saving import confirm_one, new_game

CUTS = int(os.environ.get("KLEINEKERNEN_POWER_CUTS", "20"))
STEPS_AFTER = 10


class PowerCut(BaseException):
    """The power goes: nothing after this runs, no clean-up, no fsync."""


class TearingOS(FaultyOS):
    """The next record reaches the disk only up to a random byte, then the machine is off."""

    def __init__(self, chance: random.Random) -> None:
        super().__init__()
        self.chance = chance
        self.kept = 0
        self.whole = 0

    def write(self, descriptor: int, data: object) -> int:
        raw = bytes(data)  # type: ignore[call-overload]
        self.whole = len(raw)
        self.kept = self.chance.randint(1, len(raw) - 1)  # the newline, at least, never arrives
        os.write(descriptor, raw[: self.kept])
        raise PowerCut


def read_back(path: Path) -> list[object]:
    return list(open_session(path, deck()).game.state.history)


def test_power_cuts_tear_the_last_line_and_every_step_confirmed_after_continue_is_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chance = random.Random(10)
    app: App = new_game(tmp_path, cases=20)
    after_resume = read_after_resume = whole_records = 0
    for cut in range(CUTS):
        for _ in range(chance.randint(0, 3)):
            confirm_one(app)
        if scene_name(app) != "CaseScene":  # the session ended: the next group starts a new one
            app.session.close()  # type: ignore[union-attr]
            app = new_game(tmp_path, cases=20)
        history = list(app.session.game.state.history)  # type: ignore[union-attr]
        path = app.session.path  # type: ignore[union-attr]
        assert path is not None
        tearing = inject(monkeypatch, TearingOS(chance))
        with pytest.raises(PowerCut):
            confirm_one(app)
        monkeypatch.undo()
        assert app.session is not None and app.session.writer is not None
        app.session.writer.lock.release()  # the machine is off: the system holds no lock any more
        whole_records += tearing.kept == tearing.whole - 1
        app = start(saves=tmp_path)  # power back: the game starts again
        app.step([])
        press(app, pygame.K_RETURN)  # "Verder: ..."
        assert scene_name(app) == "CaseScene", cut
        resumed = list(app.session.game.state.history)  # type: ignore[union-attr]
        assert resumed[: len(history)] == history and len(resumed) in (len(history), len(history) + 1), cut
        for _ in range(STEPS_AFTER):
            if not confirm_one(app):
                break
            after_resume += 1
        on_disk = read_back(path)
        assert on_disk == list(app.session.game.state.history), cut  # type: ignore[union-attr]
        read_after_resume += len(on_disk) - len(resumed)
    print(
        f"power cuts: {CUTS}, steps confirmed after a resume: {after_resume}, read back: {read_after_resume}, "
        f"torn records that were whole but for their newline: {whole_records}"
    )
    assert read_after_resume == after_resume >= CUTS * STEPS_AFTER * 0.9
