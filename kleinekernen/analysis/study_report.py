"""The figures of `balance --strategies` as text, and the floors the built-in deck must hold."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..content.deck import Deck
from ..content.models import METERS
from ..i18n import Catalog
from .measures import CardValue, card_values, meter_sensitivity, pooled_plays, saturation
from .strategies import Matrix
from .study import STRATEGIES, Tally, mean_end_meters, run_strategies

OUTCOMES = ("bloeit", "worstelt", "strandt")


@dataclass
class Study:
    tallies: dict[str, Tally]
    matrix: Matrix
    cards: dict[str, CardValue]
    changed: tuple[int, int]
    highest: dict[str, int]
    seconds: float

    def bloom(self, name: str, case_id: str | None = None) -> float:
        return self.tallies[name].share("bloeit", case_id)

    def floors(self) -> list[tuple[str, bool]]:
        """Each floor of issue 11 (its catalogue key, study.floor.KEY) with whether it holds."""
        have = set(self.tallies)
        found: list[tuple[str, bool]] = []
        if {"best", "random"} <= have:
            found.append(("best", self.bloom("best") >= 0.75))
            found.append(("random", self.bloom("random") <= 0.15))
        if "matrix" in have:
            cases = self.tallies["matrix"].per_case
            found.append(("matrix", self.bloom("matrix") <= 0.45))
            found.append(("matrix_per_case", all(self.bloom("matrix", c) <= 0.60 for c in cases)))
        fixed = [name for name in ("same-role", "friendliest", "letting-go", "courage") if name in have]
        if fixed:
            found.append(("fixed", all(self.bloom(name) <= 0.40 for name in fixed)))
        if {"dorpsraad-best", "dorpsraad-worst"} <= have:
            found.append(("dorpsraad_best", self.bloom("dorpsraad-best") >= 0.50))
            found.append(("dorpsraad_worst", self.bloom("dorpsraad-worst") <= 0.10))
        situational = all(card.top_in and card.negative_in for card in self.cards.values())
        found.append(("situational", situational))
        changed, tried = self.changed
        found.append(("sensitive", tried > 0 and changed / tried >= 0.30))
        found.append(("unsaturated", max(self.highest.values(), default=0) < 100))
        return found


def study(
    deck: Deck,
    root: Path | None,
    cases: Sequence[str],
    *,
    sessions: int,
    seed: int,
    pack: Path | None = None,
    names: Sequence[str] = STRATEGIES,
    workers: int | None = None,
) -> Study:
    began = time.perf_counter()

    def measures(matrix: Matrix) -> tuple[dict[str, CardValue], dict[str, int]]:
        return card_values(deck, cases), saturation(deck, cases, matrix, sessions=max(1, min(50, sessions // 20)))

    tallies, matrix, extra = run_strategies(
        deck, root, cases, sessions=sessions, seed=seed, pack=pack, names=names, workers=workers, meanwhile=measures
    )
    assert extra is not None
    cards, highest = extra
    changed = meter_sensitivity(deck, pooled_plays(tallies))
    return Study(tallies, matrix, cards, changed, highest, time.perf_counter() - began)


def _pct(value: float) -> str:
    return f"{value * 100:5.1f}%"


def format_study(deck: Deck, result: Study, lang: str = "nl") -> str:
    t = Catalog(lang)
    lines = [
        t("study.strategy").ljust(16)
        + "".join(f"{outcome:>9}" for outcome in OUTCOMES)
        + "   "
        + " ".join(f"{meter.replace('trust_', 't_')[:12]:>12}" for meter in METERS)
    ]
    for name, tally in result.tallies.items():
        shares = "".join(f"{_pct(tally.share(outcome)):>9}" for outcome in OUTCOMES)
        meters = " ".join(f"{value:12.1f}" for value in mean_end_meters(tally).values())
        lines.append(f"{name:<16}{shares}   {meters}")
    sessions = next(iter(result.tallies.values())).sessions if result.tallies else 0
    lines.append(f"({t('study.sessions', count=sessions)})")
    lines.append("")
    lines.append(t("study.bloom_per_case") + ": " + " ".join(f"{n[:8]:>8}" for n in result.tallies))
    for case_id in sorted({c for tally in result.tallies.values() for c in tally.per_case}):
        row = " ".join(f"{_pct(result.bloom(name, case_id)):>8}" for name in result.tallies)
        lines.append(f"  {case_id[:22]:<22} {row}")
    lines.append("")
    lines.append(t("study.card_values"))
    for card in result.cards.values():
        values = list(card.values.values()) or [0.0]
        lines.append(
            f"  {card.corner:<9} {card.card:<26} {min(values):+6.1f}..{max(values):+6.1f}"
            f"  {len(card.top_in):>2}  {len(card.negative_in):>2}"
        )
    changed, tried = result.changed
    lines.append("")
    share = changed / tried if tried else 0.0
    percent = _pct(share).strip()
    lines.append(f"{t('study_html.sensitivity', changed=changed, tried=tried)} ({percent})")
    highest = ", ".join(f"{t(f'meter.{meter}')} {value}" for meter, value in result.highest.items())
    lines.append(t("study_html.highest", meters=highest))
    lines.append("")
    for key, holds in result.floors():
        lines.append(f"  [{'ok' if holds else '!!'}] {t(f'study.floor.{key}')}")
    lines.append(f"{result.seconds:.1f} s")
    return "\n".join(lines) + "\n"
