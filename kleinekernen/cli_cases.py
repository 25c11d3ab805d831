"""Which cases `balance` looks at: a whole deck, or a trainer's own cases against the built-in cards.

`balance DIR` with a `cases/` folder is a whole deck; `balance FOLDER` (a pack folder), `balance CASE.toml`
and `balance --pack NAME` (a pack installed in scenarios/cases/, or a folder) are the trainer's own cases.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .content.deck import Deck, case_files, load_deck


@dataclass(frozen=True)
class Chosen:
    deck: Deck
    case_ids: list[str]
    own: bool
    """True for a trainer's own cases: the cards are built in, and deck-wide verdicts are left out."""
    source: Path | None
    """The folder or file the own cases came from."""


def own_source(root: Path | None, pack: str | None) -> Path | None:
    """The folder or case file holding the trainer's own cases, or None for a whole deck."""
    if pack is not None:
        given = Path(pack)
        return given if given.exists() else paths.scenarios() / "cases" / pack
    if root is None:
        return None
    if root.is_file():
        return root
    return root if root.is_dir() and not (root / "cases").is_dir() else None


def installed_packs() -> list[str]:
    cases = paths.scenarios() / "cases"
    return sorted(p.name for p in cases.iterdir() if (p / "pack.toml").is_file()) if cases.is_dir() else []


def choose_cases(root: Path | None, lang: str, pack: str | None = None) -> Chosen | None:
    """The deck and the cases to balance; None when `--pack` names no folder and no installed pack."""
    source = own_source(root, pack)
    if source is None:
        result = load_deck(root or paths.scenarios(), assets=paths.assets(), lang=lang)
        _report(result.problems)
        return Chosen(result.deck, list(result.deck.cases), False, None)
    if not source.exists():
        return None
    own = [source] if source.is_file() else case_files(source)
    wanted = {path.resolve() for path in own}
    built_in = paths.scenarios().resolve()
    installed = all(built_in in path.parents for path in wanted)
    extra = [] if installed else own  # an installed pack is in the deck already
    result = load_deck(paths.scenarios(), assets=paths.assets(), lang=lang, extra_cases=extra)
    _report(result.problems)
    deck = result.deck
    return Chosen(deck, [cid for cid, path in deck.case_files.items() if path.resolve() in wanted], True, source)


def _report(problems: Sequence[object]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)
