"""`kleinekernen simulate`: a whole session without a screen, every change with its reason.

The JSON form (format 1) is stable: keys are only ever added, never renamed. See the README.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence
from typing import Any

from ..content.deck import Deck
from ..content.models import CORNERS
from ..engine.choices import Choice, choice_from_dict, choice_to_dict
from ..engine.errors import EngineError
from ..engine.game import Game
from ..engine.policies import Policy, attitude_policy, greedy_policy, play_out, random_policy
from ..engine.setup import Player, Setup
from ..engine.state import CaseResult, Step
from ..engine.summary import summarise
from ..engine.texts import both
from ..i18n import Catalog

JSON_FORMAT = 1


def make_policy(name: str, seed: int, deck: Deck) -> Policy:
    if name == "random":
        return random_policy(seed)
    if name == "greedy":
        return greedy_policy
    known = {attitude for corner in CORNERS for attitude in deck.attitudes.get(corner, {})}
    if name not in known:
        listed = ", ".join(sorted(known))
        close = difflib.get_close_matches(name, [*sorted(known), "random", "greedy"], n=1, cutoff=0.6)
        if close:  # an attitude id typed a letter wrong: the one meant
            raise EngineError(*both("analysis.unknown_policy_close", policy=repr(name), close=close[0], known=listed))
        raise EngineError(*both("analysis.unknown_policy", policy=repr(name), known=listed))
    return attitude_policy(name)


def load_choices(text: str) -> list[Choice]:
    """Choices from JSON: a list of choice objects, or {"choices": [...]} as simulate --json writes."""
    data = json.loads(text)
    items = data.get("choices", []) if isinstance(data, dict) else data
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise EngineError(*both("analysis.not_choices", example='[{"type": "continue", "note": ""}]'))
    return [choice_from_dict(item) for item in items]


def simulate(deck: Deck, *, seed: int, cases: int = 5, policy: str = "random", choices: Sequence[Choice] = ()) -> Game:
    """Play a session: the given choices first, then the policy for every remaining one."""
    players = tuple(Player(corner, corner) for corner in CORNERS)
    game = Game(deck, Setup(seed=seed, players=players, case_count=cases))
    for choice in choices:
        if game.step is Step.END:
            break
        game.apply(choice)
    return play_out(game, make_policy(policy, seed, deck))


def to_json(game: Game, lang: str = "nl") -> dict[str, Any]:
    deck = game.deck
    summary = summarise(deck, game.state)
    return {
        "format": JSON_FORMAT,
        "seed": game.setup.seed,
        "deck": deck.identity(),
        "cases": [_case_json(game, result, lang) for result in game.state.results],
        "end": {
            "meters_per_case": [meters.as_dict() for meters in summary.meters_per_case],
            "edges": summary.edges,
            "webs_left": [
                {"number": w.number, "label": w.label.get(lang), "case": w.case_id, "move": w.move_id}
                for w in summary.webs_left
            ],
            "role_profile": summary.role_profile,
            "lessons": summary.lessons,
            "gains": summary.gains,
            "losses": summary.losses,
            "outcomes": summary.outcomes,
        },
        "choices": [choice_to_dict(choice) for choice in game.state.history],
    }


def _case_json(game: Game, result: CaseResult, lang: str) -> dict[str, Any]:
    case = game.deck.cases[result.case_id]
    return {
        "case": result.case_id,
        "title": case.title.get(lang),
        "quadrant": result.quadrant,
        "placement": {"owner": result.placement.owner, "needs_other": result.placement.needs_other},
        "roles": dict(result.roles),
        "moves": dict(result.moves),
        "played_by_game": list(result.auto_corners),
        "changes": [
            {
                "rule": change.rule,
                "meter": change.meter,
                "amount": change.amount,
                "applied": change.applied,
                "corner": change.corner,
                "act": change.act,
                "reason": change.reason.get(lang),
            }
            for change in result.changes
        ],
        "webs": [
            {"event": event.kind, "number": event.web.number, "label": event.web.label.get(lang)}
            for event in result.web_events
        ],
        "events": [{"event": event.key, "text": event.text.get(lang)} for event in result.events],
        "score": result.score,
        "outcome": result.outcome,
        "meters": result.meters_after.as_dict(),
        "note": result.note,
    }


def to_text(game: Game, lang: str = "nl") -> str:
    data = to_json(game, lang)
    t = Catalog(lang)
    lines = [t("simulate.session", seed=data["seed"], deck=data["deck"])]
    for number, case in enumerate(data["cases"], 1):
        lines.append("")
        lines.append(t("simulate.case", number=number, title=case["title"], quadrant=case["quadrant"]))
        placement = case["placement"]
        lines.append(f"  {t('simulate.placement')}: {placement['owner']}, needs_other={placement['needs_other']}")
        for corner in CORNERS:
            auto = f" ({t('simulate.by_game')})" if corner in case["played_by_game"] else ""
            lines.append(f"  {corner}{auto}: {case['roles'][corner]} / {case['moves'][corner]}")
        for change in case["changes"]:
            sign = f"{change['amount']:+d}"
            lines.append(f"    {sign:>4} {change['meter']:<24} [{change['rule']}] {change['reason']}")
        for web in case["webs"]:
            verb = t(f"simulate.web_{web['event']}")
            lines.append(f"    web #{web['number']} {verb}: {web['label']}")
        for event in case.get("events", []):
            lines.append(f"    {t('simulate.next_case')}: {event['text']}")
        outcome = t(f"simulate.outcome.{case['outcome']}")
        lines.append(
            f"  score {case['score']:+d}: {outcome}; " + ", ".join(f"{k}={v}" for k, v in case["meters"].items())
        )
    end = data["end"]
    lines.append("")
    lines.append(t("simulate.end") + ": " + ", ".join(f"{k}={v}" for k, v in end["outcomes"].items()))
    lines.append("  role_profile: " + ", ".join(f"{k}={v}" for k, v in end["role_profile"].items()))
    lines.append("  lessons: " + ", ".join(f"{k}={v}" for k, v in end["lessons"].items()))
    lines.append("  webs_left: " + ("; ".join(w["label"] for w in end["webs_left"]) or "-"))
    return "\n".join(lines) + "\n"
