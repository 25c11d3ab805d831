"""What a trainer can change in a case that is too generous or too harsh: which effect, on which meters.

A case is judged by its own paths (best and worst score) and by its own effects (all of them raising, or
all lowering, every meter). The advice names the strongest effect by its card and meters as the screen does,
and the meters it moves that no other effect of the case moves the other way (its missing counterweight).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..content.deck import Deck
from ..content.models import METERS, Case, Effect, Meter
from ..engine.resolve import BLOOM_FROM
from ..i18n import Catalog

GENEROUS_FROM = 70
"""A best path scoring this much is too generous: the built-in cases' best paths lie between +43 and +51."""
USUAL_BEST = 45
"""About where the built-in cases' best paths lie: the score to aim the best path at."""
HARSH_BELOW = BLOOM_FROM
"""A best path scoring less than this is too harsh: no way through the case blooms."""
HARSH_WORST = -40
"""A worst path this low is too harsh: the built-in cases' worst paths lie between -16 and -4."""
USUAL_WORST = -10
"""About where the built-in cases' worst paths lie: the score to lift a too harsh worst path to."""


@dataclass(frozen=True)
class Verdict:
    """A case too generous (`sign` +1) or too harsh (-1), why, and what to change."""

    sign: int
    warning: str
    suggestions: list[str]


def effect_target(deck: Deck, effect: Effect, t: Catalog, lang: str) -> str:
    """The card an effect judges, named as on the cards: 'zet „Klein beginnen" (Burgers)'."""
    if effect.move is not None and effect.move in deck.moves:
        title, corner = deck.moves[effect.move].title.get(lang), deck.move_corner[effect.move]
        return t("advice.target.move", title=title, corner=t(f"corner.{corner}"))
    if effect.role is not None and effect.role in deck.roles:
        role = deck.roles[effect.role]
        return t("advice.target.role", title=role.title.get(lang), corner=t(f"corner.{deck.role_corner[role.id]}"))
    kind = t(f"advice.kind.{effect.kind}")
    return t("advice.target.kind", kind=kind, corner=t(f"corner.{effect.corner or 'burgers'}"))


def meter_list(meters: list[Meter], t: Catalog) -> str:
    if len(meters) == len(METERS):
        return t("advice.every_meter")
    return ", ".join(t(f"meter.{meter}") for meter in meters)


def uncountered(case: Case, effect: Effect, sign: int) -> list[Meter]:
    """The meters this effect moves (in direction `sign`) that no effect of the case moves the other way."""
    moved = [meter for meter, amount in effect.changes().items() if amount * sign > 0]
    return [m for m in moved if not any(other.changes().get(m, 0) * sign < 0 for other in case.effects)]


def whole_sign(case: Case) -> int:
    """+1 when the case's effects raise every meter and lower none, -1 for the reverse, else 0."""
    totals = {meter: 0 for meter in METERS}
    lowered = raised = False
    for effect in case.effects:
        for meter, amount in effect.changes().items():
            totals[meter] += amount
            raised |= amount > 0
            lowered |= amount < 0
    if all(total > 0 for total in totals.values()) and not lowered:
        return 1
    if all(total < 0 for total in totals.values()) and not raised:
        return -1
    return 0


def judge(deck: Deck, case: Case, best: int, worst: int, best_moves: tuple[str, ...], lang: str) -> Verdict | None:
    """Too generous, too harsh, or None; with the effect to change and the moves without a counterweight."""
    t = Catalog(lang)
    every = whole_sign(case)
    if best >= GENEROUS_FROM or every > 0:
        if best >= GENEROUS_FROM:
            warning = t("advice.generous.best", best=f"{best:+d}", usual=f"+{USUAL_BEST}")
            return Verdict(
                1, warning, _tidy(_change_strongest(deck, case, 1, best - USUAL_BEST, t, lang), case, 1, deck, t, lang)
            )
        return Verdict(1, t("advice.generous.every_meter"), _tidy([], case, 1, deck, t, lang))
    if best < HARSH_BELOW:
        warning = t("advice.harsh.best", best=f"{best:+d}", bloom=BLOOM_FROM)
        target = t("advice.target.move", title=deck.moves[best_moves[0]].title.get(lang), corner=t("corner.burgers"))
        found = [t("advice.raise_best", target=target, count=USUAL_BEST - best, usual=f"+{USUAL_BEST}")]
        return Verdict(-1, warning, _tidy(found, case, -1, deck, t, lang))
    if worst <= HARSH_WORST:
        found = _change_strongest(deck, case, -1, USUAL_WORST - worst, t, lang)
        return Verdict(-1, t("advice.harsh.worst", worst=f"{worst:+d}"), _tidy(found, case, -1, deck, t, lang))
    if every < 0:
        return Verdict(-1, t("advice.harsh.every_meter"), _tidy([], case, -1, deck, t, lang))
    return None


def _pointing(case: Case, sign: int) -> list[Effect]:
    return [effect for effect in case.effects if sum(effect.changes().values()) * sign > 0]


def _change_strongest(deck: Deck, case: Case, sign: int, by: int, t: Catalog, lang: str) -> list[str]:
    """Lower (sign +1) or soften (-1) the case's strongest effect in that direction by about `by` in all."""
    pointing = _pointing(case, sign)
    if not pointing:
        return [t("advice.add_opposite" if sign > 0 else "advice.add_helping")]
    strongest = max(pointing, key=lambda effect: abs(sum(effect.changes().values())))
    changes = strongest.changes()
    meters = [meter for meter, amount in changes.items() if amount * sign > 0]
    amounts = ", ".join(f"{t(f'meter.{meter}')} {changes[meter]:+d}" for meter in meters)
    target = effect_target(deck, strongest, t, lang)
    total, by = sum(changes[meter] for meter in meters), max(1, by)
    if sign > 0:
        per = max(1, (total - by) // len(meters))
        return [t("advice.lower", target=target, amounts=amounts, count=by, per=f"{per:+d}")]
    per = min(-1, -(-(total + by) // len(meters)))
    return [t("advice.raise", target=target, amounts=amounts, count=by, per=f"{per:+d}")]


def _tidy(found: list[str], case: Case, sign: int, deck: Deck, t: Catalog, lang: str) -> list[str]:
    """The advice, then every effect in that direction with no counterweight; each line a sentence."""
    for effect in _pointing(case, sign):
        alone = uncountered(case, effect, sign)
        if alone:
            key = "advice.no_counterweight.up" if sign > 0 else "advice.no_counterweight.down"
            found.append(t(key, target=effect_target(deck, effect, t, lang), meters=meter_list(alone, t)))
    return [line[:1].upper() + line[1:] for line in found]
