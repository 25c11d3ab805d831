"""The journal keeps every confirmed step; a session comes back exactly where it stopped."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kleinekernen.engine.choices import Continue
from kleinekernen.engine.state import Step
from kleinekernen.persistence.journal import JournalError, JournalWriter, read_journal
from kleinekernen.persistence.sessions import delete_session, list_sessions, open_session
from tests.engine.helpers import deck
from tests.persistence.helpers import play_and_save


def test_a_saved_session_replays_to_the_same_state(tmp_path: Path) -> None:
    path, game = play_and_save(tmp_path, seed=5, cases=4)
    opened = open_session(path, deck())
    assert opened.game.state == game.state
    assert opened.notices == []
    assert path.read_text(encoding="utf-8").count("\n") == len(game.state.history) + 1


def test_a_half_session_resumes_on_the_exact_step(tmp_path: Path) -> None:
    path, game = play_and_save(tmp_path, seed=8, cases=5, steps=17)
    opened = open_session(path, deck())
    assert opened.game.state == game.state
    assert opened.game.state.history == game.state.history


def test_notes_plan_timer_and_undo_are_kept(tmp_path: Path) -> None:
    path, game = play_and_save(tmp_path, seed=3, cases=3, steps=8)
    writer = JournalWriter(path)
    while game.step is not Step.REFLECT:
        game.apply(Continue())
        writer.choice(Continue())
    writer.draft("half a thought", 123.0)
    writer.plan(0, "Omdat wij het willen")
    writer.plan(0, "Omdat wij het zelf willen")
    opened = open_session(path, deck())
    assert opened.game.step is Step.REFLECT
    assert opened.journal.draft is not None and opened.journal.draft.note == "half a thought"
    assert opened.journal.draft.timer == 123.0
    assert opened.journal.plan == ["Omdat wij het zelf willen", "", ""]
    writer.undo()
    assert len(open_session(path, deck()).game.state.history) == len(game.state.history) - 1


def test_a_torn_last_line_is_dropped_with_a_notice_and_the_rest_stands(tmp_path: Path) -> None:
    path, game = play_and_save(tmp_path, seed=2, steps=12)
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"kind": "choice", "choice": {"type": "mo')
    opened = open_session(path, deck())
    assert opened.game.state == game.state
    assert any("half geschreven" in notice for notice in opened.notices)


def test_a_journal_of_the_previous_format_is_read_through_its_migration(tmp_path: Path) -> None:
    path = tmp_path / "oud.jsonl"
    header = {
        "version": 1,
        "created": "2025-03-01T19:30:00+00:00",
        "seed": 4,
        "village": "Eext",
        "players": [{"name": "Dorpsraad", "corner": "burgers"}],
        "case_count": 3,
    }
    steps = [
        {"step": 1, "type": "continue", "note": ""},
        {"step": 2, "type": "place", "owner": "burgers", "needs_other": True},
    ]
    path.write_text("\n".join(json.dumps(line) for line in [header, *steps]) + "\n", encoding="utf-8")
    opened = open_session(path, deck())
    assert opened.journal.header.format == 2 and opened.journal.header.village == "Eext"
    assert opened.game.step is Step.MOVES or opened.game.step is Step.ROLES
    assert len(opened.game.state.history) == 2


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"\n", "not a header"),
        (b"not json at all\n", "not a header"),
        (b'{"format": 99, "seed": 1}\n', "format 99"),
        (b'{"format": 2, "kind": "header"}\n', "not a valid header"),
        (b"\xff\xfe\x00garbage\n", "not a header"),
        (b'{"format": 2' + b" " * 70000 + b"}\n", "not a header"),
        (b"[1, 2, 3]\n", "not a header"),
    ],
)
def test_broken_journals_get_a_clear_error(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "kapot.jsonl"
    path.write_bytes(content)
    with pytest.raises(JournalError, match=words):
        read_journal(path, "en")


def test_a_huge_file_or_a_link_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "groot.jsonl"
    with big.open("wb") as handle:
        handle.truncate(9 * 1024 * 1024)
    with pytest.raises(JournalError, match="9437184 bytes; een sessie is hoogstens 8388608 bytes"):
        read_journal(big)
    with pytest.raises(JournalError, match="9437184 bytes; a session holds at most 8388608 bytes"):
        read_journal(big, "en")
    fifo = tmp_path / "pijp.jsonl"
    os.mkfifo(fifo)
    with pytest.raises(JournalError, match=r"pijp\.jsonl: is geen gewoon bestand"):
        read_journal(fifo)
    target, _ = play_and_save(tmp_path / "elders", seed=1, steps=3)
    link = tmp_path / "link.jsonl"
    os.symlink(target, link)
    with pytest.raises(JournalError, match="link"):
        read_journal(link)


def test_the_list_shows_good_sessions_and_skips_bad_ones_with_a_notice(tmp_path: Path) -> None:
    play_and_save(tmp_path, seed=1)
    play_and_save(tmp_path, seed=2, steps=9)
    (tmp_path / "rommel.jsonl").write_bytes(b"\x00\x01")
    (tmp_path / "leeg.jsonl").write_text("")
    infos, notices = list_sessions(tmp_path, deck())
    assert len(infos) == 2 and len(notices) == 2
    assert {info.finished for info in infos} == {True, False}
    assert all(info.village == "Oosterwolde" for info in infos)


def test_delete_only_touches_sessions_in_the_folder(tmp_path: Path) -> None:
    path, _ = play_and_save(tmp_path / "saves")
    outside = tmp_path / "elders.jsonl"
    outside.write_text("x")
    with pytest.raises(JournalError):
        delete_session(tmp_path / "saves", outside)
    with pytest.raises(JournalError):
        delete_session(tmp_path / "saves", tmp_path / "saves" / ".." / "elders.jsonl")
    assert outside.exists()
    delete_session(tmp_path / "saves", path)
    assert not path.exists()


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=st.binary(max_size=200), where=st.integers(min_value=0, max_value=4000))
def test_any_damage_gives_a_session_or_a_clear_error(tmp_path: Path, damage: bytes, where: int) -> None:
    folder = tmp_path / f"d{abs(hash((damage, where)))}"
    path, _ = play_and_save(folder, seed=6, steps=10)
    raw = path.read_bytes()
    cut = min(where, len(raw))
    path.write_bytes(raw[:cut] + damage)
    try:
        opened = open_session(path, deck())
    except JournalError as error:
        assert path.name in str(error)
    else:
        assert len(opened.game.state.history) <= 10
