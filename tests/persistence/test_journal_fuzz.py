"""Journal fuzzing: any bytes, and valid journals damaged in every way hypothesis finds, give a session or a
clear JournalError when read, replayed and opened to play on (repaired); never another exception, each in
well under 2 s. KLEINEKERNEN_FUZZ sets the number of inputs (300 by default; 20,000 for the report)."""

from __future__ import annotations

import json
import os
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kleinekernen.persistence.journal import KINDS, MAX_JOURNAL_BYTES, JournalError
from kleinekernen.persistence.lock import SessionBusy
from kleinekernen.persistence.sessions import open_for_writing, open_session
from tests.engine.helpers import deck
from tests.persistence.helpers import play_and_save

INPUTS = int(os.environ.get("KLEINEKERNEN_FUZZ", "300"))
LIMIT_SECONDS = 2.0
SEEN = {"session": 0, "error": 0, "slowest": 0.0, "traced_mb": 0.0}
TRACE_EVERY = 20
"""One input in so many runs under tracemalloc, for the memory one input takes (it slows them down)."""


def a_valid_journal() -> bytes:
    with tempfile.TemporaryDirectory() as name:
        path, _ = play_and_save(Path(name), seed=8, cases=3, steps=25)
        return path.read_bytes()


VALID = a_valid_journal()
LINES = VALID.split(b"\n")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {"kind": st.sampled_from([*KINDS, "header", "stemming", ""])},
    optional={"choice": json_values, "index": json_values, "text": json_values, "note": json_values},
).map(lambda record: json.dumps(record).encode())


@st.composite
def damaged_journals(draw: st.DrawFn) -> bytes:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["flip", "cut", "insert", "record", "drop", "repeat", "huge"]))
        line = lines[where]
        if how == "flip" and line:
            at = draw(st.integers(0, len(line) - 1))
            lines[where] = line[:at] + bytes([draw(st.integers(0, 255))]) + line[at + 1 :]
        elif how == "cut":
            lines[where] = line[: draw(st.integers(0, len(line)))]
        elif how == "insert":
            lines.insert(where, draw(st.binary(max_size=60)))
        elif how == "record":
            lines.insert(where, draw(records))
        elif how == "drop" and len(lines) > 1:
            del lines[where]
        elif how == "repeat":
            lines.insert(where, line)
        elif how == "huge":
            lines[where] = line.replace(b'"seed":8', b'"seed":' + b"9" * draw(st.integers(10, 6000)))
    raw = b"\n".join(lines)
    return raw[: draw(st.integers(0, len(raw)))] if draw(st.booleans()) else raw


def survives(raw: bytes) -> None:
    """Read, replay and open to play on: a session or a JournalError, nothing else, quickly."""
    traced = (SEEN["session"] + SEEN["error"]) % TRACE_EVERY == 0
    if traced:
        tracemalloc.start()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "fuzz.jsonl"
        path.write_bytes(raw)
        try:
            looked = open_session(path, deck())
            resumed = open_for_writing(path, deck())
        except JournalError as error:
            assert "fuzz.jsonl" in str(error)
            SEEN["error"] += 1
        except SessionBusy as error:  # pragma: no cover - nobody else holds it
            raise AssertionError(error) from None
        else:
            assert resumed.writer is not None
            resumed.writer.close()
            again = open_session(path, deck())
            assert again.game.state == resumed.opened.game.state == looked.game.state
            assert path.read_bytes().endswith(b"\n")
            SEEN["session"] += 1
    seconds = time.perf_counter() - started
    if traced:
        SEEN["traced_mb"] = max(SEEN["traced_mb"], tracemalloc.get_traced_memory()[1] / 2**20)
        tracemalloc.stop()
    else:
        SEEN["slowest"] = max(SEEN["slowest"], seconds)
    assert seconds < LIMIT_SECONDS


@settings(max_examples=INPUTS // 2, database=None)
@given(raw=st.binary(max_size=3000) | st.binary(max_size=200).map(lambda tail: LINES[0] + b"\n" + tail))
def test_any_bytes_give_a_session_or_a_clear_error(raw: bytes) -> None:
    survives(raw)


@settings(max_examples=INPUTS - INPUTS // 2, database=None)
@given(raw=damaged_journals())
def test_damaged_journals_give_a_session_or_a_clear_error_and_open_repaired(raw: bytes) -> None:
    survives(raw)


def test_fuzz_figures() -> None:
    """Runs after the two above (file order): what was seen, the most memory one input took (tracemalloc),
    and the process's peak (all of it when this file runs alone, hypothesis's own bookkeeping included)."""
    if SEEN["session"] + SEEN["error"] == 0:  # run on its own: one sound and one broken journal first
        survives(VALID)
        survives(b"\xff not a journal\n")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"journal fuzz: {SEEN['session'] + SEEN['error']} inputs, {SEEN['session']} sessions, "
        f"{SEEN['error']} clear errors, slowest {SEEN['slowest'] * 1000:.0f} ms, "
        f"most memory for one input {SEEN['traced_mb']:.1f} MB, process peak {peak_mb:.0f} MB"
    )
    assert SEEN["session"] > 0 and SEEN["error"] > 0
    assert SEEN["traced_mb"] < 200


@pytest.mark.parametrize(
    "line", [b'{"kind":"undo"}\n', b"{}\n", b'{"kind":"draft","note":"","timer":1}\n', b"\n", b"9" * 60000 + b"\n"]
)
def test_a_journal_of_the_largest_size_in_small_lines_is_read_in_bounded_time_and_memory(
    tmp_path: Path, line: bytes
) -> None:
    path = tmp_path / "groot.jsonl"
    room = MAX_JOURNAL_BYTES - len(VALID)
    path.write_bytes(VALID + line * (room // len(line)))
    started = time.perf_counter()
    try:
        resumed = open_for_writing(path, deck())
    except JournalError as error:  # a header-only damage is all an error can be here
        raise AssertionError(error) from None
    seconds = time.perf_counter() - started
    assert resumed.writer is not None and resumed.opened.notices  # the unread rest is reported, and kept aside
    resumed.writer.close()
    assert seconds < LIMIT_SECONDS
    path.write_bytes(VALID + line * (room // len(line)))
    tracemalloc.start()
    open_session(path, deck())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 200 * 1024 * 1024
