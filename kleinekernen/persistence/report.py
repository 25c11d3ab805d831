"""The report for the minutes, as data: what page one says, the details per case, the appendix of reasons.

`build_report` reads the live game once; `to_markdown` (here), `report_html.to_html` and `report_pdf.to_pdf`
only lay it out, so the three forms say the same. Page one is what a secretary copies into the minutes:
date, village, players by name, one line per case, the action plan in full.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime

from ..content.deck import Deck
from ..content.models import CORNERS, Corner, quadrant_of
from ..engine.game import Game
from ..engine.questions import pick_question
from ..engine.setup import MAX_PLAYERS, Player
from ..engine.state import CaseResult
from ..engine.summary import Summary, summarise
from ..engine.verdict import weightiest_act
from ..files.names import printable_text
from ..i18n import Catalog
from .markdown import inline, lines
from .records import VotesRecord
from .shares import spread_parts


@dataclass
class CaseReport:
    title: str
    card: str
    group: str
    matches: bool
    choices: list[str]
    outcome: str
    reasons: list[str]
    note: str
    question: str = ""
    """The reflection question the screen asked after this case."""
    line: str = ""
    """The case on page one, in one sentence: the placements and how it went, and by whose act most."""


@dataclass
class ReportData:
    title: str
    date: str
    village: str
    players: list[str]
    """One line per corner: who played it, by name (a default name is not repeated), or that the game did."""
    cases: list[CaseReport]
    webs_left: list[str]
    role_profile: list[str]
    lessons: list[str]
    """Only the lessons that came up, each with how often it went well and how often wrong."""
    plan: list[tuple[str, str]]
    summary: Summary | None = None
    """What the chart is drawn from."""


@functools.cache
def default_names(corner: Corner) -> frozenset[str]:
    """The names setup gives a corner's players ("Burgers 1" …), in either language."""
    names = set()
    for lang in ("nl", "en"):
        t = Catalog(lang)
        shown = t(f"corner.{corner}")
        names |= {t("setup.player_name", corner=shown, number=n) for n in range(1, MAX_PLAYERS + 1)}
    return frozenset(names)


def is_default_name(player: Player) -> bool:
    """Whether the name is the one setup gives, or none: then the report does not repeat it."""
    return not player.name.strip() or player.name.strip() in default_names(player.corner)


def player_lines(game: Game, t: Catalog) -> list[str]:
    lines_out = []
    for corner in CORNERS:
        players = game.setup.players_of(corner)
        if not players:
            lines_out.append(f"{t(f'corner.{corner}')}: {t('outcome.by_game')}")
            continue
        named = [printable_text(p.name).strip() for p in players if not is_default_name(p)]
        unnamed = len(players) - len(named)
        if unnamed:
            named.append(t("report.unnamed" if named else "setup.players", count=unnamed))
        lines_out.append(f"{t(f'corner.{corner}')}: {', '.join(named)}")
    return lines_out


def title_of(deck: Deck, case_id: str, lang: str) -> str:
    case = deck.cases.get(case_id)
    return printable_text(case.title.get(lang) if case else case_id)


def act_title(deck: Deck, act: str | None, lang: str) -> str:
    card = deck.moves.get(act or "") or deck.roles.get(act or "")
    return card.title.get(lang) if card is not None else ""


def outcome_sentence(deck: Deck, result: CaseResult, t: Catalog) -> str:
    """How it went, with the score, and which act of which corner moved the meters most (if any one did)."""
    outcome = t("report.outcome", outcome=t(f"outcome.{result.outcome}"), score=f"{result.score:+d}")
    most = weightiest_act(result.changes)
    title = act_title(deck, most.act, t.lang) if most is not None else ""
    if most is None or not title:
        return outcome
    key = "report.most_help" if most.amount > 0 else "report.most_harm"
    return f"{outcome}; {t(key, corner=t(f'corner.{most.corner}'), act=title)}"


def room_sentence(votes: VotesRecord | None, t: Catalog) -> str:
    """How the room's phones placed the case, most votes first, e.g. "De zaal (14 stemmen): 9 × ..., 5 × ..."."""
    if votes is None or votes.total() == 0:
        return ""
    return t("report.room", count=votes.total(), spread="; ".join(spread_parts(t, votes.counts)))


def case_report(game: Game, result: CaseResult, t: Catalog, votes: VotesRecord | None = None) -> CaseReport:
    deck, lang = game.deck, t.lang
    case = deck.cases.get(result.case_id)
    group = quadrant_of(result.placement.owner, result.placement.needs_other)
    choices = []
    for corner in CORNERS:
        role = act_title(deck, result.role_of(corner), lang) or "?"
        move = act_title(deck, result.move_of(corner), lang) or "?"
        by_game = f" ({t('outcome.by_game')})" if corner in result.auto_corners else ""
        choices.append(f"{t(f'corner.{corner}')}{by_game}: {role} · {move}")
    reasons = []
    for change in result.changes:
        who = f"{t(f'corner.{change.corner}')}: " if change.corner else ""
        reasons.append(f"{change.amount:+d} {t('meter.' + change.meter)} — {who}{change.reason.get(lang)}")
    reasons += [f"{t('web.' + e.kind)}: {e.web.label.get(lang)}" for e in result.web_events]
    card, said = t(f"quadrant.{result.quadrant}"), t(f"quadrant.{group}")
    same = group == result.quadrant
    placed = t("report.placed_same", card=card) if same else t("report.placed", card=card, group=said)
    sentence = outcome_sentence(deck, result, t)
    room = room_sentence(votes, t)
    return CaseReport(
        title=title_of(deck, result.case_id, lang),
        card=card,
        group=said,
        matches=group == result.quadrant,
        choices=choices,
        outcome=sentence,
        reasons=reasons,
        note=printable_text(result.note).strip(),
        question=printable_text(pick_question(case, result, game.setup.seed).get(lang)) if case else "",
        line=f"{placed} {sentence}." + (f" {room}" if room else ""),
    )


def build_report(
    game: Game, plan: list[str], lang: str = "nl", created: str = "", votes: dict[int, VotesRecord] | None = None
) -> ReportData:
    """The report of the live game as it stands (no journal is read), with the group's action plan and, per case
    (by its index), how the room's phones voted."""
    votes = votes or {}
    t = Catalog(lang)
    deck = game.deck
    summary = summarise(deck, game.state)
    roles = [f"{deck.roles[r].title.get(lang)}: {round(share * 100)}%" for r, share in summary.role_profile.items()]
    lessons = []
    for name, well in summary.lessons_well.items():
        wrong = summary.lessons_wrong[name]
        if well or wrong:
            counts = [t("report.lesson_well", count=well)] if well else []
            counts += [t("report.lesson_wrong", count=wrong)] if wrong else []
            lessons.append(f"{t(f'lesson.{name}')}: {', '.join(counts)}")
    return ReportData(
        title=t("report.title"),
        date=(created or datetime.now().isoformat(timespec="minutes"))[:16].replace("T", " "),
        village=printable_text(game.setup.village).strip(),
        players=player_lines(game, t),
        cases=[case_report(game, result, t, votes.get(n)) for n, result in enumerate(game.state.results)],
        webs_left=[web.label.get(lang) for web in summary.webs_left],
        role_profile=roles,
        lessons=lessons or [t("report.no_lessons")],
        plan=[(t(f"plan.q{n + 1}"), printable_text(answer).strip()) for n, answer in enumerate(plan)],
        summary=summary,
    )


def to_markdown(data: ReportData, lang: str = "nl") -> str:
    """The report as Markdown; every text from the group or a pack is escaped, so it can add no heading,
    link or HTML of its own."""
    t = Catalog(lang)
    out = [f"# {inline(data.title)}", "", f"{t('report.date')}: {inline(data.date)}"]
    if data.village:
        out += ["", f"{t('setup.village')}: {inline(data.village)}"]
    out += ["", f"## {t('report.players')}", *[f"- {inline(p)}" for p in data.players]]
    out += ["", f"## {t('report.cases')}", ""]
    for number, case in enumerate(data.cases, 1):
        out.append(f"{number}\\. **{inline(case.title)}**: {inline(case.line)}")
        if case.note:
            out += [f"   {t('reflect.notes')}: {line}" for line in lines(case.note)]
        out.append("")
    out += [f"## {t('end.plan')}"]
    for question, answer in data.plan:
        out += ["", f"**{inline(question)}**", "", *(lines(answer) if answer else ["\\-"])]
    out += ["", f"## {t('report.details')}"]
    for number, case in enumerate(data.cases, 1):
        out += ["", f"### {number}. {inline(case.title)}", f"- {inline(t('reveal.card', quadrant=case.card))}"]
        out.append(f"- {inline(t('reveal.group', quadrant=case.group))}")
        out += [f"- {inline(choice)}" for choice in case.choices]
        out.append(f"- **{inline(case.outcome)}**")
        if case.question:
            out += ["", f"{t('report.question')}: {inline(case.question)}"]
        if case.note:
            out += ["", f"{t('reflect.notes')}:", "", *[f"> {line}" for line in lines(case.note)]]
    webs = t("end.webs", count=len(data.webs_left))
    out += ["", f"## {webs}", *[f"- {inline(w)}" for w in data.webs_left]] if data.webs_left else ["", webs]
    out += ["", f"## {t('end.roles')}", *[f"- {inline(r)}" for r in data.role_profile]]
    out += ["", f"## {t('end.lessons')}", *[f"- {inline(lesson)}" for lesson in data.lessons]]
    out += ["", f"## {t('report.appendix')}"]
    for number, case in enumerate(data.cases, 1):
        out += ["", f"### {number}. {inline(case.title)}", *[f"- {inline(reason)}" for reason in case.reasons]]
    return "\n".join(out) + "\n"
