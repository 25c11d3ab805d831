"""The meters feed later cases: a verdict is gated by the meters as the case begins.

- Asking for help works only where trust on that edge is high enough.
- With little energy left, an ambitious move of the village strands halfway.
- Ownership grown in earlier cases lets the village carry more; energy lets its other good moves land better.
- An asked-for contribution that is given keeps an agreement.
- A good move of the partners or the municipality barely lands where the village does not trust them,
  and lands better where it does.

A gate never adds a change of the other sign to a verdict: a failing gate replaces the verdict.
"""

from __future__ import annotations

from ..content.models import Corner, Meter, Move, MoveKind
from .context import Context, edge
from .state import Change
from .texts import both

ASK_TRUST = 45
"""Trust on the edge below which an ask is not heard."""
LOW_ENERGY = 40
"""Energy below which an ambitious move of the village strands."""
LIVELY = 60
"""Energy from which the village's other good moves land better."""
CARRY_OWNERSHIP = 60
"""Ownership from which the village carries more."""
DOUBTED = 40
"""Trust on its edge with the village below which a partner's or the municipality's good move barely lands."""
TRUSTED = 60
"""Trust from which it lands better."""
AMBITIOUS: frozenset[MoveKind] = frozenset({"do_it", "courage"})
CARRYING: frozenset[MoveKind] = frozenset({"do_it", "ask", "connect", "courage"})


def asked_edge(ctx: Context) -> Meter:
    """The edge an ask of the village travels: to the partners if only they give, else to the municipality."""
    if ctx.kind("partners") == "contribute" and ctx.kind("overheid") != "contribute":
        return "trust_burgers_partners"
    return "trust_burgers_overheid"


def gated(ctx: Context, corner: Corner, move: Move, verdict: list[Change]) -> list[Change]:
    if sum(item.amount for item in verdict) <= 0:
        return verdict
    value = ctx.meters.get
    if corner == "burgers":
        if move.kind == "ask" and value(asked_edge(ctx)) < ASK_TRUST:
            trust = value(asked_edge(ctx))
            return [
                _change(
                    "vertrouwen",
                    "energy",
                    -3,
                    "ask_without_trust",
                    corner,
                    move,
                    trust=trust,
                )
            ]
        if move.kind in AMBITIOUS and value("energy") < LOW_ENERGY:
            energy = value("energy")
            return [
                _change(
                    "energie",
                    "ownership",
                    -3,
                    "too_little_energy",
                    corner,
                    move,
                    energy=energy,
                )
            ]
        if move.kind not in CARRYING and value("energy") >= LIVELY:
            energy = value("energy")
            verdict = [
                *verdict,
                _change(
                    "energie",
                    "energy",
                    2,
                    "lively",
                    corner,
                    move,
                    energy=energy,
                ),
            ]
        if move.kind in CARRYING and value("ownership") >= CARRY_OWNERSHIP:
            owned = value("ownership")
            verdict = [
                *verdict,
                _change(
                    "eigenaarschap",
                    "energy",
                    3,
                    "carries_more",
                    corner,
                    move,
                    owned=owned,
                ),
            ]
        return verdict
    trust = value(edge("burgers", corner))
    if trust < DOUBTED:
        return [
            _change(
                "vertrouwen",
                edge("burgers", corner),
                1,
                "doubted",
                corner,
                move,
                trust=trust,
            )
        ]
    if trust >= TRUSTED:
        verdict = [
            *verdict,
            _change(
                "vertrouwen",
                "energy",
                2,
                "trusted",
                corner,
                move,
                trust=trust,
            ),
        ]
    if move.kind == "contribute" and ctx.kind("burgers") == "ask" and value(asked_edge(ctx)) >= ASK_TRUST:
        verdict = [
            *verdict,
            _change(
                "vertrouwen",
                edge("burgers", corner),
                2,
                "asked_and_given",
                corner,
                move,
            ),
        ]
    return verdict


def _change(rule: str, meter: Meter, amount: int, reason: str, corner: Corner, move: Move, **values: int) -> Change:
    """A gated change whose reason is the catalogue's engine.gate.REASON, filled with the meter's value."""
    return Change(rule, meter, amount, both(f"engine.gate.{reason}", **values), corner, None, move.id)
