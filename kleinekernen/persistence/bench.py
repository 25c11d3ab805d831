"""Storage figures for `kleinekernen bench`: journal appends, resuming, and the summary of many sessions."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from ..content.deck import Deck
from ..content.models import CORNERS
from ..engine.choices import choice_to_dict
from ..engine.game import Game
from ..engine.policies import play_out, random_policy
from ..engine.setup import Player, Setup
from .index import ChoiceIndex
from .journal import ChoiceRecord, Header, JournalWriter
from .reports import write_session_reports
from .sessions import open_session


def _setup(seed: int, cases: int) -> Setup:
    return Setup(seed=seed, players=tuple(Player(c, c) for c in CORNERS), case_count=cases)


def _write_fast(folder: Path, deck: Deck, seed: int, cases: int) -> Path:
    """A finished session's journal written in one go (no fsync per line): for making test data only."""
    game = play_out(Game(deck, _setup(seed, cases)), random_policy(seed))
    header = Header.of(game.setup, deck.identity(), "nl")
    lines = [header.model_dump_json()]
    lines += [ChoiceRecord(choice=choice_to_dict(choice)).model_dump_json() for choice in game.state.history]
    path = folder / f"sessie-bench-{seed:06d}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_storage_bench(deck: Deck, *, quick: bool = False) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        game = Game(deck, _setup(1, 5))
        writer = JournalWriter.create(folder, Header.of(game.setup, deck.identity(), "nl"))
        policy = random_policy(1)
        latencies: list[float] = []
        for _ in range(60 if quick else 200):
            if game.state.step.value == "end":
                game = Game(deck, _setup(len(latencies), 5))
            choice = policy(game)
            game.apply(choice)
            start = time.perf_counter()
            writer.choice(choice)
            latencies.append(time.perf_counter() - start)
        writer.close()
        print(
            f"journal_append_fsync: {statistics.median(latencies) * 1000:.2f} ms median, "
            f"{sorted(latencies)[int(len(latencies) * 0.95)] * 1000:.2f} ms p95 per confirmed step"
        )
        long = _write_fast(folder, deck, 7, min(20, len(deck.cases)))
        times = []
        for _ in range(5):
            start = time.perf_counter()
            open_session(long, deck)
            times.append(time.perf_counter() - start)
        print(f"resume_20_case_session: {min(times) * 1000:.1f} ms")
        finished = play_out(Game(deck, _setup(3, 5)), random_policy(3))
        times = []
        for _ in range(2 if quick else 5):
            start = time.perf_counter()
            write_session_reports(finished, ["a", "b", "c"], "2026-05-01T19:30", "nl", folder / "reports")
            times.append(time.perf_counter() - start)
        print(f"report_html_and_pdf_5_cases: {min(times) * 1000:.0f} ms from the live game to both files on disk")
    count = 1000 if quick else 10000
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for seed in range(count):
            _write_fast(folder, deck, seed, 5)
        index = ChoiceIndex(folder)
        start = time.perf_counter()
        index.refresh(deck)
        built = time.perf_counter() - start
        case_id = next(iter(deck.cases))
        start = time.perf_counter()
        index.refresh(deck)
        shares = index.shares(case_id)
        summary = time.perf_counter() - start
        index.close()
        print(
            f"summary_over_{count}_sessions: {summary * 1000:.0f} ms with the index "
            f"({shares.sessions} sessions had the case; building the index from scratch: {built:.1f} s)"
        )
