"""`balance --strategies`: named strategies over seeded five-case sessions, and the deck's measures.

Sessions run in worker processes (the figures do not depend on how many); every figure follows from the
deck, the seed and the session count.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from .. import paths
from ..content.deck import Deck, case_files
from ..content.deck import load_deck as load_files
from ..content.models import CORNERS, METERS, Corner, MoveKind, Quadrant
from ..engine import Continue, Game, Player, Setup, Step, load_deck
from ..engine.errors import EngineError
from ..engine.texts import both
from .strategies import Matrix, Strategy, best_strategy, matrix_strategy, random_strategy, worst_strategy

SESSION_CASES = 5
"""Cases per session (fewer when a pack has fewer)."""
ALL_CORNERS = tuple(Player(corner, corner) for corner in CORNERS)
VILLAGE_ONLY = (Player("burgers", "burgers"),)
STRATEGIES = (
    "random",
    "best",
    "matrix",
    "same-role",
    "friendliest",
    "letting-go",
    "courage",
    "dorpsraad-best",
    "dorpsraad-worst",
)


@dataclass
class Tally:
    """Outcomes of one strategy: overall, per case, and the meters at each session's end."""

    cases: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    per_case: dict[str, Counter[str]] = field(default_factory=dict)
    end_meters: Counter[str] = field(default_factory=Counter)
    sessions: int = 0
    plays: list[tuple[str, tuple[str, bool], tuple[tuple[Corner, str], ...], tuple[tuple[Corner, str], ...]]] = field(
        default_factory=list
    )
    """A sample of case plays (case, placement, roles, moves), for the meters test."""

    def add(self, other: Tally) -> None:
        self.cases += other.cases
        self.sessions += other.sessions
        self.outcomes.update(other.outcomes)
        self.end_meters.update(other.end_meters)
        for case_id, counts in other.per_case.items():
            self.per_case.setdefault(case_id, Counter()).update(counts)
        self.plays.extend(other.plays)

    def share(self, outcome: str, case_id: str | None = None) -> float:
        counts = self.outcomes if case_id is None else self.per_case.get(case_id, Counter())
        total = sum(counts.values())
        return counts[outcome] / total if total else 0.0


def make_strategy(name: str, seed: int, matrix: Matrix) -> Strategy:
    if name == "random":
        return random_strategy(seed)
    if name in ("best", "dorpsraad-best"):
        return best_strategy(seed)
    if name == "dorpsraad-worst":
        return worst_strategy(seed)
    rules = {
        "matrix": ("matrix", "matrix"),
        "same-role": ("same", "matrix"),
        "friendliest": ("matrix", "friendliest"),
        "letting-go": ("matrix", "let_go"),
        "courage": ("matrix", "courage"),
    }
    if name not in rules:
        raise EngineError(*both("analysis.unknown_strategy", strategy=repr(name), known=", ".join(STRATEGIES)))
    role_rule, move_rule = rules[name]
    return matrix_strategy(matrix, role_rule=role_rule, move_rule=move_rule)


def play_session(deck: Deck, name: str, seed: int, matrix: Matrix, cases: Sequence[str], count: int = 5) -> Game:
    players = VILLAGE_ONLY if name.startswith("dorpsraad") else ALL_CORNERS
    game = Game(deck, Setup(seed=seed, players=players, case_count=count, cases=tuple(cases)))
    strategy = make_strategy(name, seed, matrix)
    while game.step is not Step.END:
        game.apply(strategy(game))
    return game


def tally_sessions(deck: Deck, name: str, seeds: range, matrix: Matrix, cases: Sequence[str], keep: int) -> Tally:
    tally = Tally()
    for seed in seeds:
        game = play_session(deck, name, seed, matrix, cases, min(SESSION_CASES, len(cases)))
        tally.sessions += 1
        for result in game.results:
            tally.cases += 1
            tally.outcomes[result.outcome] += 1
            tally.per_case.setdefault(result.case_id, Counter())[result.outcome] += 1
            if len(tally.plays) < keep:
                placement = (result.placement.owner, result.placement.needs_other)
                tally.plays.append((result.case_id, placement, result.roles, result.moves))
        for meter, value in game.state.meters.as_dict().items():
            tally.end_meters[meter] += value
    return tally


# --- tuning the matrix-only table on the deck itself ---------------------------------------------------------


def case_games(deck: Deck, cases: Sequence[str], samples: int, seed: int) -> dict[str, list[Game]]:
    """Per case, games standing at its placement with `samples` different hands."""
    found: dict[str, list[Game]] = {}
    for case_id in cases:
        games = []
        for n in range(samples):
            game = Game(deck, Setup(seed=seed * 7919 + n, players=ALL_CORNERS, case_count=1, cases=(case_id,)))
            game.apply(Continue())
            games.append(game)
        found[case_id] = games
    return found


def bloom_rate(games: dict[str, list[Game]], strategy: Strategy) -> float:
    blooms = total = 0
    for group in games.values():
        for game in group:
            trial = game.clone()
            while trial.pending is None:
                trial.apply(strategy(trial))
            blooms += trial.pending.outcome == "bloeit"
            total += 1
    return blooms / total if total else 0.0


def tune_matrix(deck: Deck, cases: Sequence[str], seed: int = 0, samples: int = 8) -> Matrix:
    """The best table of one role and one move kind per corner per quadrant (coordinate search on the deck)."""
    games = case_games(deck, cases, samples, seed)
    quadrants: tuple[Quadrant, ...] = (
        "burgers_alone",
        "burgers_with_overheid",
        "overheid_with_burgers",
        "overheid_alone",
    )
    roles: dict[Quadrant, dict[Corner, str]] = {}
    kinds: dict[Quadrant, dict[Corner, tuple[MoveKind, ...]]] = {}
    corner_kinds = {corner: list(dict.fromkeys(move.kind for move in deck.moves_of(corner))) for corner in CORNERS}
    for quadrant in quadrants:
        roles[quadrant] = {corner: deck.roles_of(corner)[0].id for corner in CORNERS}
        kinds[quadrant] = {corner: (corner_kinds[corner][0],) for corner in CORNERS}
        mine = {case_id: group for case_id, group in games.items() if deck.cases[case_id].quadrant == quadrant}
        if not mine:
            continue
        matrix = Matrix(roles, kinds)

        def rate(mine: dict[str, list[Game]] = mine, matrix: Matrix = matrix) -> float:
            return bloom_rate(mine, matrix_strategy(matrix))

        held = rate()
        for _ in range(2):
            for corner in CORNERS:
                held = _tune(roles[quadrant], corner, [r.id for r in deck.roles_of(corner)], rate, held)
                held = _tune_kinds(kinds[quadrant], corner, corner_kinds[corner], rate, held)
    matrix = Matrix(roles, kinds)
    fixed: dict[Corner, str] = {corner: roles["burgers_with_overheid"][corner] for corner in CORNERS}
    same = Matrix(roles, kinds, fixed)

    def same_rate() -> float:
        return bloom_rate(games, matrix_strategy(same, role_rule="same"))

    held = same_rate()
    for corner in CORNERS:
        held = _tune(fixed, corner, [r.id for r in deck.roles_of(corner)], same_rate, held)
    return Matrix(matrix.roles, matrix.kinds, fixed)


def _tune(
    table: dict[Corner, str], corner: Corner, options: list[str], rate: Callable[[], float], held: float
) -> float:
    keep = table[corner]
    for option in options:
        if option == keep:
            continue
        table[corner] = option
        new = rate()
        if new > held:
            held, keep = new, option
    table[corner] = keep
    return held


def _tune_kinds(
    table: dict[Corner, tuple[MoveKind, ...]],
    corner: Corner,
    options: list[MoveKind],
    rate: Callable[[], float],
    held: float,
) -> float:
    """The first kind by search, then a second to play when the first is not in the hand."""
    for position in (0, 1):
        keep = table[corner]
        for option in options:
            if option in keep[:position]:
                continue
            table[corner] = (*keep[:position], option)
            new = rate()
            if new > held or (len(keep) <= position and new >= held):
                held, keep = new, table[corner]
        table[corner] = keep
    return held


# --- running it all ------------------------------------------------------------------------------------------

_WORKER: dict[str, object] = {}


def _init(root: str | None, pack: str | None) -> None:
    if pack is None:
        _WORKER["deck"] = load_deck(root, strict=False)
        return
    found = load_files(paths.scenarios(), assets=paths.assets(), extra_cases=case_files(Path(pack)))
    _WORKER["deck"] = found.deck


Job = tuple[str, int, int, Matrix, tuple[str, ...], int]
T = TypeVar("T")


def _work(job: Job) -> tuple[str, Tally]:
    name, start, stop, matrix, cases, keep = job
    deck = _WORKER["deck"]
    assert isinstance(deck, Deck)
    return name, tally_sessions(deck, name, range(start, stop), matrix, cases, keep)


MATRIX_FAMILY = frozenset({"matrix", "same-role", "friendliest", "letting-go", "courage"})
"""The strategies that play by the tuned table; the others start before it is tuned."""


def run_strategies(
    deck: Deck,
    root: Path | None,
    cases: Sequence[str],
    *,
    pack: Path | None = None,
    sessions: int,
    seed: int,
    names: Sequence[str] = STRATEGIES,
    workers: int | None = None,
    keep: int = 400,
    meanwhile: Callable[[Matrix], T] | None = None,
) -> tuple[dict[str, Tally], Matrix, T | None]:
    """Every named strategy over `sessions` seeded sessions (seeds seed, seed+1, ...).

    Worker processes play the sessions while this one tunes the matrix table and runs `meanwhile`.
    """
    count = workers or max(1, min(2, os.cpu_count() or 1))
    chunk = max(1, -(-sessions // (count * 2)))

    def jobs(wanted: list[str], matrix: Matrix) -> list[Job]:
        return [
            (name, start, min(start + chunk, seed + sessions), matrix, tuple(cases), keep // 4)
            for name in wanted
            for start in range(seed, seed + sessions, chunk)
        ]

    plain = [name for name in names if name not in MATRIX_FAMILY]
    tabled = [name for name in names if name in MATRIX_FAMILY]
    tallies = {name: Tally() for name in names}
    untuned = Matrix({}, {})
    if count == 1 or sessions * len(names) < 200:
        _WORKER["deck"] = deck
        matrix = tune_matrix(deck, cases, seed) if tabled else untuned
        done = [_work(job) for job in jobs(plain, untuned) + jobs(tabled, matrix)]
        extra = meanwhile(matrix) if meanwhile else None
    else:
        with multiprocessing.get_context("spawn").Pool(count, _init, (_text(root), _text(pack))) as pool:
            first = pool.map_async(_work, jobs(plain, untuned))
            matrix = tune_matrix(deck, cases, seed) if tabled else untuned
            second = pool.map_async(_work, jobs(tabled, matrix))
            extra = meanwhile(matrix) if meanwhile else None
            done = first.get() + second.get()
    for name, tally in done:
        tallies[name].add(tally)
    return tallies, matrix, extra


def _text(path: Path | None) -> str | None:
    return None if path is None else str(path)


def mean_end_meters(tally: Tally) -> dict[str, float]:
    return {meter: tally.end_meters[meter] / tally.sessions if tally.sessions else 0.0 for meter in METERS}
