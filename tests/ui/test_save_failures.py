"""A full disk or a read-only saves/ in the real game: a message on screen, the screen stays on its step,
nothing confirmed is lost; a second window on the same session can look but not play; a repaired session
says so; a broken index never stops the reveal."""

from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from kleinekernen.engine.state import Step
from kleinekernen.persistence.sessions import open_session
from kleinekernen.ui.driver import type_text
from tests.engine.helpers import deck
from tests.persistence.faults import FAULTS, FaultyOS, inject
from tests.ui.helpers import press, scene_name, start, step
from tests.ui.saving import confirm_one, confirmed, new_game, shown

SHOTS = os.environ.get("KLEINEKERNEN_SHOTS")
"""A folder to save screenshots of the messages in (for the report), or unset."""


def screenshot(app, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        pygame.image.save(app.screen, str(Path(SHOTS) / f"{name}.png"))


class ReadOnly(FaultyOS):
    """A saves/ folder that refuses every write, as a read-only mount does."""

    def _point(self, what: str) -> bool:
        self.calls.append(what)
        self.failed = True
        return True


def read_back(app) -> list[object]:  # type: ignore[no-untyped-def]
    return list(open_session(app.session.path, deck()).game.state.history)


def test_the_game_starts_and_plays_with_a_read_only_saves_folder_and_says_it_cannot_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inject(monkeypatch, ReadOnly(error=FAULTS["EROFS"]))
    app = new_game(tmp_path)  # "Beginnen" crashed here before
    assert "niet bewaard" in shown(app) and "alleen-lezen" in shown(app)
    for _ in range(12):
        assert confirm_one(app)
    assert confirmed(app) == 12 and list(tmp_path.glob("*.jsonl")) == []
    screenshot(app, "read-only-saves")


@pytest.mark.parametrize("fault", ["ENOSPC", "EFBIG", "EROFS", "EACCES"])
def test_a_write_that_fails_at_any_point_keeps_the_screen_on_its_step_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    app = new_game(tmp_path)
    reason = {"ENOSPC": "schijf is vol", "EFBIG": "groter dan", "EROFS": "alleen-lezen", "EACCES": "schrijfrecht"}
    failures = 0
    for fail_at in (1, 2, 3, 1, 2, 3, 1, 2, 3):  # open, write, fsync of the next record
        history = app.session.game.state.history  # type: ignore[union-attr]
        where = (step(app), app.session.game.state.case_index)  # type: ignore[union-attr]
        shim = inject(monkeypatch, FaultyOS(fail_at, FAULTS[fault], partial=True))
        assert not confirm_one(app, presses=1) or not shim.failed
        if shim.failed:
            text = shown(app)
            assert "Niet bewaard" in text and reason[fault] in text, text
            assert (step(app), app.session.game.state.case_index) == where  # type: ignore[union-attr]
            assert app.session.game.state.history == history  # type: ignore[union-attr]
            assert read_back(app) == list(history)
            failures += 1
            if fault == "ENOSPC" and fail_at == 2:
                screenshot(app, "disk-full")
        monkeypatch.undo()
        assert confirm_one(app)  # room again: the same press goes on, and the message goes
        assert "Niet bewaard" not in shown(app)
        assert read_back(app) == list(app.session.game.state.history)  # type: ignore[union-attr]
    assert failures >= 6


def test_an_undo_or_a_draft_that_cannot_be_written_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = new_game(tmp_path)
    while step(app) is not Step.REFLECT:
        assert confirm_one(app)
    history = app.session.game.state.history  # type: ignore[union-attr]
    inject(monkeypatch, FaultyOS(1, FAULTS["ENOSPC"]))
    app.scene.undo()  # type: ignore[attr-defined]
    assert app.session.game.state.history == history and "Niet bewaard" in shown(app)  # type: ignore[union-attr]
    inject(monkeypatch, FaultyOS(2, FAULTS["ENOSPC"], partial=True))
    press(app, pygame.K_F5)  # pauses the timer and keeps the draft: cannot, says so, no crash
    assert "Niet bewaard" in shown(app) and step(app) is Step.REFLECT
    monkeypatch.undo()
    assert read_back(app) == list(history)
    app.quit()
    assert read_back(app) == list(history)


def test_a_second_window_on_the_same_session_can_look_but_not_play(tmp_path: Path) -> None:
    first = new_game(tmp_path)
    for _ in range(7):
        assert confirm_one(first)
    second = start(saves=tmp_path)
    second.step([])
    press(second, pygame.K_RETURN)  # "Verder: ..."
    assert scene_name(second) == "CaseScene"
    text = shown(second)
    assert "open op" in text and f"proces {os.getpid()}" in text
    assert second.session.game.state.history == first.session.game.state.history  # type: ignore[union-attr]
    assert not confirm_one(second, presses=3)
    screenshot(second, "open-elsewhere")
    for _ in range(5):
        assert confirm_one(first)
    assert read_back(first) == list(first.session.game.state.history)  # type: ignore[union-attr]
    assert len(read_back(first)) == 12


def test_a_torn_journal_is_repaired_on_continue_and_the_screen_says_so(tmp_path: Path) -> None:
    app = new_game(tmp_path)
    for _ in range(9):
        assert confirm_one(app)
    path = app.session.path  # type: ignore[union-attr]
    history = app.session.game.state.history  # type: ignore[union-attr]
    app.session.writer.lock.release()  # type: ignore[union-attr]  # power cut: the process is gone
    with path.open("ab") as handle:
        handle.write(b'{"kind": "choice", "choice": {"type": "pl')
    again = start(saves=tmp_path)
    again.step([])
    press(again, pygame.K_RETURN)
    text = shown(again)
    assert "hersteld" in text and "9 stappen staan" in text, text
    screenshot(again, "repaired")
    assert again.session.game.state.history == history  # type: ignore[union-attr]
    assert confirm_one(again) and "hersteld" not in shown(again)
    assert len(list(tmp_path.glob("*.damaged-*"))) == 1


def test_a_broken_index_never_stops_the_reveal(tmp_path: Path) -> None:
    (tmp_path / "index.sqlite").write_bytes(os.urandom(3000))
    app = new_game(tmp_path)
    while step(app) is not Step.REFLECT:
        assert confirm_one(app)
    (tmp_path / "index.sqlite").unlink()
    (tmp_path / "index.sqlite").mkdir()
    app.context.library.close()  # the next start of the game opens the index anew
    while step(app) is not Step.REVEAL:
        assert confirm_one(app)
    assert scene_name(app) == "CaseScene"


def test_the_action_plan_that_cannot_be_saved_says_so_and_is_saved_at_the_next_page_turn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = new_game(tmp_path, cases=3)
    while scene_name(app) == "CaseScene":
        assert confirm_one(app) or scene_name(app) == "EndScene"
    while app.scene.page != 2:  # type: ignore[attr-defined]
        press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_TAB)
    type_text(app, "Samen met de dorpsraad")
    inject(monkeypatch, FaultyOS(1, FAULTS["EROFS"]))
    press(app, pygame.K_ESCAPE)  # leaving the field keeps the plan: cannot, says so
    assert "Niet bewaard" in shown(app) and "alleen-lezen" in shown(app)
    screenshot(app, "plan-not-saved")
    # the words typed before the fault were kept at once, the last one is not
    assert open_session(app.session.path, deck()).journal.plan[0] == "Samen met de "  # type: ignore[union-attr]
    monkeypatch.undo()
    press(app, pygame.K_PAGEDOWN)
    assert open_session(app.session.path, deck()).journal.plan[0] == "Samen met de dorpsraad"  # type: ignore[union-attr]
    assert "Niet bewaard" not in shown(app)
