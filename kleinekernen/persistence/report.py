"""The report for the minutes: Markdown, one self-contained HTML file, or PDF with the game's font.

The chart is drawn by the screen layer and handed in as PNG bytes, so this module needs no pygame.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..content.models import CORNERS, quadrant_of
from ..engine.game import Game
from ..engine.questions import pick_question
from ..engine.summary import summarise
from ..files.names import printable_text
from ..i18n import Catalog
from .glyphs import Coverage, available_fallbacks, shaping_available
from .markdown import inline, lines


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


@dataclass
class ReportData:
    title: str
    date: str
    village: str
    players: list[str]
    cases: list[CaseReport]
    webs_left: list[str]
    role_profile: list[str]
    lessons: list[str]
    plan: list[tuple[str, str]]


def build_report(game: Game, plan: list[str], lang: str = "nl", created: str = "") -> ReportData:
    t = Catalog(lang)
    deck = game.deck
    summary = summarise(deck, game.state)
    cases = []
    for result in game.state.results:
        case = deck.cases.get(result.case_id)
        title = printable_text(case.title.get(lang) if case else result.case_id)
        group = quadrant_of(result.placement.owner, result.placement.needs_other)
        choices = []
        for corner in CORNERS:
            role = deck.roles[result.role_of(corner)].title.get(lang) if result.role_of(corner) in deck.roles else "?"
            move = deck.moves[result.move_of(corner)].title.get(lang) if result.move_of(corner) in deck.moves else "?"
            by_game = f" ({t('outcome.by_game')})" if corner in result.auto_corners else ""
            choices.append(f"{t(f'corner.{corner}')}{by_game}: {role} · {move}")
        reasons = [f"{c.amount:+d} {t('meter.' + c.meter)}: {c.reason.get(lang)}" for c in result.changes]
        reasons += [f"{t('web.' + e.kind)}: {e.web.label.get(lang)}" for e in result.web_events]
        cases.append(
            CaseReport(
                title=title,
                card=t(f"quadrant.{result.quadrant}"),
                group=t(f"quadrant.{group}"),
                matches=group == result.quadrant,
                choices=choices,
                outcome=f"{t(f'outcome.{result.outcome}')} ({result.score:+d})",
                reasons=reasons,
                note=printable_text(result.note),
                question=printable_text(pick_question(case, result, game.setup.seed).get(lang)) if case else "",
            )
        )
    players = [f"{t(f'corner.{p.corner}')}: {printable_text(p.name)}" for p in game.setup.players]
    roles = [f"{deck.roles[r].title.get(lang)}: {round(share * 100)}%" for r, share in summary.role_profile.items()]
    lessons = [
        f"{t(f'lesson.{name}')}: {well} {t('end.lessons_well')}, {summary.lessons_wrong[name]} {t('end.lessons_wrong')}"
        for name, well in summary.lessons_well.items()
    ]
    return ReportData(
        title=t("report.title"),
        date=(created or datetime.now().isoformat(timespec="minutes"))[:16].replace("T", " "),
        village=printable_text(game.setup.village),
        players=players,
        cases=cases,
        webs_left=[web.label.get(lang) for web in summary.webs_left],
        role_profile=roles,
        lessons=lessons,
        plan=[(t(f"plan.q{n + 1}"), printable_text(answer)) for n, answer in enumerate(plan)],
    )


def to_markdown(data: ReportData, lang: str = "nl") -> str:
    """The report as Markdown; every text from the group or a pack is escaped, so it can add no heading,
    link or HTML of its own."""
    t = Catalog(lang)
    out = [f"# {inline(data.title)}", "", f"{t('report.date')}: {inline(data.date)}"]
    if data.village:
        out += ["", f"{t('setup.village')}: {inline(data.village)}"]
    out += ["", f"## {t('report.players')}", *[f"- {inline(p)}" for p in data.players]]
    for number, case in enumerate(data.cases, 1):
        out += ["", f"## {number}. {inline(case.title)}", f"- {inline(t('reveal.card', quadrant=case.card))}"]
        out.append(f"- {inline(t('reveal.group', quadrant=case.group))}")
        out += [f"- {inline(choice)}" for choice in case.choices]
        out += [f"- **{inline(case.outcome)}**", *[f"  - {inline(reason)}" for reason in case.reasons]]
        if case.question:
            out += ["", f"{t('report.question')}: {inline(case.question)}"]
        if case.note:
            out += ["", f"{t('reflect.notes')}:", "", *[f"> {line}" for line in lines(case.note)]]
    out += ["", f"## {t('end.webs', count=len(data.webs_left))}", *[f"- {inline(w)}" for w in data.webs_left]]
    out += ["", f"## {t('end.roles')}", *[f"- {inline(r)}" for r in data.role_profile]]
    out += ["", f"## {t('end.lessons')}", *[f"- {inline(lesson)}" for lesson in data.lessons]]
    out += ["", f"## {t('end.plan')}"]
    for question, answer in data.plan:
        out += ["", f"**{inline(question)}**", "", *(lines(answer) if answer.strip() else ["\\-"])]
    return "\n".join(out) + "\n"


def to_html(data: ReportData, chart: bytes | None, lang: str = "nl") -> str:
    """One printable file; the chart is embedded, every text the group typed is escaped."""
    t = Catalog(lang)
    e = html.escape
    parts = [
        "<!doctype html>",
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{e(data.title)}</title>',
        "<style>body{font-family:'Atkinson Hyperlegible',Verdana,sans-serif;max-width:60em;margin:2em auto;"
        "line-height:1.45;color:#1a1a1e}h1,h2{line-height:1.2}.case{page-break-inside:avoid;border-top:1px solid #999;"
        "padding-top:.5em}.note{border-left:4px solid #0072b2;padding-left:.8em;white-space:pre-wrap}"
        "img{max-width:100%}@media print{body{margin:0}}</style></head><body>",
        f"<h1>{e(data.title)}</h1>",
        f"<p>{e(t('report.date'))}: {e(data.date)}"
        + (f"<br>{e(t('setup.village'))}: {e(data.village)}" if data.village else "")
        + "</p>",
        f"<h2>{e(t('report.players'))}</h2><ul>" + "".join(f"<li>{e(p)}</li>" for p in data.players) + "</ul>",
    ]
    if chart:
        encoded = base64.b64encode(chart).decode()
        parts.append(
            f'<h2>{e(t("end.chart"))}</h2><img alt="{e(t("end.chart"))}" src="data:image/png;base64,{encoded}">'
        )
    for number, case in enumerate(data.cases, 1):
        parts.append(f'<section class="case"><h2>{number}. {e(case.title)}</h2><ul>')
        parts.append(
            f"<li>{e(t('reveal.card', quadrant=case.card))}</li><li>{e(t('reveal.group', quadrant=case.group))}</li>"
        )
        parts += [f"<li>{e(choice)}</li>" for choice in case.choices]
        parts.append(f"</ul><p><strong>{e(case.outcome)}</strong></p><ul>")
        parts += [f"<li>{e(reason)}</li>" for reason in case.reasons]
        parts.append("</ul>")
        if case.question:
            parts.append(f"<p>{e(t('report.question'))}: {e(case.question)}</p>")
        if case.note:
            parts.append(f'<p>{e(t("reflect.notes"))}:</p><p class="note">{e(case.note)}</p>')
        parts.append("</section>")
    parts.append(
        f"<h2>{e(t('end.webs', count=len(data.webs_left)))}</h2><ul>"
        + "".join(f"<li>{e(w)}</li>" for w in data.webs_left)
        + "</ul>"
    )
    parts.append(f"<h2>{e(t('end.roles'))}</h2><ul>" + "".join(f"<li>{e(r)}</li>" for r in data.role_profile) + "</ul>")
    parts.append(f"<h2>{e(t('end.lessons'))}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in data.lessons) + "</ul>")
    parts.append(f"<h2>{e(t('end.plan'))}</h2>")
    for question, answer in data.plan:
        parts.append(f'<p><strong>{e(question)}</strong></p><p class="note">{e(answer) or "-"}</p>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def to_pdf(
    data: ReportData,
    chart: bytes | None,
    fonts: Path,
    lang: str = "nl",
    fallbacks: Sequence[tuple[Path, Path | None]] | None = None,
) -> bytes:
    """The report as PDF, set in the game's own font so ë, é and ï print right.

    Scripts the game's font lacks (Hebrew, Arabic, Greek …) come from a fallback font of the system
    (`fallbacks`, default: those of glyphs.FALLBACK_FONTS that are installed); a character no font has is
    printed as its code point and listed on the last page, never dropped.
    """
    from io import BytesIO

    from fpdf import FPDF

    t = Catalog(lang)
    pdf = FPDF(format="A4")
    regular, bold = fonts / "AtkinsonHyperlegible-Regular.ttf", fonts / "AtkinsonHyperlegible-Bold.ttf"
    pdf.add_font("Atkinson", "", str(regular))
    pdf.add_font("Atkinson", "B", str(bold))
    used = available_fallbacks() if fallbacks is None else list(fallbacks)
    for number, (fallback, fallback_bold) in enumerate(used):
        pdf.add_font(f"fallback{number}", "", str(fallback))
        if fallback_bold is not None:
            pdf.add_font(f"fallback{number}", "B", str(fallback_bold))
    if used:
        pdf.set_fallback_fonts([f"fallback{number}" for number in range(len(used))], exact_match=False)
    coverage = Coverage.of([regular, *(fallback for fallback, _ in used)])
    if shaping_available():
        pdf.set_text_shaping(True)  # joined Arabic letters, right-to-left runs in order
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def heading(text: str, size: int = 14) -> None:
        pdf.set_font("Atkinson", "B", size)
        pdf.multi_cell(width, size * 0.5, coverage.printable(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def body(text: str, bold: bool = False) -> None:
        pdf.set_font("Atkinson", "B" if bold else "", 10.5)
        pdf.multi_cell(width, 5.2, coverage.printable(text), new_x="LMARGIN", new_y="NEXT")

    heading(data.title, 20)
    body(f"{t('report.date')}: {data.date}" + (f"   {t('setup.village')}: {data.village}" if data.village else ""))
    pdf.ln(2)
    heading(t("report.players"))
    for player in data.players:
        body(f"• {player}")
    if chart:
        pdf.ln(2)
        heading(t("end.chart"))
        pdf.image(BytesIO(chart), w=width)
    for number, case in enumerate(data.cases, 1):
        pdf.ln(3)
        heading(f"{number}. {case.title}")
        body(t("reveal.card", quadrant=case.card))
        body(t("reveal.group", quadrant=case.group))
        for choice in case.choices:
            body(f"• {choice}")
        body(case.outcome, bold=True)
        for reason in case.reasons:
            body(f"   {reason}")
        if case.question:
            body(f"{t('report.question')}: {case.question}")
        if case.note:
            body(f"{t('reflect.notes')}:", bold=True)
            body(case.note)
    pdf.ln(3)
    heading(t("end.webs", count=len(data.webs_left)))
    for web in data.webs_left:
        body(f"• {web}")
    heading(t("end.roles"))
    for role in data.role_profile:
        body(f"• {role}")
    heading(t("end.lessons"))
    for lesson in data.lessons:
        body(f"• {lesson}")
    heading(t("end.plan"))
    for question, answer in data.plan:
        body(question, bold=True)
        body(answer or "-")
    if coverage.missing:
        pdf.ln(3)
        heading(t("report.unprintable.title"))
        body(t("report.unprintable", count=len(coverage.missing), points=coverage.missing_list()))
    return bytes(pdf.output())
