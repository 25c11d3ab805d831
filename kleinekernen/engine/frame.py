"""The frame: what the ownership matrix says of a kind of move, where the case itself says nothing.

Small amounts on purpose: the frame sets the tone, the case decides. Every kind of move misfits (or is
neutral) in at least one quadrant, for every corner; a test checks it.
"""

from __future__ import annotations

from typing import NamedTuple

from ..content.models import Case, Corner, Effect, Meter, Move, MoveKind, Quadrant
from .texts import both


class Principle(NamedTuple):
    rule: str
    meter: Meter
    amount: int
    nl: str
    en: str


def _reason(name: str) -> tuple[str, str]:
    """The principle's reason in Dutch and English, from the catalogue (engine.frame.NAME)."""
    text = both(f"engine.frame.{name}")
    return text.nl, text.en


P: dict[str, Principle] = {
    "producent": Principle(
        "eigen_taak",
        "ownership",
        2,
        *_reason("producent"),
    ),
    "werk_van_gemeente": Principle(
        "onmogelijke_liefde",
        "energy",
        -3,
        *_reason("werk_van_gemeente"),
    ),
    "vragen": Principle(
        "vertrouwen",
        "trust_burgers_overheid",
        1,
        *_reason("vragen"),
    ),
    "eisen": Principle(
        "onmogelijke_liefde",
        "ownership",
        -3,
        *_reason("eisen"),
    ),
    "aanspreken": Principle(
        "eigen_taak",
        "trust_burgers_overheid",
        1,
        *_reason("aanspreken"),
    ),
    "contact": Principle(
        "vertrouwen",
        "trust_burgers_overheid",
        1,
        *_reason("contact"),
    ),
    "waarderen": Principle(
        "vertrouwen",
        "energy",
        1,
        *_reason("waarderen"),
    ),
    "verbinden": Principle(
        "vertrouwen",
        "trust_overheid_partners",
        1,
        *_reason("verbinden"),
    ),
    "moed": Principle(
        "spinnenwebben",
        "energy",
        1,
        *_reason("moed"),
    ),
    "afwachten": Principle(
        "emotionele_kloof",
        "energy",
        -2,
        *_reason("afwachten"),
    ),
    "niet_inspringen": Principle(
        "eigen_taak",
        "energy",
        1,
        *_reason("niet_inspringen"),
    ),
    "regels_vooraf": Principle(
        "spinnenwebben",
        "energy",
        -2,
        *_reason("regels_vooraf"),
    ),
    "rechtsstaat": Principle(
        "spinnenwebben",
        "trust_burgers_overheid",
        1,
        *_reason("rechtsstaat"),
    ),
    "overnemen": Principle(
        "valse_liefde",
        "ownership",
        -4,
        *_reason("overnemen"),
    ),
    "loslaten": Principle(
        "loslaten",
        "ownership",
        2,
        *_reason("loslaten"),
    ),
    "in_de_steek": Principle(
        "liefdevolle_verwaarlozing",
        "energy",
        -3,
        *_reason("in_de_steek"),
    ),
    "aanvullen": Principle(
        "liefdevolle_verwaarlozing",
        "ownership",
        2,
        *_reason("aanvullen"),
    ),
    "schutting": Principle(
        "onmogelijke_liefde",
        "trust_burgers_overheid",
        -4,
        *_reason("schutting"),
    ),
    "wegkijken": Principle(
        "emotionele_kloof",
        "trust_burgers_overheid",
        -4,
        *_reason("wegkijken"),
    ),
    "dienstverlening": Principle(
        "eigen_taak",
        "trust_burgers_overheid",
        2,
        *_reason("dienstverlening"),
    ),
    "coproductie": Principle(
        "eigen_taak",
        "ownership",
        2,
        *_reason("coproductie"),
    ),
}

BA, BW, OW, OA = "burgers_alone", "burgers_with_overheid", "overheid_with_burgers", "overheid_alone"
_TABLE: dict[Corner, dict[MoveKind, tuple[str, str, str, str]]] = {
    # kind: principle in burgers_alone, burgers_with_overheid, overheid_with_burgers, overheid_alone ("" = none)
    "burgers": {
        "do_it": ("producent", "producent", "", "werk_van_gemeente"),
        "ask": ("", "vragen", "vragen", ""),
        "contact": ("contact", "contact", "contact", ""),
        "connect": ("verbinden", "verbinden", "verbinden", ""),
        "appreciate": ("waarderen", "waarderen", "", ""),
        "courage": ("", "moed", "moed", ""),
        "demand": ("eisen", "eisen", "", "aanspreken"),
        "wait": ("afwachten", "afwachten", "afwachten", "niet_inspringen"),
        "rules": ("regels_vooraf", "regels_vooraf", "regels_vooraf", "regels_vooraf"),
    },
    "overheid": {
        "do_it": ("overnemen", "overnemen", "coproductie", "dienstverlening"),
        "contribute": ("", "aanvullen", "aanvullen", "dienstverlening"),
        "let_go": ("loslaten", "in_de_steek", "wegkijken", "wegkijken"),
        "hand_over": ("schutting", "schutting", "schutting", "schutting"),
        "rules": ("regels_vooraf", "regels_vooraf", "regels_vooraf", "rechtsstaat"),
        "courage": ("", "moed", "moed", "moed"),
        "contact": ("contact", "contact", "contact", ""),
        "appreciate": ("waarderen", "waarderen", "", ""),
        "connect": ("", "verbinden", "verbinden", ""),
        "wait": ("", "in_de_steek", "wegkijken", "wegkijken"),
    },
    "partners": {
        "do_it": ("overnemen", "overnemen", "", ""),
        "contribute": ("", "aanvullen", "aanvullen", ""),
        "let_go": ("loslaten", "loslaten", "", ""),
        "rules": ("regels_vooraf", "regels_vooraf", "regels_vooraf", ""),
        "courage": ("", "moed", "moed", ""),
        "contact": ("contact", "contact", "contact", ""),
        "connect": ("verbinden", "verbinden", "verbinden", ""),
        "appreciate": ("waarderen", "waarderen", "", ""),
        "wait": ("", "afwachten", "afwachten", ""),
    },
}
_ORDER: tuple[Quadrant, ...] = (BA, BW, OW, OA)  # type: ignore[assignment]


def frame(quadrant: Quadrant, corner: Corner, kind: MoveKind) -> Principle | None:
    """The principle the matrix applies to this corner's kind of move in this quadrant, if any."""
    names = _TABLE[corner].get(kind)
    if names is None:
        return None
    name = names[_ORDER.index(quadrant)]
    return P[name] if name else None


def fits(quadrant: Quadrant, corner: Corner, kind: MoveKind) -> bool:
    principle = frame(quadrant, corner, kind)
    return principle is not None and principle.amount > 0


def kinds_of(corner: Corner) -> tuple[MoveKind, ...]:
    return tuple(_TABLE[corner])


def judges_move(effect: Effect, corner: Corner, move: Move) -> bool:
    """Whether a case effect judges this corner's move: by its card, or by its kind for that corner."""
    return effect.move == move.id or (effect.kind == move.kind and effect.corner == corner)


def case_sign(case: Case, corner: Corner, move: Move) -> int | None:
    """The sign of the case's own verdict on a move (1, -1 or 0), or None if the case does not judge it."""
    totals = [sum(effect.changes().values()) for effect in case.effects if judges_move(effect, corner, move)]
    if not totals:
        return None
    total = sum(totals)
    return (total > 0) - (total < 0)


def verdict_sign(case: Case, corner: Corner, move: Move) -> int:
    """The sign of the verdict before the meters gate it: the case's word, else the frame's."""
    sign = case_sign(case, corner, move)
    if sign is not None:
        return sign
    principle = frame(case.quadrant, corner, move.kind)
    return 0 if principle is None else (principle.amount > 0) - (principle.amount < 0)


def lesson_for(quadrant: Quadrant, corner: Corner, kind: MoveKind, sign: int) -> str | None:
    """The principle a case's own verdict on this kind of move stands for, for the lessons in love.

    The matrix's principle for this kind here, or else in the nearest quadrant, whose sign agrees with the
    case's verdict (taking over, condemned by a case, is false love); None when no principle agrees, so a
    lesson is never counted as going well where its rule only ever takes away.
    """
    names = _TABLE[corner].get(kind)
    if names is None or sign == 0:
        return None
    here = _ORDER.index(quadrant)
    for index in sorted(range(len(_ORDER)), key=lambda i: abs(i - here)):
        principle = P[names[index]] if names[index] else None
        if principle is not None and (principle.amount > 0) == (sign > 0):
            return principle.rule
    return None
