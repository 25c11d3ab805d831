"""A seeded fuzzer of case files: the built-in cases with bytes flipped, cut, doubled, or hostile pieces put in.

Every mutant goes through `load_deck` as a case file beside the built-in cards, the way `check`, the game's
start, `preview` and `install-pack` read it. Counted: exceptions that escape the loader, answers that are
not located problems, inputs over the deadline (2 s each), the slowest input and the process's peak memory.

    python -m tests.content.case_fuzz 20000        # figures, one per line
    python -m tests.content.case_fuzz 300 --json   # what the test suite runs (KLEINEKERNEN_FUZZ sets the count)

Input number n is always the same bytes (`mutant(n)`), so a reported number reproduces its input.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kleinekernen.content.deck import load_deck
from kleinekernen.content.problems import Problem
from tests.conftest import SCENARIOS
from tests.content.deadline import Hang, deadline

DEADLINE_SECONDS = 2.0
SEEDS = [path.read_bytes() for path in sorted((SCENARIOS / "cases").glob("*.toml"))]
PIECES = [
    *(b"[", b"]", b"{", b"}", b"[[", b"]]", b"=", b",", b".", b"#", b"\n", b"\r", b"\t", b" "),
    *(b'"', b"'", b'"""', b"'''", b"\\", b"\\u0000", b"\\U0010ffff", b"\\ud800", b"\x00", b"\x1b[31m"),
    *(b"\xff", b"\xc3", b"\xef\xbb\xbf", b"\xe2\x80\xae", b"inf", b"-nan", b"1979-05-27T07:32:00+99:00", b"true"),
]
Maker = Callable[[random.Random], bytes]
HOSTILE: list[Maker] = [
    lambda r: b"[" * r.randint(1, 600),
    lambda r: b"{a=" * r.randint(1, 300),
    lambda r: b"[" * r.randint(1, 400) + b"]" * r.randint(1, 400),
    lambda r: b"9" * r.choice([15, 16, 100, 101, 4300, 4301, 5000]),
    lambda r: b"0x" + b"f" * r.randint(1, 3000),
    lambda r: b"-" + b"1_" * r.randint(1, 2500),
    lambda r: b"a." * r.randint(1, 3000),
    lambda r: b'"a".' * r.randint(1, 500),
    lambda r: b" " * r.randint(1, 600) + b"x" + b" " * r.randint(1, 600) + b"!",
    lambda r: b'"' + b"a" * r.randint(1, 6000) + b'"',
    lambda r: b"\\" * r.randint(1, 500),
    lambda r: b'"' * r.randint(1, 50),
    lambda r: b"'" * r.randint(1, 50),
    lambda r: bytes(r.randrange(256) for _ in range(r.randint(1, 40))),
    lambda r: b"\n[" + b"x." * r.randint(1, 50) + b"y]\n",
    lambda r: b"\n[[effects]]\n" * r.randint(1, 200),
    lambda r: (
        b'\nillustration.file = "'
        + r.choice([b"a\\u0000b.png", b"p" * 256 + b".png", b"../x.png", b"/dev/zero", b"a/" * 300, b"fuzz.toml", b"."])
        + b'"\n'
    ),
]


def mutant(number: int) -> bytes:
    """Input `number`: a built-in case with one to four mutations, the same bytes on every run."""
    rng = random.Random(number)
    data = bytearray(rng.choice(SEEDS))
    for _ in range(rng.randint(1, 4)):
        _mutate(rng, data)
    return bytes(data)


def _mutate(rng: random.Random, data: bytearray) -> None:
    at = rng.randint(0, len(data))
    kind = rng.randrange(8)
    if kind == 0 and data:
        data[min(at, len(data) - 1)] ^= 1 << rng.randrange(8)
    elif kind == 1 and data:
        data[min(at, len(data) - 1)] = rng.randrange(256)
    elif kind == 2:
        del data[at:]
    elif kind == 3:
        del data[at : at + rng.randint(1, 200)]
    elif kind == 4:
        span = bytes(data[at : at + rng.randint(1, 2000)])
        data[at:at] = span * rng.randint(1, 100)
    elif kind == 5:
        data[at:at] = rng.choice(PIECES) * rng.randint(1, 3)
    elif kind == 6:
        line_start = data.rfind(b"\n", 0, at) + 1
        data[line_start:line_start] = rng.choice(HOSTILE)(rng)
    else:  # a value replaced: after the '=' of the line at `at` (or of the first line that has one)
        equals = data.find(b"= ", at)
        equals = data.find(b"= ") if equals < 0 else equals
        end = data.find(b"\n", equals)
        if equals >= 0:
            data[equals + 2 : len(data) if end < 0 else end] = rng.choice(HOSTILE)(rng)


def run(count: int, start: int = 0) -> dict[str, object]:
    """Load `count` mutants as case files; the figures of the run, and the first inputs that went wrong."""
    escapes: list[str] = []
    unlocated: list[str] = []
    hangs: list[int] = []
    slowest, slowest_input = 0.0, start
    with tempfile.TemporaryDirectory() as work:
        root = Path(work) / "scenarios"
        for folder in ("moves", "roles", "attitudes"):
            shutil.copytree(SCENARIOS / folder, root / folder)
        (root / "cases").mkdir()
        (Path(work) / "assets").mkdir()
        target = root / "cases" / "fuzz.toml"
        for number in range(start, start + count):
            target.write_bytes(mutant(number))
            began = time.perf_counter()
            try:
                with deadline(DEADLINE_SECONDS):
                    result = load_deck(root, assets=Path(work) / "assets")
            except Hang:
                hangs.append(number)
                continue
            except Exception as error:  # what the fuzzer looks for: anything escaping the loader
                escapes.append(f"{number}: {type(error).__name__}: {str(error)[:200]}")
                continue
            finally:
                elapsed = time.perf_counter() - began
                if elapsed > slowest:
                    slowest, slowest_input = elapsed, number
            mine = [problem for problem in result.problems if problem.file.endswith("fuzz.toml")]
            if not _located(mine) or (bool(mine) == bool(result.deck.cases)):
                unlocated.append(f"{number}: {mine[:2]} cases={list(result.deck.cases)}")
    return {
        "inputs": count,
        "escapes": len(escapes),
        "unlocated": len(unlocated),
        "hangs": len(hangs),
        "slowest_seconds": round(slowest, 4),
        "slowest_input": slowest_input,
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "first_escapes": escapes[:5],
        "first_unlocated": unlocated[:5],
        "first_hangs": hangs[:5],
    }


def _located(problems: list[Problem]) -> bool:
    return all(
        problem.line >= 1 and problem.col >= 1 and problem.field and problem.message and "Traceback" not in str(problem)
        for problem in problems
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Fuzz the case loader with mutated built-in cases.")
    parser.add_argument("count", type=int, nargs="?", default=20_000)
    parser.add_argument("--start", type=int, default=0, help="the first input's number")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    figures = run(args.count, args.start)
    if args.json:
        print(json.dumps(figures))
    else:
        for name, value in figures.items():
            print(f"{name}: {value}")
    return 0 if figures["escapes"] == figures["unlocated"] == figures["hangs"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
