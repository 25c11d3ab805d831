"""`kleinekernen balance`: for every case, every path of moves (and roles), best, worst and tempting.

Roles and moves add up independently (no rule reads both a role and a move), so a path's score is the
score of its moves plus the score of each corner's role. The analysis uses that to play every move
combination once, and every role once, instead of all their products; a test checks the sum.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from ..content.deck import Deck
from ..content.models import CORNERS, Case, Corner
from ..engine.autoplay import rng
from ..engine.choices import Place
from ..engine.resolve import BLOOM_FROM, outcome_of, resolve
from ..engine.state import Meters
from ..i18n import Catalog
from .advice import Verdict, judge

MAX_PATHS = 5000
"""Move combinations per case beyond which a seeded sample of this size is played."""
TEMPTING_FROM = 4
"""A path is tempting when its cards show at least this visible gain, yet the case ends below 0."""


@dataclass(frozen=True)
class Path:
    moves: tuple[str, str, str]
    """The moves of burgers, partners and overheid, in that order."""
    total: int
    visible: int
    """The immediate, visible gain of the three move cards."""

    @property
    def outcome(self) -> str:
        return outcome_of(self.total)


@dataclass
class CaseBalance:
    case_id: str
    quadrant: str
    paths: int
    best_roles: dict[Corner, list[str]]
    role_bonus: int
    best: list[Path]
    worst: list[Path]
    tempting: list[Path]
    good_paths: int
    good_burgers_moves: list[str]
    best_moves: dict[Corner, list[str]]
    warnings: list[str] = field(default_factory=list)
    verdict: Verdict | None = None
    """Too generous or too harsh, with what to change; its warning is among `warnings`."""


@dataclass
class DeckBalance:
    cases: list[CaseBalance]
    dominant_moves: list[str]
    dominant_roles: list[str]
    lang: str = "nl"
    whole_deck: bool = True
    """False for a trainer's own cases against the built-in cards: no deck-wide verdicts, cards are built in."""
    titles: dict[str, str] = field(default_factory=dict)
    """Card id → its title in `lang`, to name cards as they are printed."""

    @property
    def warnings(self) -> list[str]:
        found = [f"{case.case_id}: {warning}" for case in self.cases for warning in case.warnings]
        return found + self.deck_warnings

    @property
    def deck_warnings(self) -> list[str]:
        """The verdicts on the deck as a whole: none when only a trainer's own cases are analysed."""
        t = Catalog(self.lang)
        name = self.titles.get
        found = [t("balance.warn.dominant_move", move=name(move, move)) for move in self.dominant_moves]
        return found + [t("balance.warn.dominant_role", role=name(role, role)) for role in self.dominant_roles]


def _score(deck: Deck, case: Case, roles: tuple[tuple[Corner, str], ...], moves: tuple[tuple[Corner, str], ...]):  # type: ignore[no-untyped-def]
    return resolve(
        deck,
        case,
        Place(case.owner, case.needs_other),
        roles,
        moves,
        meters=Meters(),
        webs=(),
        webs_spun=0,
        previous=None,
    ).result


def role_scores(deck: Deck, case: Case) -> dict[Corner, dict[str, int]]:
    """What each role adds in this case, corner by corner."""
    base = _score(deck, case, (), ()).score
    return {
        corner: {role.id: _score(deck, case, ((corner, role.id),), ()).score - base for role in deck.roles_of(corner)}
        for corner in CORNERS
    }


def move_paths(deck: Deck, case: Case, *, seed: int = 0, limit: int = MAX_PATHS) -> list[Path]:
    cards = [[move.id for move in deck.moves_of(corner)] for corner in CORNERS]
    combos = list(itertools.product(*cards))
    if len(combos) > limit:
        combos = rng(seed, "balance", case.case_id).sample(combos, limit)
    paths = []
    for combo in combos:
        result = _score(deck, case, (), tuple(zip(CORNERS, combo, strict=True)))
        visible = sum(change.amount for change in result.changes if change.rule == "zet")
        paths.append(Path((combo[0], combo[1], combo[2]), result.score, visible))
    return paths


def balance_case(deck: Deck, case: Case, *, seed: int = 0, limit: int = MAX_PATHS, lang: str = "nl") -> CaseBalance:
    roles = role_scores(deck, case)
    best_roles = {corner: _argmax(scores) for corner, scores in roles.items()}
    bonus = sum(max(scores.values()) for scores in roles.values())
    paths = [Path(p.moves, p.total + bonus, p.visible) for p in move_paths(deck, case, seed=seed, limit=limit)]
    ranked = sorted(paths, key=lambda p: (-p.total, p.moves))
    good = [p for p in ranked if p.total >= BLOOM_FROM]
    tempting = sorted(
        (p for p in paths if p.visible >= TEMPTING_FROM and p.total < 0), key=lambda p: (-p.visible, p.total, p.moves)
    )
    best_moves: dict[Corner, list[str]] = {}
    for index, corner in enumerate(CORNERS):
        per_card: dict[str, int] = {}
        for path in paths:
            card = path.moves[index]
            per_card[card] = max(per_card.get(card, -(10**9)), path.total)
        best_moves[corner] = _argmax(per_card)
    balance = CaseBalance(
        case_id=case.case_id,
        quadrant=case.quadrant,
        paths=len(paths),
        best_roles=best_roles,
        role_bonus=bonus,
        best=ranked[:3],
        worst=ranked[-3:][::-1],
        tempting=tempting[:3],
        good_paths=len(good),
        good_burgers_moves=sorted({p.moves[0] for p in good}),
        best_moves=best_moves,
    )
    t = Catalog(lang)
    balance.verdict = judge(deck, case, ranked[0].total, ranked[-1].total, ranked[0].moves, lang)
    if balance.verdict is not None:
        balance.warnings.append(balance.verdict.warning)
    if len(good) < 2:
        balance.warnings.append(t("balance.warn.few_good", count=len(good)))
    if len(balance.good_burgers_moves) < 2:
        balance.warnings.append(t("balance.warn.one_village_move"))
    if not tempting:
        balance.warnings.append(t("balance.warn.no_tempting"))
    return balance


def _argmax(scores: dict[str, int]) -> list[str]:
    top = max(scores.values())
    return [key for key, value in scores.items() if value == top]


def balance_deck(
    deck: Deck, case_ids: list[str] | None = None, *, seed: int = 0, lang: str = "nl", whole_deck: bool = True
) -> DeckBalance:
    """The balance of the given cases; deck-wide verdicts (a card best everywhere) only for a `whole_deck`."""
    ids = case_ids if case_ids is not None else list(deck.cases)
    cases = [balance_case(deck, deck.cases[case_id], seed=seed, lang=lang) for case_id in ids]
    if not whole_deck:
        return DeckBalance(cases, [], [], lang, whole_deck=False)
    dominant_moves = sorted(
        card
        for corner in CORNERS
        for card in (move.id for move in deck.moves_of(corner))
        if cases and all(card in case.best_moves[corner] for case in cases)
    )
    dominant_roles = sorted(
        role.id
        for corner in CORNERS
        for role in deck.roles_of(corner)
        if cases and all(role.id in case.best_roles[corner] for case in cases)
    )
    titles = {card_id: card.title.get(lang) for cards in (deck.moves, deck.roles) for card_id, card in cards.items()}
    return DeckBalance(cases, dominant_moves, dominant_roles, lang, titles=titles)


def format_balance(deck: Deck, result: DeckBalance, lang: str = "nl") -> str:
    """The balance as text a trainer can read: per case the best, worst and tempting paths."""
    t = Catalog(lang)

    def names(path: Path) -> str:
        return " + ".join(deck.moves[card].title.get(lang) for card in path.moves)

    lines: list[str] = []
    for case in result.cases:
        title = deck.cases[case.case_id].title.get(lang)
        lines.append(t("balance.case", title=title, id=case.case_id, quadrant=case.quadrant, count=case.paths))
        roles = ", ".join(
            f"{t(f'corner.{corner}')}: {'/'.join(deck.roles[r].title.get(lang) for r in ids)}"
            for corner, ids in case.best_roles.items()
        )
        lines.append(f"  {t('balance.best_roles', roles=roles)}")
        for label, paths in (
            (t("balance.best"), case.best),
            (t("balance.worst"), case.worst),
            (t("balance.tempting"), case.tempting),
        ):
            for path in paths:
                extra = f" ({t('balance.visible', amount=path.visible)})" if paths is case.tempting else ""
                lines.append(f"  {label:<12} {path.total:+4d}{extra}  {names(path)}")
        lines.append(f"  {t('balance.good_paths', good=case.good_paths, village=len(case.good_burgers_moves))}")
        for warning in case.warnings:
            lines.append(f"  ! {warning}")
            if case.verdict is not None and warning == case.verdict.warning:
                lines += [f"    -> {suggestion}" for suggestion in case.verdict.suggestions]
    lines.append("")
    dominant = result.dominant_moves + result.dominant_roles
    if not result.whole_deck:
        lines.append(t("balance.pack_cards"))
    elif dominant:
        lines.append(t("balance.dominant", names=", ".join(result.titles.get(card, card) for card in dominant)))
    else:
        lines.append(t("balance.none_dominant"))
    lines.append(t("balance.warnings", count=len(result.warnings)))
    return "\n".join(lines) + "\n"
