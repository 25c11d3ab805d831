"""The scoring rules. Each principle of the brief is one small named rule that explains its changes.

A rule reads the Context of one case and yields Changes (to meters) and web intents (Spin, Cut).
Amounts are small whole numbers; the meters run from 0 to 100.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..content.models import Corner, Effect, Meter, Move, MoveKind, Quadrant, Text
from .context import HOME, Context, edge
from .state import Bilingual, Change


@dataclass(frozen=True)
class Spin:
    """A rules move spins a web with this label."""

    corner: Corner
    move_id: str
    label: Bilingual
    reason: Bilingual


@dataclass(frozen=True)
class Cut:
    """A move of courage cuts the oldest web on the board."""

    corner: Corner
    move_id: str
    reason: Bilingual


Item = Change | Spin | Cut
Rule = Callable[[Context], Iterator[Item]]

CONTACT_KINDS: frozenset[MoveKind] = frozenset({"contact", "appreciate", "connect", "ask", "contribute"})
WEB_DRAIN_CAP = 4


def _say(nl: str, en: str) -> Bilingual:
    return Bilingual(nl, en)


def _from(text: Text) -> Bilingual:
    return Bilingual(text.nl, text.en)


def change(rule: str, meter: Meter, amount: int, nl: str, en: str, corner: Corner | None = None) -> Change:
    return Change(rule, meter, amount, Bilingual(nl, en), corner)


def zet(ctx: Context) -> Iterator[Item]:
    """Each move card's own, immediately visible effect."""
    for corner, move in ctx.moves.items():
        key = ("zet", move.id)
        prepared = ctx.deck.memo.get(key)
        if prepared is None:
            reason = _move_reason(move)
            prepared = ctx.deck.memo[key] = [(meter, amount, reason) for meter, amount in move.changes().items()]
        for meter, amount, reason in prepared:
            yield Change("zet", meter, amount, reason, corner)


def _move_reason(move: Move) -> Bilingual:
    """A card's own effect is explained by the card itself: its title and what it says."""
    return Bilingual(f"{move.title.nl}: {move.text.nl}", f"{move.title.en or move.title.nl}: {move.text.get('en')}")


def casus(ctx: Context) -> Iterator[Item]:
    """What the case file says a chosen move or role does in this particular case."""
    for effect, changes, reason in _prepared_effects(ctx):
        corner = _owner_of(ctx, effect.move, effect.role)
        if corner is None:
            continue
        for meter, amount in changes:
            yield Change("casus", meter, amount, reason, corner)


def _prepared_effects(ctx: Context) -> list[tuple[Effect, list[tuple[Meter, int]], Bilingual]]:
    key = ("casus", ctx.case.case_id)
    prepared = ctx.deck.memo.get(key)
    if prepared is None:
        prepared = ctx.deck.memo[key] = [
            (effect, list(effect.changes().items()), _from(effect.reason)) for effect in ctx.case.effects
        ]
    return prepared


def _owner_of(ctx: Context, move_id: str | None, role_id: str | None) -> Corner | None:
    for corner, move in ctx.moves.items():
        if move_id is not None and move.id == move_id:
            return corner
    for corner, role in ctx.roles.items():
        if role_id is not None and role.id == role_id:
            return corner
    return None


def rolbewustzijn(ctx: Context) -> Iterator[Item]:
    """The group places the case in the matrix: knowing whose problem it is, is half the work."""
    placement = ctx.placement
    if placement.owner == ctx.case.owner and placement.needs_other == ctx.case.needs_other:
        yield change(
            "rolbewustzijn",
            "ownership",
            2,
            "De groep ziet van wie het probleem is en wie wie nodig heeft: rolbewustzijn.",
            "The group sees whose problem it is and who needs whom: role awareness.",
        )
    elif placement.owner != ctx.case.owner:
        yield change(
            "rolbewustzijn",
            "ownership",
            -3,
            "De groep legt het probleem bij de verkeerde eigenaar; dat kleurt elke keuze erna.",
            "The group puts the problem with the wrong owner; that colours every choice after it.",
        )


def rol_past(ctx: Context) -> Iterator[Item]:
    """A role that fits the quadrant helps; one that does not, gets in the way.

    Where the case file says what a role does in this case, the case knows better: it replaces this rule.
    """
    judged_by_case = {effect.role for effect, _, _ in _prepared_effects(ctx) if effect.role is not None}
    for corner, role in ctx.roles.items():
        if role.id in judged_by_case:
            continue
        if ctx.quadrant in role.fits:
            yield change(
                "rol_past",
                HOME[corner],
                2,
                f"De rol {role.title.nl} past bij deze casus.",
                f"The role {role.title.en or role.title.nl} fits this case.",
                corner,
            )
        else:
            yield change(
                "rol_past",
                HOME[corner],
                -2,
                f"De rol {role.title.nl} past niet bij wie hier eigenaar is.",
                f"The role {role.title.en or role.title.nl} does not fit who owns this case.",
                corner,
            )


def rolvastheid(ctx: Context) -> Iterator[Item]:
    """A corner that stays in a fitting role, case after case, is someone you can count on."""
    if ctx.previous_quadrant is None:
        return
    for corner, role in ctx.roles.items():
        before = ctx.previous_roles.get(corner)
        if before is None or before.id != role.id:
            continue
        if ctx.quadrant not in role.fits or ctx.previous_quadrant not in before.fits:
            continue
        yield change(
            "rolvastheid",
            HOME[corner],
            2,
            f"Rolbewust en rolvast: twee casussen op rij {role.title.nl}, en het past.",
            f"Aware of its role and steady in it: {role.title.en or role.title.nl} two cases in a row, and it fits.",
            corner,
        )


def vertrouwen(ctx: Context) -> Iterator[Item]:
    """Reward trust: real contact, appreciation, connections, and agreements that are kept."""
    for corner, move in ctx.moves.items():
        if move.kind == "contact":
            if corner == "burgers":
                yield change("vertrouwen", "trust_burgers_overheid", 1, *_CONTACT, corner)
                yield change("vertrouwen", "trust_burgers_partners", 1, *_CONTACT, corner)
            else:
                yield change("vertrouwen", edge(corner, "burgers"), 2 if ctx.case.needs_other else 1, *_CONTACT, corner)
        elif move.kind == "appreciate":
            yield change(
                "vertrouwen",
                "energy",
                2,
                "Waarderen: alles wat aandacht krijgt, groeit.",
                "Appreciation: everything that gets attention, grows.",
                corner,
            )
        elif move.kind == "connect" and corner != "burgers":
            yield change(
                "vertrouwen",
                "trust_overheid_partners",
                2,
                "Verbinden: gemeente en partners trekken samen op in plaats van langs elkaar heen.",
                "Connecting: municipality and partners work together instead of past each other.",
                corner,
            )
        elif move.kind == "connect":
            yield change(
                "vertrouwen",
                "energy",
                1,
                "Initiatieven die elkaar vinden, geven elkaar energie.",
                "Initiatives that find each other give each other energy.",
                corner,
            )
    if ctx.kind("burgers") == "ask":
        for giver in ("overheid", "partners"):
            if ctx.kind(giver) == "contribute":
                yield change(
                    "vertrouwen",
                    edge("burgers", giver),
                    3,
                    "Gevraagd en gegeven: een afspraak die wordt nagekomen.",
                    "Asked and given: an agreement that is kept.",
                    giver,
                )


_CONTACT = (
    "Contact tussen de neuzen, niet tussen de oren: echte betrokkenheid.",
    "Contact face to face, not just in the head: real involvement.",
)


def loslaten(ctx: Context) -> Iterator[Item]:
    """Where the community owns the case: overheid and partners let go and trust."""
    if not ctx.community_owns:
        return
    amount = 3 if ctx.quadrant == "burgers_alone" else 1
    for corner in ("overheid", "partners"):
        if ctx.kind(corner) == "let_go":
            yield change(
                "loslaten",
                "ownership",
                amount,
                "Ware liefde: loslaten en vertrouwen, want dit is van het dorp.",
                "True love: letting go and trusting, because this belongs to the village.",
                corner,
            )


def liefdevolle_verwaarlozing(ctx: Context) -> Iterator[Item]:
    """The community owns it but needs the municipality: a small, asked-for contribution is best."""
    if ctx.quadrant != "burgers_with_overheid":
        return
    kind = ctx.kind("overheid")
    if kind == "contribute":
        yield change(
            "liefdevolle_verwaarlozing",
            "ownership",
            3,
            "Liefdevolle verwaarlozing: aanvullen waar nodig, en verder niet.",
            "Loving neglect: complementing where needed, and no more.",
            "overheid",
        )
        if ctx.kind("burgers") == "ask":
            yield change(
                "liefdevolle_verwaarlozing",
                "energy",
                2,
                "Precies wat het dorp vroeg: het initiatief blijft van het dorp.",
                "Exactly what the village asked for: the initiative stays the village's own.",
                "overheid",
            )
    elif kind in ("let_go", "wait", "hand_over"):
        yield change(
            "liefdevolle_verwaarlozing",
            "energy",
            -4,
            "Loslaten is niet in de steek laten: het dorp had hier één ding nodig van de gemeente.",
            "Letting go is not abandoning: the village needed one thing from the municipality here.",
            "overheid",
        )
    if ctx.kind("partners") == "contribute":
        asked = ctx.kind("burgers") == "ask"
        yield change(
            "liefdevolle_verwaarlozing",
            "energy",
            2,
            "De partner vult aan waar nodig, op verzoek van het dorp."
            if asked
            else "De partner vult aan waar nodig, zonder het over te nemen.",
            "The partner complements where needed, at the village's request."
            if asked
            else "The partner complements where needed, without taking over.",
            "partners",
        )


def valse_liefde(ctx: Context) -> Iterator[Item]:
    """Taking over what the community owns: pampering that smothers ownership."""
    if not ctx.community_owns:
        return
    for corner in ("overheid", "partners"):
        if ctx.kind(corner) == "do_it":
            yield change(
                "valse_liefde",
                "ownership",
                -6,
                "Valse liefde: overnemen wat van het dorp is; goed bedoeld, maar het eigenaarschap verdwijnt.",
                "False love: taking over what belongs to the village; well meant, but ownership disappears.",
                corner,
            )
            yield change(
                "valse_liefde",
                "energy",
                -3,
                "Wie alles voor je regelt, maakt je tot consument in plaats van producent.",
                "Whoever arranges everything for you turns you into a consumer instead of a producer.",
                corner,
            )


def onmogelijke_liefde(ctx: Context) -> Iterator[Item]:
    """Asking what cannot be given: tasks over the fence, or the village doing the municipality's job."""
    if ctx.kind("overheid") == "hand_over":
        amount = -5 if not ctx.community_owns else -3
        yield change(
            "onmogelijke_liefde",
            "trust_burgers_overheid",
            amount,
            "Onmogelijke liefde: een taak over de schutting gooien om te bezuinigen.",
            "Impossible love: throwing a task over the fence to save money.",
            "overheid",
        )
        if not ctx.community_owns:
            yield change(
                "onmogelijke_liefde",
                "energy",
                -4,
                "Het dorp moet iets dragen wat het niet kan dragen.",
                "The village has to carry something it cannot carry.",
                "overheid",
            )
    if ctx.quadrant == "overheid_alone" and ctx.kind("burgers") == "do_it" and ctx.kind("overheid") != "hand_over":
        yield change(
            "onmogelijke_liefde",
            "energy",
            -5,
            "Onmogelijke liefde: het dorp doet ongevraagd het werk van de gemeente.",
            "Impossible love: the village does the municipality's job, unasked.",
            "burgers",
        )
    if ctx.community_owns and ctx.kind("burgers") == "demand":
        yield change(
            "onmogelijke_liefde",
            "ownership",
            -4,
            "Van de gemeente vragen wat het dorp zelf in handen heeft: van producent terug naar consument.",
            "Asking the municipality for what the village holds itself: from producer back to consumer.",
            "burgers",
        )


def emotionele_kloof(ctx: Context) -> Iterator[Item]:
    """No real contact between the corners, or a municipality that neglects its own job."""
    reaching = CONTACT_KINDS | ({"let_go"} if ctx.community_owns else set())
    if len(ctx.moves) == 3 and not any(move.kind in reaching for move in ctx.moves.values()):
        for meter in ("trust_burgers_overheid", "trust_burgers_partners", "trust_overheid_partners"):
            yield change(
                "emotionele_kloof",
                meter,
                -2,
                "Emotionele kloof: niemand zoekt de ander echt op.",
                "Emotional gap: nobody really reaches out to the others.",
            )
    if not ctx.community_owns and ctx.kind("overheid") in ("let_go", "wait"):
        yield change(
            "emotionele_kloof",
            "trust_burgers_overheid",
            -5,
            "Dit is de eigen taak van de gemeente: wegkijken is verwaarlozing, geen loslaten.",
            "This is the municipality's own job: looking away is neglect, not letting go.",
            "overheid",
        )
    if ctx.quadrant == "overheid_with_burgers" and ctx.kind("overheid") == "do_it":
        others = {ctx.kind("burgers"), ctx.kind("partners")}
        if not others & {"contact", "connect", "ask"}:
            yield change(
                "emotionele_kloof",
                "trust_burgers_overheid",
                -3,
                "De gemeente doet het alleen, terwijl ze het dorp hier nodig heeft.",
                "The municipality does it alone, while it needs the village here.",
                "overheid",
            )


def eigen_taak(ctx: Context) -> Iterator[Item]:
    """The matrix decides what fits: each owner doing its own part."""
    burgers, overheid = ctx.kind("burgers"), ctx.kind("overheid")
    if ctx.quadrant == "overheid_alone" and overheid in ("do_it", "contribute"):
        yield change(
            "eigen_taak",
            "trust_burgers_overheid",
            3,
            "Goede dienstverlening: de gemeente doet haar eigen werk, en doet het goed.",
            "Good service: the municipality does its own job, and does it well.",
            "overheid",
        )
    elif ctx.quadrant == "overheid_with_burgers" and overheid in ("do_it", "contact", "connect", "courage"):
        if burgers in ("contact", "ask", "connect"):
            yield change(
                "eigen_taak",
                "ownership",
                3,
                "Coproductie: de gemeente trekt, het dorp denkt en doet mee.",
                "Co-production: the municipality leads, the village thinks and works along.",
                "overheid",
            )
    elif ctx.community_owns and burgers == "do_it":
        yield change(
            "eigen_taak",
            "ownership",
            3 if ctx.quadrant == "burgers_alone" else 2,
            "Burgers doen het: van consument naar producent.",
            "Citizens do it: from consumer to producer.",
            "burgers",
        )


def spinnenwebben(ctx: Context) -> Iterator[Item]:
    """Rules up front spin webs that stay, drain energy and make moves cost more, until courage cuts them."""
    if ctx.webs:
        drain = min(len(ctx.webs), WEB_DRAIN_CAP)
        yield change(
            "spinnenwebben",
            "energy",
            -drain,
            f"{len(ctx.webs)} procedurele spinnenweb(ben) op het bord kosten energie.",
            f"{len(ctx.webs)} procedural spider web(s) on the board drain energy.",
        )
        if ctx.kind("burgers") in ("do_it", "ask"):
            yield change(
                "spinnenwebben",
                "ownership",
                -min(len(ctx.webs), 3),
                "Elke stap van het dorp moet eerst langs de spinnenwebben.",
                "Every step the village takes must first get past the spider webs.",
                "burgers",
            )
    for corner, move in ctx.moves.items():
        if move.kind == "courage":
            yield Cut(
                corner,
                move.id,
                _say(
                    f"{move.title.nl}: moed knipt een spinnenweb door.",
                    f"{move.title.en or move.title.nl}: courage cuts a spider web.",
                ),
            )
        if move.kind != "rules":
            continue
        if ctx.quadrant == "overheid_alone" and corner == "overheid":
            yield change(
                "spinnenwebben",
                "trust_burgers_overheid",
                1,
                "Hier horen regels bij het werk zelf: de rechtsstaat. Geen spinnenweb.",
                "Here rules are part of the job itself: the rule of law. No spider web.",
                corner,
            )
            continue
        yield Spin(
            corner,
            move.id,
            _web_label(ctx, move.id, move.web),
            _say(
                "Procedurele spinnenwebben: regels vooraf blokkeren de communicatie.",
                "Procedural spider webs: rules up front block communication.",
            ),
        )
        yield change(
            "spinnenwebben",
            "energy",
            -3,
            "Regels vooraf: de energie gaat naar formulieren in plaats van naar het dorp.",
            "Rules up front: the energy goes into forms instead of into the village.",
            corner,
        )


def _web_label(ctx: Context, move_id: str, default: Text | None) -> Bilingual:
    for effect in ctx.case.effects:
        if effect.move == move_id and effect.web is not None:
            return _from(effect.web)
    if default is not None:
        return _from(default)
    return _say("regels vooraf", "rules up front")


FIT_KINDS: dict[Quadrant, dict[Corner, frozenset[MoveKind]]] = {
    "burgers_alone": {
        "burgers": frozenset({"do_it", "connect", "contact", "appreciate", "courage"}),
        "overheid": frozenset({"let_go", "appreciate", "contact", "courage"}),
        "partners": frozenset({"let_go", "appreciate", "connect", "contact"}),
    },
    "burgers_with_overheid": {
        "burgers": frozenset({"do_it", "ask", "connect", "contact", "courage"}),
        "overheid": frozenset({"contribute", "contact", "appreciate", "courage", "connect"}),
        "partners": frozenset({"contribute", "connect", "contact", "appreciate", "let_go"}),
    },
    "overheid_with_burgers": {
        "burgers": frozenset({"contact", "connect", "ask", "appreciate", "courage"}),
        "overheid": frozenset({"do_it", "contact", "connect", "courage", "contribute"}),
        "partners": frozenset({"connect", "contact", "contribute", "courage"}),
    },
    "overheid_alone": {
        "burgers": frozenset({"ask", "contact", "appreciate", "wait"}),
        "overheid": frozenset({"do_it", "contribute", "courage", "contact"}),
        "partners": frozenset({"contribute", "wait", "let_go", "connect"}),
    },
}


def klik(ctx: Context) -> Iterator[Item]:
    """True love needs a triangle: complementary moves on all three corners."""
    if len(ctx.moves) < 3:
        return
    fits = FIT_KINDS[ctx.quadrant]
    kinds = {corner: move.kind for corner, move in ctx.moves.items()}
    acting = {"do_it", "contribute", "ask", "courage", "let_go"}
    fitting = all(kind in fits[corner] for corner, kind in kinds.items())
    if fitting and len(set(kinds.values())) >= 2 and acting & set(kinds.values()):
        for meter in ("trust_burgers_overheid", "trust_burgers_partners", "trust_overheid_partners"):
            yield change(
                "klik",
                meter,
                3,
                "Van kloof naar klik: de drie hoeken vullen elkaar aan.",
                "From gap to click: the three corners complement each other.",
            )
        yield change(
            "klik",
            "energy",
            2,
            "Ware liefde vraagt om een driehoeksverhouding.",
            "True love needs a triangle.",
        )


RULES: tuple[tuple[str, Rule], ...] = (
    ("zet", zet),
    ("casus", casus),
    ("rolbewustzijn", rolbewustzijn),
    ("rol_past", rol_past),
    ("rolvastheid", rolvastheid),
    ("vertrouwen", vertrouwen),
    ("loslaten", loslaten),
    ("liefdevolle_verwaarlozing", liefdevolle_verwaarlozing),
    ("valse_liefde", valse_liefde),
    ("onmogelijke_liefde", onmogelijke_liefde),
    ("emotionele_kloof", emotionele_kloof),
    ("eigen_taak", eigen_taak),
    ("spinnenwebben", spinnenwebben),
    ("klik", klik),
)
