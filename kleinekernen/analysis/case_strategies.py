"""Every named strategy on one case at a time: how often it blooms and what it scores, per case.

Each case is played on its own (a one-case session) from `games` seeds, so a pack of two cases can be
measured as well as the whole deck. The matrix strategies play by a table tuned on the whole deck, as a
group that learned the game's rules of thumb would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..content.deck import Deck
from ..engine import Game, Setup, Step
from ..i18n import Catalog
from .strategies import Matrix
from .study import ALL_CORNERS, MATRIX_FAMILY, STRATEGIES, VILLAGE_ONLY, make_strategy, tune_matrix


@dataclass(frozen=True)
class CaseFigures:
    """One strategy on one case: the share of games that bloom and the mean score."""

    bloom: float
    mean: float


@dataclass
class CaseStrategies:
    games: int
    seed: int
    figures: dict[str, dict[str, CaseFigures]] = field(default_factory=dict)
    """Case id → strategy name → its figures."""


def play_case_with(deck: Deck, case_id: str, name: str, seed: int, matrix: Matrix) -> tuple[str, int]:
    """One game of one case by one strategy: its outcome and score."""
    players = VILLAGE_ONLY if name.startswith("dorpsraad") else ALL_CORNERS
    game = Game(deck, Setup(seed=seed, players=players, case_count=1, cases=(case_id,)))
    strategy = make_strategy(name, seed, matrix)
    while game.pending is None and game.step is not Step.END:
        game.apply(strategy(game))
    result = game.pending if game.pending is not None else game.results[-1]
    return result.outcome, result.score


def case_strategies(
    deck: Deck, case_ids: Sequence[str], *, games: int = 40, seed: int = 0, names: Sequence[str] = STRATEGIES
) -> CaseStrategies:
    matrix = tune_matrix(deck, list(deck.cases), seed) if MATRIX_FAMILY & set(names) else Matrix({}, {})
    found = CaseStrategies(games=games, seed=seed)
    for case_id in case_ids:
        per_case: dict[str, CaseFigures] = {}
        for name in names:
            played = [play_case_with(deck, case_id, name, seed + n, matrix) for n in range(games)]
            blooms = sum(outcome == "bloeit" for outcome, _ in played)
            per_case[name] = CaseFigures(blooms / games, sum(score for _, score in played) / games)
        found.figures[case_id] = per_case
    return found


def format_case_strategies(deck: Deck, found: CaseStrategies, lang: str = "nl") -> str:
    """Per case one line: every strategy's bloom share and mean score."""
    t = Catalog(lang)
    lines = [t("balance_html.strategies"), t("case_strategies.about", count=found.games, seed=found.seed)]
    for case_id, figures in found.figures.items():
        cells = ", ".join(
            f"{t(f'balance_html.strategy.{name}')} {round(one.bloom * 100)}% ({one.mean:+.0f})"
            for name, one in figures.items()
        )
        lines.append(f"{deck.cases[case_id].title.get(lang)}: {cells}")
    return "\n".join(lines) + "\n"
