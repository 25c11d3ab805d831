"""The frame: what the ownership matrix says of a kind of move, where the case itself says nothing.

Small amounts on purpose: the frame sets the tone, the case decides. Every kind of move misfits (or is
neutral) in at least one quadrant, for every corner; a test checks it.
"""

from __future__ import annotations

from typing import NamedTuple

from ..content.models import Case, Corner, Effect, Meter, Move, MoveKind, Quadrant


class Principle(NamedTuple):
    rule: str
    meter: Meter
    amount: int
    nl: str
    en: str


P: dict[str, Principle] = {
    "producent": Principle(
        "eigen_taak",
        "ownership",
        2,
        "Burgers doen het: van consument naar producent.",
        "Citizens do it: from consumer to producer.",
    ),
    "werk_van_gemeente": Principle(
        "onmogelijke_liefde",
        "energy",
        -3,
        "Onmogelijke liefde: het dorp doet ongevraagd het werk van de gemeente.",
        "Impossible love: the village does the municipality's job, unasked.",
    ),
    "vragen": Principle(
        "vertrouwen",
        "trust_burgers_overheid",
        1,
        "Om een kleine, concrete bijdrage vragen: het initiatief blijft van het dorp.",
        "Asking for a small, specific contribution: the initiative stays the village's own.",
    ),
    "eisen": Principle(
        "onmogelijke_liefde",
        "ownership",
        -3,
        "Van de gemeente vragen wat het dorp zelf in handen heeft: van producent terug naar consument.",
        "Asking the municipality for what the village holds itself: from producer back to consumer.",
    ),
    "aanspreken": Principle(
        "eigen_taak",
        "trust_burgers_overheid",
        1,
        "Dit is het werk van de gemeente; het dorp mag haar daar gerust op aanspreken.",
        "This is the municipality's job; the village may well hold it to that.",
    ),
    "contact": Principle(
        "vertrouwen",
        "trust_burgers_overheid",
        1,
        "Contact tussen de neuzen, niet tussen de oren: echte betrokkenheid.",
        "Contact face to face, not just in the head: real involvement.",
    ),
    "waarderen": Principle(
        "vertrouwen",
        "energy",
        1,
        "Waarderen: alles wat aandacht krijgt, groeit.",
        "Appreciation: everything that gets attention, grows.",
    ),
    "verbinden": Principle(
        "vertrouwen",
        "trust_overheid_partners",
        1,
        "Verbinden: initiatieven, mensen en partners vinden elkaar.",
        "Connecting: initiatives, people and partners find each other.",
    ),
    "moed": Principle(
        "spinnenwebben",
        "energy",
        1,
        "Moed: een regel creatief uitleggen, zodat het initiatief verder kan.",
        "Courage: interpreting a rule creatively, so the initiative can go on.",
    ),
    "afwachten": Principle(
        "emotionele_kloof",
        "energy",
        -2,
        "Afwachten: intussen gebeurt er niets, en het initiatief verliest vaart.",
        "Waiting: meanwhile nothing happens, and the initiative loses speed.",
    ),
    "niet_inspringen": Principle(
        "eigen_taak",
        "energy",
        1,
        "Dit is het werk van de gemeente: het dorp hoeft niet in te springen.",
        "This is the municipality's work: the village need not step in.",
    ),
    "regels_vooraf": Principle(
        "spinnenwebben",
        "energy",
        -2,
        "Regels vooraf: de energie gaat naar formulieren in plaats van naar het dorp.",
        "Rules up front: the energy goes into forms instead of into the village.",
    ),
    "rechtsstaat": Principle(
        "spinnenwebben",
        "trust_burgers_overheid",
        1,
        "Hier horen regels bij het werk zelf: de rechtsstaat. Geen spinnenweb.",
        "Here rules are part of the job itself: the rule of law. No spider web.",
    ),
    "overnemen": Principle(
        "valse_liefde",
        "ownership",
        -4,
        "Valse liefde: overnemen wat van het dorp is; goed bedoeld, maar het eigenaarschap verdwijnt.",
        "False love: taking over what belongs to the village; well meant, but ownership disappears.",
    ),
    "loslaten": Principle(
        "loslaten",
        "ownership",
        2,
        "Ware liefde: loslaten en vertrouwen, want dit is van het dorp.",
        "True love: letting go and trusting, because this belongs to the village.",
    ),
    "in_de_steek": Principle(
        "liefdevolle_verwaarlozing",
        "energy",
        -3,
        "Loslaten is niet in de steek laten: het dorp had hier één ding nodig.",
        "Letting go is not abandoning: the village needed one thing here.",
    ),
    "aanvullen": Principle(
        "liefdevolle_verwaarlozing",
        "ownership",
        2,
        "Liefdevolle verwaarlozing: aanvullen waar nodig, en verder niet.",
        "Loving neglect: complementing where needed, and no more.",
    ),
    "schutting": Principle(
        "onmogelijke_liefde",
        "trust_burgers_overheid",
        -4,
        "Onmogelijke liefde: een taak over de schutting gooien die het dorp niet kan dragen.",
        "Impossible love: throwing a task over the fence that the village cannot carry.",
    ),
    "wegkijken": Principle(
        "emotionele_kloof",
        "trust_burgers_overheid",
        -4,
        "Dit is de eigen taak van de gemeente: wegkijken is verwaarlozing, geen loslaten.",
        "This is the municipality's own job: looking away is neglect, not letting go.",
    ),
    "dienstverlening": Principle(
        "eigen_taak",
        "trust_burgers_overheid",
        2,
        "Goede dienstverlening: de gemeente doet haar eigen werk, en doet het goed.",
        "Good service: the municipality does its own job, and does it well.",
    ),
    "coproductie": Principle(
        "eigen_taak",
        "ownership",
        2,
        "Coproductie: de gemeente trekt, het dorp denkt en doet mee.",
        "Co-production: the municipality leads, the village thinks and works along.",
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
