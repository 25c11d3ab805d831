"""Over every case and every path: one verdict per corner's act, and no click beside a condemned move."""

from __future__ import annotations

import itertools

from kleinekernen.content.models import CORNERS, METERS, Case
from kleinekernen.engine.frame import judges_move
from kleinekernen.engine.state import CaseResult, Meters
from tests.engine.helpers import deck, play_case


def verdict_clashes(result: CaseResult) -> list[tuple[str, str | None]]:
    """Acts that got a reward and a penalty in one outcome (a card's own visible effect is no verdict)."""
    signs: dict[tuple[str, str | None], set[bool]] = {}
    for change in result.changes:
        if change.corner is None or change.rule == "zet":
            continue
        signs.setdefault((change.corner, change.act), set()).add(change.amount > 0)
    return [act for act, seen in signs.items() if len(seen) > 1]


def condemned(case: Case, moves: dict[str, str]) -> bool:
    return any(
        judges_move(effect, corner, deck().moves[card]) and sum(effect.changes().values()) < 0  # type: ignore[arg-type]
        for effect in case.effects
        for corner, card in moves.items()
    )


def test_no_outcome_rewards_and_penalises_the_same_act_and_klik_never_beside_a_condemned_move() -> None:
    cards = {corner: [move.id for move in deck().moves_of(corner)] for corner in CORNERS}
    first_roles = {corner: deck().roles_of(corner)[0].id for corner in CORNERS}
    checked = 0
    for case_id, case in deck().cases.items():
        for triple in itertools.product(*(cards[corner] for corner in CORNERS)):
            moves = dict(zip(CORNERS, triple, strict=True))
            result = play_case(case_id, moves, first_roles)  # type: ignore[arg-type]
            assert verdict_clashes(result) == [], (case_id, moves)
            if any(change.rule == "klik" for change in result.changes):
                assert not condemned(case, moves), (case_id, moves)
            checked += 1
    assert checked == len(deck().cases) * len(cards["burgers"]) * len(cards["partners"]) * len(cards["overheid"])


def test_every_role_path_and_the_meters_at_both_ends_keep_one_verdict_per_act() -> None:
    roles = {corner: [role.id for role in deck().roles_of(corner)] for corner in CORNERS}
    moves = {"burgers": "steuntje-vragen", "partners": "dienst-op-verzoek", "overheid": "aanvullen-waar-nodig"}
    for case_id in deck().cases:
        for triple in itertools.product(*(roles[corner] for corner in CORNERS)):
            for value in (20, 50, 80):
                meters = Meters(**dict.fromkeys(METERS, value))
                result = play_case(case_id, moves, dict(zip(CORNERS, triple, strict=True)), meters=meters)  # type: ignore[arg-type]
                assert verdict_clashes(result) == [], (case_id, triple, value)


def test_every_web_label_a_case_names_can_be_spun() -> None:
    for case_id, case in deck().cases.items():
        for effect in case.effects:
            if effect.web is None:
                continue
            assert effect.move is not None, case_id
            corner = deck().move_corner[effect.move]
            moves = {
                "burgers": "eerst-afwachten",
                "partners": "wachten-op-opdracht",
                "overheid": "op-de-agenda-voor-later",
            }
            result = play_case(case_id, {**moves, corner: effect.move})  # type: ignore[dict-item]
            labels = [event.web.label.nl for event in result.web_events if event.kind == "spun"]
            assert effect.web.nl in labels, (case_id, effect.move)
