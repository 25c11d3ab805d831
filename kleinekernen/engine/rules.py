"""The scoring rules. Each principle of the brief is one small named rule that explains its changes.

A rule reads the Context of one case and yields Changes (to meters) and web intents (Spin, Cut).

One verdict per corner's act: a move is judged by the case when the case file judges it (its move, or
its kind for that corner), otherwise by the frame of the ownership matrix (`frame.py`); a role likewise.
The meters then gate the verdict (`gates.py`): what worked at 70 may fail at 30. A card's own visible
effect (`zet`) is not a verdict: it is what the card promises, and stays whatever the verdict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..content.models import Corner, Effect, Meter, Move, MoveKind, Role, Text
from .context import HOME, Context
from .frame import case_sign, frame, judges_move, lesson_for
from .gates import gated
from .state import Change
from .texts import Bilingual, both


@dataclass(frozen=True)
class Spin:
    """A rules move spins a web with this label."""

    corner: Corner
    move_id: str
    label: Bilingual
    reason: Bilingual


@dataclass(frozen=True)
class Cut:
    """A move of courage cuts a web: the oldest its own corner spun, else the oldest of another corner."""

    corner: Corner
    move_id: str
    reason: Bilingual


Item = Change | Spin | Cut
Rule = Callable[[Context], Iterator[Item]]

REACHING: frozenset[MoveKind] = frozenset({"contact", "appreciate", "connect", "ask", "contribute"})
KLIK_AMOUNT = 2
"""Per trust edge when the three corners complement each other in this case."""


def _from(text: Text) -> Bilingual:
    return Bilingual(text.nl, text.en)


def change(rule: str, meter: Meter, amount: int, reason: str, corner: Corner | None = None) -> Change:
    """A change whose reason is the catalogue's engine.rule.REASON."""
    return Change(rule, meter, amount, both(f"engine.rule.{reason}"), corner)


def zet(ctx: Context) -> Iterator[Item]:
    """Each move card's own, immediately visible effect."""
    for corner, move in ctx.moves.items():
        key = ("zet", move.id)
        prepared = ctx.deck.memo.get(key)
        if prepared is None:
            reason = _move_reason(move)
            prepared = ctx.deck.memo[key] = [(meter, amount, reason) for meter, amount in move.changes().items()]
        for meter, amount, reason in prepared:
            yield Change("zet", meter, amount, reason, corner, None, move.id)


def _move_reason(move: Move) -> Bilingual:
    """A card's own effect is explained by the card itself: its title and what it says."""
    return both("engine.rule.card", title=_from(move.title), text=_from(move.text))


def case_effects(ctx: Context) -> list[tuple[Effect, list[tuple[Meter, int]], Bilingual]]:
    key = ("casus", ctx.case.case_id)
    prepared = ctx.deck.memo.get(key)
    if prepared is None:
        prepared = ctx.deck.memo[key] = [
            (effect, list(effect.changes().items()), _from(effect.reason)) for effect in ctx.case.effects
        ]
    return prepared


def move_verdict(ctx: Context, corner: Corner, move: Move) -> list[Change]:
    """The one verdict on a corner's move: the case's when it judges the move, else the matrix's."""
    key = ("verdict", ctx.case.case_id, corner, move.id)
    known: list[Change] | None = ctx.deck.memo.get(key)
    if known is None:
        known = ctx.deck.memo[key] = _move_verdict(ctx, corner, move)
    return known


def _move_verdict(ctx: Context, corner: Corner, move: Move) -> list[Change]:
    found = [
        (meter, amount, reason)
        for effect, changes, reason in case_effects(ctx)
        if judges_move(effect, corner, move)
        for meter, amount in changes
    ]
    if found:
        lesson = lesson_for(ctx.quadrant, corner, move.kind, sum(amount for _, amount, _ in found))
        return [
            Change("casus", meter, amount, reason, corner, None, move.id, lesson) for meter, amount, reason in found
        ]
    principle = frame(ctx.quadrant, corner, move.kind)
    if principle is None:
        return []
    meter = principle.meter
    if principle.rule == "vertrouwen" and meter == "trust_burgers_overheid" and corner != "overheid":
        meter = "trust_burgers_partners" if corner == "partners" else meter
    reason = Bilingual(principle.nl, principle.en)
    return [Change(principle.rule, meter, principle.amount, reason, corner, None, move.id)]


def oordeel(ctx: Context) -> Iterator[Item]:
    """Every corner's move judged once, gated by the meters; then the click if the three complement."""
    signs: dict[Corner, tuple[int, bool]] = {}
    for corner, move in ctx.moves.items():
        verdict = gated(ctx, corner, move, move_verdict(ctx, corner, move))
        total = sum(item.amount for item in verdict)
        signs[corner] = (total, any(item.rule == "casus" for item in verdict))
        yield from verdict
    clicked = list(klik(ctx, signs))
    yield from clicked or emotionele_kloof(ctx)


def klik(ctx: Context, signs: dict[Corner, tuple[int, bool]]) -> Iterator[Item]:
    """True love needs a triangle: three moves that help in this case, at least two by the case's own word.

    Never beside a verdict that condemns one of them: every verdict must be positive.
    """
    if len(signs) < 3 or not all(total > 0 for total, _ in signs.values()):
        return
    if sum(by_case for _, by_case in signs.values()) < 2:
        return
    for meter in ("trust_burgers_overheid", "trust_burgers_partners", "trust_overheid_partners"):
        yield change(
            "klik",
            meter,
            KLIK_AMOUNT,
            "klik",
        )


def role_fits(ctx: Context, corner: Corner, role: Role) -> bool:
    judged = ctx.case.judgement.roles
    if judged and any(ctx.deck.role_corner.get(role_id) == corner for role_id in judged):
        return role.id in judged
    return ctx.quadrant in role.fits


def rollen(ctx: Context) -> Iterator[Item]:
    """A role that fits this case helps; one that does not gets in the way. The case's word comes first.

    Steady in a fitting role, case after case: someone you can count on (same sign, same act).
    """
    for corner, role in ctx.roles.items():
        key = ("role", ctx.case.case_id, corner, role.id)
        verdict: tuple[list[Change], bool] | None = ctx.deck.memo.get(key)
        if verdict is None:
            verdict = ctx.deck.memo[key] = _role_verdict(ctx, corner, role)
        changes, steady_counts = verdict
        yield from changes
        before = ctx.previous_roles.get(corner)
        if steady_counts and before is not None and before.id == role.id:
            yield Change(
                "rolvastheid",
                HOME[corner],
                1,
                both("engine.rule.rolvastheid", role=_from(role.title)),
                corner,
                None,
                role.id,
            )


def _role_verdict(ctx: Context, corner: Corner, role: Role) -> tuple[list[Change], bool]:
    """The verdict on a role in this case, and whether staying in it counts as steady."""
    for effect, changes, reason in case_effects(ctx):
        if effect.role == role.id:
            return [Change("casus", meter, amount, reason, corner, None, role.id) for meter, amount in changes], False
    if not role_fits(ctx, corner, role):
        reason = both("engine.rule.role_misfits", role=_from(role.title))
        return [Change("rol_past", HOME[corner], -2, reason, corner, None, role.id)], False
    reason = both("engine.rule.role_fits", role=_from(role.title))
    return [Change("rol_past", HOME[corner], 2, reason, corner, None, role.id)], True


def rolbewustzijn(ctx: Context) -> Iterator[Item]:
    """The group places the case in the matrix: knowing whose problem it is, is half the work."""
    placement = ctx.placement
    if placement.owner == ctx.case.owner and placement.needs_other == ctx.case.needs_other:
        yield change(
            "rolbewustzijn",
            "ownership",
            2,
            "rolbewustzijn",
        )
    elif placement.owner != ctx.case.owner:
        yield change(
            "rolbewustzijn",
            "ownership",
            -3,
            "verkeerde_eigenaar",
        )


def emotionele_kloof(ctx: Context) -> Iterator[Item]:
    """No real contact between the corners: nobody reaches out to the others (unless they click anyway)."""
    reaching = REACHING | ({"let_go"} if ctx.community_owns else set())
    if len(ctx.moves) == 3 and not any(move.kind in reaching for move in ctx.moves.values()):
        for meter in ("trust_burgers_overheid", "trust_burgers_partners", "trust_overheid_partners"):
            yield change(
                "emotionele_kloof",
                meter,
                -2,
                "emotionele_kloof",
            )


def spinnenwebben(ctx: Context) -> Iterator[Item]:
    """Webs on the board drain energy, one point each, until courage cuts them; rules up front spin new ones."""
    if ctx.webs:
        count = len(ctx.webs)
        yield Change("spinnenwebben", "energy", -count, both("engine.rule.webs_drain", count=count))
    for corner, move in ctx.moves.items():
        if move.kind != "rules":
            continue
        named = any(effect.move == move.id and effect.web is not None for effect in ctx.case.effects)
        if ctx.quadrant == "overheid_alone" and corner == "overheid" and not named:
            continue  # the rule of law: the municipality's own rules in its own job, unless the case names a web
        if (case_sign(ctx.case, corner, move) or 0) > 0:
            continue  # the case says these rules help here: no web
        yield Spin(
            corner,
            move.id,
            _web_label(ctx, move.id, move.web),
            both("engine.rule.web"),
        )
    for corner, move in ctx.moves.items():
        if move.kind == "courage":
            yield Cut(corner, move.id, _from(move.title))


def _web_label(ctx: Context, move_id: str, default: Text | None) -> Bilingual:
    for effect in ctx.case.effects:
        if effect.move == move_id and effect.web is not None:
            return _from(effect.web)
    if default is not None:
        return _from(default)
    return both("engine.rule.web_label")


RULES: tuple[tuple[str, Rule], ...] = (
    ("zet", zet),
    ("oordeel", oordeel),
    ("rollen", rollen),
    ("rolbewustzijn", rolbewustzijn),
    ("spinnenwebben", spinnenwebben),
)

RULE_NAMES: frozenset[str] = frozenset(
    {
        "zet", "casus", "rol_past", "rolvastheid", "rolbewustzijn", "vertrouwen", "energie", "eigenaarschap",
        "gebeurtenis", "klik", "emotionele_kloof", "spinnenwebben", "eigen_taak", "onmogelijke_liefde",
        "loslaten", "liefdevolle_verwaarlozing", "valse_liefde",
    }
)  # fmt: skip
"""Every rule name a change can carry (and so a question's `after_rule` can name)."""
