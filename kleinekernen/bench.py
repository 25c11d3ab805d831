"""`kleinekernen bench`: the project's speed figures, one per line with its unit.

Figures, not tests: nothing here fails on a slow machine.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from . import paths
from .content.deck import load_deck


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
    repeats = 3 if quick else 7
    assets = paths.assets()
    builtin = load_deck(paths.scenarios(), assets=assets)
    seconds = best_of(repeats, lambda: load_deck(paths.scenarios(), assets=assets))
    print(f"deck_load_builtin: {seconds * 1000:.1f} ms ({len(builtin.deck.cases)} cases, {len(builtin.files)} files)")
    with tempfile.TemporaryDirectory() as folder:
        root = make_big_deck(Path(folder), 1000)
        seconds = best_of(max(1, repeats // 3), lambda: load_deck(root, assets=assets))
        print(f"deck_load_1000_cases: {seconds * 1000:.0f} ms")
    return 0
