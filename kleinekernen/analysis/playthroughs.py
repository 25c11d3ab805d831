"""Random playthroughs of a set of cases: does any route break, strand every time, or never use a card?"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..content.deck import Deck
from ..content.models import CORNERS
from ..engine.errors import EngineError
from ..engine.game import Game
from ..engine.policies import play_out, random_policy
from ..engine.setup import MIN_CASES, Player, Setup


@dataclass
class Playthroughs:
    sessions: int
    seed: int
    outcomes: dict[str, Counter[str]] = field(default_factory=dict)
    cards_used: Counter[str] = field(default_factory=Counter)
    broken: list[tuple[int, str]] = field(default_factory=list)
    """(seed, error) of every playthrough that broke: replay it with `simulate --seed`."""

    def always_strands(self) -> list[str]:
        return sorted(case for case, seen in self.outcomes.items() if seen and set(seen) == {"strandt"})

    def unused_cards(self, deck: Deck) -> list[str]:
        return sorted(card for card in deck.moves if self.cards_used[card] == 0)


def play_through(deck: Deck, case_ids: list[str], *, sessions: int = 200, seed: int = 0) -> Playthroughs:
    found = Playthroughs(sessions=sessions, seed=seed)
    if len(case_ids) < MIN_CASES:
        pool = tuple(case_ids) + tuple(c for c in deck.cases if c not in case_ids)[: MIN_CASES - len(case_ids)]
    else:
        pool = tuple(case_ids)
    players = tuple(Player(corner, corner) for corner in CORNERS)
    for n in range(sessions):
        run_seed = seed + n
        try:
            game = play_out(
                Game(deck, Setup(seed=run_seed, players=players, case_count=min(5, len(pool)), cases=pool)),
                random_policy(run_seed),
            )
        except (EngineError, KeyError, ValueError) as error:
            found.broken.append((run_seed, f"{type(error).__name__}: {error}"))
            continue
        for result in game.state.results:
            found.outcomes.setdefault(result.case_id, Counter())[result.outcome] += 1
            found.cards_used.update(move for _, move in result.moves)
    return found
