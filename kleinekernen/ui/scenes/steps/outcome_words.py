"""The outcome in two or three sentences to read aloud, and each reason with the corner (and act) it is owed to.

The engine decides which act weighed most and what carries over (`engine.verdict`); this module only puts
that into the group's language from the screen catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ....content.deck import Deck
from ....engine.resolve import BLOOM_FROM
from ....engine.state import CaseResult, Change
from ....engine.verdict import carried_over, weightiest_act

Translate = Callable[..., str]


def act_kind(deck: Deck, act: str) -> str:
    """'role' or 'move': what kind of card an act is, for the sentence that names it."""
    return "role" if act in deck.roles else "move"


def act_title(deck: Deck, act: str | None, lang: str) -> str:
    card = deck.moves.get(act or "") or deck.roles.get(act or "")
    return card.title.get(lang) if card is not None else ""


def what_happened(result: CaseResult, t: Translate) -> str:
    return t(f"outcome.say.{result.outcome}", count=abs(result.score), score=f"{result.score:+d}", bloom=BLOOM_FROM)


def what_weighed_most(deck: Deck, changes: Sequence[Change], t: Translate, lang: str) -> str:
    most = weightiest_act(changes)
    title = act_title(deck, most.act, lang) if most is not None else ""
    if most is None or not title:
        return t("outcome.say.no_act")
    way = "helped" if most.amount > 0 else "harmed"
    return t(
        f"outcome.say.{way}.{act_kind(deck, most.act)}",
        count=abs(most.amount),
        amount=f"{most.amount:+d}",
        act=title,
        corner=t(f"outcome.say.corner.{most.corner}"),
        meter=t(f"outcome.say.meter.{most.meter}"),
    )


def what_carries_over(result: CaseResult, last: bool, t: Translate, lang: str) -> str:
    left = carried_over(result)
    if last:
        return t("outcome.say.last")
    if left.events:
        return t("outcome.say.event", event=" ".join(event.get(lang).strip() for event in left.events))
    if left.spun:
        return t("outcome.say.spun", count=left.spun)
    if left.cut:
        return t("outcome.say.cut", count=left.cut)
    return t("outcome.say.meters")


def outcome_sentences(
    deck: Deck, result: CaseResult, shown: Sequence[Change], last: bool, t: Translate, lang: str
) -> list[str]:
    """What happened, which act of which corner caused most of it (of the changes `shown` now), what carries on."""
    return [what_happened(result, t), what_weighed_most(deck, shown, t, lang), what_carries_over(result, last, t, lang)]


def reason_with_corner(deck: Deck, change: Change, t: Translate, lang: str) -> str:
    """A reason naming whose it is: "Overheid · Relatiebouwer: …"; a reason of the case as a whole stands alone."""
    reason = change.reason.get(lang).strip()
    if change.corner is None:
        return reason
    corner = t(f"corner.{change.corner}")
    title = act_title(deck, change.act, lang)
    reason = reason.removeprefix(f"{title}:").strip() if title else reason  # a move's reason may start with it
    if title:
        return t("outcome.reason_by", corner=corner, act=title, reason=reason)
    return t("outcome.reason_of", corner=corner, reason=reason)
