"""`kleinekernen bench`: the project's speed figures, one per line with its unit.

Figures, not tests: nothing here fails on a slow machine.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from . import paths
from .analysis.balance import balance_deck
from .analysis.strategies import Matrix
from .analysis.study import tally_sessions
from .analysis.study_report import study
from .content.deck import Deck, load_deck
from .content.models import CORNERS
from .engine.choices import Place
from .engine.game import Game
from .engine.policies import play_out, random_policy
from .engine.resolve import resolve
from .engine.setup import Player, Setup
from .engine.state import Meters


def best_of(repeats: int, work: Callable[[], object]) -> float:
    """The fastest of `repeats` runs, in seconds: the least disturbed by the rest of the machine."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def make_big_deck(folder: Path, count: int) -> Path:
    """A scenarios folder with the built-in cards and `count` case files copied from the built-in ones."""
    root = folder / "scenarios"
    source = paths.scenarios()
    for name in ("moves", "roles", "attitudes"):
        shutil.copytree(source / name, root / name)
    cases = sorted((source / "cases").rglob("*.toml"))
    target = root / "cases"
    target.mkdir(parents=True)
    for n in range(count):
        text = cases[n % len(cases)].read_text(encoding="utf-8")
        text = "\n".join(line for line in text.split("\n") if not line.startswith("id = "))
        (target / f"case-{n:05d}.toml").write_text(text, encoding="utf-8")
    return root


def run_bench(*, quick: bool = False) -> int:
    """Every figure, with saves/ pointed at a temporary folder the whole time (and for every process started):
    a benchmark's sessions never land in the group's saves/ nor count in its comparisons."""
    previous = os.environ.get("KLEINEKERNEN_SAVES")
    with tempfile.TemporaryDirectory(prefix="kleinekernen-bench-") as saves:
        os.environ["KLEINEKERNEN_SAVES"] = saves
        try:
            return _run_bench(quick=quick)
        finally:
            if previous is None:
                os.environ.pop("KLEINEKERNEN_SAVES", None)
            else:
                os.environ["KLEINEKERNEN_SAVES"] = previous


def _run_bench(*, quick: bool) -> int:
    repeats = 3 if quick else 7
    assets = paths.assets()
    builtin = load_deck(paths.scenarios(), assets=assets)
    seconds = best_of(repeats, lambda: load_deck(paths.scenarios(), assets=assets))
    print(f"deck_load_builtin: {seconds * 1000:.1f} ms ({len(builtin.deck.cases)} cases, {len(builtin.files)} files)")
    with tempfile.TemporaryDirectory() as folder:
        root = make_big_deck(Path(folder), 1000)
        seconds = best_of(max(1, repeats // 3), lambda: load_deck(root, assets=assets))
        print(f"deck_load_1000_cases: {seconds * 1000:.0f} ms")
    bench_engine(builtin.deck, quick=quick)
    from .persistence.bench import run_storage_bench

    run_storage_bench(builtin.deck, quick=quick)
    from .ui.bench import run_screen_bench

    run_screen_bench(quick=quick)
    from .room.bench import run_room_bench
    from .ui.roombench import run_room_frame_bench

    run_room_bench(quick=quick)
    run_room_frame_bench()
    return 0


def bench_engine(deck: Deck, *, quick: bool) -> None:
    case = deck.cases[next(iter(deck.cases))]
    roles = tuple((corner, deck.roles_of(corner)[0].id) for corner in CORNERS)
    moves = tuple((corner, deck.moves_of(corner)[0].id) for corner in CORNERS)
    placement = Place(case.owner, case.needs_other)
    count = 2000 if quick else 20000

    def resolutions() -> None:
        for _ in range(count):
            resolve(deck, case, placement, roles, moves, meters=Meters(), webs=(), webs_spun=0, previous=None)

    seconds = best_of(3, resolutions)
    print(f"case_resolutions: {count / seconds:,.0f} per s")

    sessions = 1000 if quick else 10000
    workers = max(1, min(2, os.cpu_count() or 1))
    start = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(workers, initializer=_init_worker) as pool:
        played = sum(pool.map(_play_sessions, [range(n, sessions, workers) for n in range(workers)]))
    seconds = time.perf_counter() - start
    print(f"simulated_5_case_sessions_{played}: {seconds:.2f} s ({workers} processes, {played / seconds:,.0f} per s)")

    single = 300 if quick else 2000
    seconds = best_of(1, lambda: _play_range(deck, range(single)))
    print(f"simulated_5_case_sessions_single_process: {single / seconds:,.0f} per s")

    seconds = best_of(1 if quick else 3, lambda: balance_deck(deck))
    print(f"balance_builtin_deck: {seconds:.2f} s ({len(deck.cases)} cases)")
    bench_strategies(deck, quick=quick)
    if not quick:
        with tempfile.TemporaryDirectory() as folder:
            big = load_deck(make_big_deck(Path(folder), 100), assets=paths.assets()).deck
            seconds = best_of(1, lambda: balance_deck(big))
            print(f"balance_100_case_pack: {seconds:.2f} s ({len(big.cases)} cases)")


def bench_strategies(deck: Deck, *, quick: bool) -> None:
    """`balance --strategies` of the built-in deck, and one process playing random five-case sessions."""
    sessions = 200 if quick else 2000
    start_cpu, start = time.process_time(), time.perf_counter()
    result = study(deck, None, list(deck.cases), sessions=sessions, seed=0)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - start_cpu
    names = len(result.tallies)
    print(
        f"balance_strategies_builtin: {seconds:.1f} s ({sessions} sessions x {names} strategies, "
        f"{cpu:.1f} s CPU in the main process)"
    )
    cases = list(deck.cases)
    count = 300 if quick else 3000
    seconds = best_of(1, lambda: tally_sessions(deck, "random", range(count), Matrix({}, {}), cases, 0))
    print(f"engine_random_5_case_sessions_one_process: {count / seconds:,.0f} per s")
    seconds = best_of(1, lambda: tally_sessions(deck, "best", range(count // 10), Matrix({}, {}), cases, 0))
    print(f"engine_best_play_5_case_sessions_one_process: {count // 10 / seconds:,.0f} per s")


_WORKER_DECK: list[Deck] = []


def _init_worker() -> None:
    _WORKER_DECK.append(load_deck(paths.scenarios(), assets=paths.assets()).deck)


def _play_sessions(seeds: range) -> int:
    return _play_range(_WORKER_DECK[0], seeds)


def _play_range(deck: Deck, seeds: range) -> int:
    players = tuple(Player(corner, corner) for corner in CORNERS)
    for seed in seeds:
        play_out(Game(deck, Setup(seed=seed, players=players, case_count=5)), random_policy(seed))
    return len(seeds)
