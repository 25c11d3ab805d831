"""A journal that repairs itself, and says so: whatever damage, the good part stands, the rest is kept aside,
and new steps are never written after a line that cannot be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kleinekernen.cli import main
from kleinekernen.engine.choices import choice_to_dict
from kleinekernen.engine.game import Game
from kleinekernen.engine.policies import random_policy
from kleinekernen.engine.state import Step
from kleinekernen.persistence.journal import ChoiceRecord, JournalError, read_journal
from kleinekernen.persistence.lock import SessionLock
from kleinekernen.persistence.sessions import Resumed, list_sessions, open_for_writing, open_session
from tests.engine.helpers import deck
from tests.persistence.helpers import play_and_save


def resume_and_play(path: Path, steps: int, seed: int = 99) -> tuple[Resumed, Game]:
    """Open to play on (as the screen's 'Verder' does) and confirm `steps` more choices."""
    resumed = open_for_writing(path, deck())
    assert resumed.writer is not None, resumed.problem
    game = resumed.opened.game
    policy = random_policy(seed)
    for _ in range(steps):
        if game.step is Step.END:
            break
        choice = policy(game)
        game.apply(choice)
        resumed.writer.choice(choice)
    resumed.writer.close()
    return resumed, game


def side_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.damaged-*"))


def test_a_line_torn_at_any_byte_is_cut_off_kept_aside_and_every_later_step_is_read_back(tmp_path: Path) -> None:
    path, game = play_and_save(tmp_path, seed=2, cases=4, steps=12)
    good = path.read_bytes()
    record = ChoiceRecord(choice=choice_to_dict(random_policy(7)(game))).model_dump_json().encode()
    for cut in range(1, len(record) + 1):
        path.write_bytes(good + record[:cut])
        for side in side_files(path):
            side.unlink()
        resumed, played = resume_and_play(path, 6, seed=cut)
        again = open_session(path, deck())
        assert again.game.state == played.state, cut
        assert again.notices == [] and path.read_bytes().endswith(b"\n")
        if cut < len(record):  # the torn record is not a record: out, and kept beside the journal
            assert len(played.state.history) == len(game.state.history) + 6
            assert [side.read_bytes() for side in side_files(path)] == [record[:cut]]
            assert any("bewaard in" in notice for notice in resumed.opened.notices)
        else:  # the whole record arrived, only its newline did not: nothing was lost
            assert side_files(path) == []
            assert len(played.state.history) == len(game.state.history) + 7


def test_a_damaged_middle_line_keeps_what_came_before_and_new_steps_are_never_lost(tmp_path: Path) -> None:
    path, game = play_and_save(tmp_path, seed=3, cases=3, steps=20)
    lines = path.read_bytes().split(b"\n")
    lines[6] = lines[6][:10] + b"\xff\x00 rommel" + lines[6][10:]
    damaged = b"\n".join(lines)
    path.write_bytes(damaged)
    opened = open_session(path, deck())
    assert len(opened.journal.choices) == 5
    assert any("regel 7 is beschadigd" in notice for notice in opened.notices)
    resumed, played = resume_and_play(path, 10)
    assert [side.read_bytes() for side in side_files(path)] == [b"\n".join(lines[6:])]
    assert any("5 stappen staan" in notice and "regel 7" in notice for notice in resumed.opened.notices)
    assert played.state.history[:5] == game.state.history[:5] and len(played.state.history) == 15
    assert open_session(path, deck()).game.state == played.state


def test_a_record_of_a_newer_version_stops_the_replay_there_with_a_message(tmp_path: Path) -> None:
    path, game = play_and_save(tmp_path, seed=4, cases=3, steps=12)
    lines = path.read_bytes().split(b"\n")
    lines.insert(9, json.dumps({"kind": "stemming", "who": "burgers"}).encode())
    path.write_bytes(b"\n".join(lines))
    opened = open_session(path, deck())
    assert len(opened.journal.choices) == 8
    assert any("nieuwere versie" in notice and "stemming" in notice for notice in opened.notices)
    _resumed, played = resume_and_play(path, 4)
    assert side_files(path)[0].read_bytes().startswith(b'{"kind": "stemming"')
    assert open_session(path, deck()).game.state == played.state
    assert played.state.history[:8] == game.state.history[:8]


def test_a_choice_the_deck_no_longer_allows_stops_at_that_step_and_is_cut_there(tmp_path: Path) -> None:
    path, _game = play_and_save(tmp_path, seed=5, cases=3, steps=14)
    lines = path.read_bytes().split(b"\n")
    number = next(n for n, line in enumerate(lines) if b'"type":"move"' in line)
    record = json.loads(lines[number])
    record["choice"]["move"] = "een-kaart-die-er-niet-meer-is"
    lines[number] = json.dumps(record).encode()
    path.write_bytes(b"\n".join(lines))
    opened = open_session(path, deck())
    assert any(f"stap {number} past niet meer" in notice for notice in opened.notices)
    assert len(opened.game.state.history) == number - 1
    _resumed, played = resume_and_play(path, 5)
    assert side_files(path)[0].read_bytes().startswith(lines[number])
    again = open_session(path, deck())
    assert again.notices == [] and again.game.state == played.state
    assert len(played.state.history) == number - 1 + 5


def header_with_seed(digits: str) -> bytes:
    header = {
        "kind": "header",
        "format": 2,
        "created": "2026-01-01T10:00:00+00:00",
        "seed": 0,
        "deck": "",
        "players": [{"name": "Dorpsraad", "corner": "burgers"}],
        "case_count": 3,
    }
    return json.dumps(header).encode().replace(b'"seed": 0', b'"seed": ' + digits.encode()) + b"\n"


@pytest.mark.parametrize("digits", ["9" * 5000, "9" * 4000, "-" + "9" * 30])
def test_a_header_with_a_huge_seed_is_a_clear_error_not_a_crash_at_every_start(tmp_path: Path, digits: str) -> None:
    play_and_save(tmp_path, seed=1, steps=4)
    path = tmp_path / "sessie-zzz-reus.jsonl"
    path.write_bytes(header_with_seed(digits))
    with pytest.raises(JournalError, match="header"):
        read_journal(path, "en")
    with pytest.raises(JournalError, match="regel 1 is geen"):
        read_journal(path)
    infos, notices = list_sessions(tmp_path, deck())
    assert len(infos) == 1 and len(notices) == 1 and path.name in notices[0]
    with pytest.raises(JournalError):
        open_for_writing(path, deck())
    SessionLock.acquire(path).release()  # the failed open let go of its lock


def test_a_clean_journal_is_left_as_it_is(tmp_path: Path) -> None:
    path, _ = play_and_save(tmp_path, seed=6, steps=9)
    before = path.read_bytes()
    resumed = open_for_writing(path, deck())
    assert resumed.writer is not None and resumed.opened.notices == [] and resumed.problem == ""
    resumed.writer.close()
    assert path.read_bytes() == before and side_files(path) == []


@pytest.mark.parametrize("command", ["export", "report"])
def test_a_save_with_a_huge_seed_is_refused_by_export_and_report_with_a_message(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "reus.jsonl"
    path.write_bytes(header_with_seed("9" * 5000))
    assert main([command, str(path), "-o", str(tmp_path / "uit")]) == 2
    assert "reus.jsonl" in capsys.readouterr().err


def test_a_repair_killed_half_way_leaves_a_temporary_file_that_the_next_open_removes(tmp_path: Path) -> None:
    path, game = play_and_save(tmp_path, seed=7, steps=8)
    leftover = tmp_path / f".{path.name}.tmp-abc123"
    leftover.write_bytes(b"half a copy")
    other = tmp_path / ".ander.jsonl.tmp-def456"
    other.write_bytes(b"someone else's")
    resumed = open_for_writing(path, deck())
    assert resumed.writer is not None
    resumed.writer.close()
    assert not leftover.exists() and other.exists()  # only the leftovers of this journal, under its lock
    assert open_session(path, deck()).game.state == game.state
