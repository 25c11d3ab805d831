"""The report as PDF, set in the game's own font so ë, é and ï print right, with the chart as vector paths.

Page one is for the minutes; then the details per case, the balance with the chart, and the appendix with
every reason. A heading never stands alone at the foot of a page: it moves to the next page with the
first lines that follow it. Scripts the game's font lacks (Hebrew, Arabic, Greek …) come from a fallback
font of the system; a character no font has is printed as its code point and listed on the last page.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

from ..i18n import Catalog
from .chart import ChartLayout, layout_chart, mark_points
from .glyphs import Coverage, available_fallbacks, shaping_available
from .report import ReportData

PT = 0.3528
"""Millimetres per point."""
BODY = 10.5
LINE = 5.2
RIGHT_TO_LEFT = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI"})
"""Bidirectional classes of letters that need shaping: Hebrew, Arabic and their digits."""


class ReportPdf:
    """An A4 page that knows its font, its usable width and which characters it can print."""

    def __init__(self, fonts: Path, fallbacks: Sequence[tuple[Path, Path | None]] | None) -> None:
        self.pdf = pdf = FPDF(format="A4")
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
        self.coverage = Coverage.of([regular, *(fallback for fallback, _ in used)])
        self.can_shape = shaping_available()
        self.shaping = False
        pdf.set_auto_page_break(auto=True, margin=15)
        pdf.add_page()
        self.width = pdf.w - pdf.l_margin - pdf.r_margin

    def shape_for(self, text: str) -> None:
        """Text shaping (joined Arabic letters, right-to-left runs in order) only for text that needs it:
        it makes every line break measure each word through HarfBuzz, five times slower for Latin text."""
        wanted = self.can_shape and any(unicodedata.bidirectional(ch) in RIGHT_TO_LEFT for ch in text)
        if wanted != self.shaping:
            self.pdf.set_text_shaping(wanted)
            self.shaping = wanted

    def height_of(self, text: str, size: float, bold: bool, line: float) -> float:
        self.shape_for(text)
        self.pdf.set_font("Atkinson", "B" if bold else "", size)
        height = self.pdf.multi_cell(
            self.width, line, self.coverage.printable(text), align="L", dry_run=True, output=MethodReturnValue.HEIGHT
        )
        return float(height)  # type: ignore[arg-type]

    def keep(self, height: float) -> None:
        """Start a new page unless `height` more fits on this one."""
        if self.pdf.will_page_break(height):
            self.pdf.add_page()

    def heading(self, text: str, size: float = 14, then: str = "", after: float | None = None) -> None:
        """A heading that keeps with what follows it: the first two lines of `then`, or `after` millimetres."""
        if after is None:
            after = min(self.height_of(then, BODY, False, LINE), LINE * 2) if then else LINE * 2
        self.keep(self.height_of(text, size, True, size * 0.5) + 1 + after)
        self.shape_for(text)
        self.pdf.set_font("Atkinson", "B", size)
        self.pdf.multi_cell(
            self.width, size * 0.5, self.coverage.printable(text), align="L", new_x="LMARGIN", new_y="NEXT"
        )
        self.pdf.ln(1)

    def body(self, text: str, bold: bool = False, size: float = BODY, line: float = LINE) -> None:
        self.shape_for(text)
        self.pdf.set_font("Atkinson", "B" if bold else "", size)
        self.pdf.multi_cell(self.width, line, self.coverage.printable(text), align="L", new_x="LMARGIN", new_y="NEXT")

    def labelled(self, label: str, text: str) -> None:
        """A bold label and its text, kept together at least for the text's first lines."""
        self.keep(LINE + min(self.height_of(text, BODY, False, LINE), LINE * 2))
        self.body(label, bold=True)
        self.body(text)

    def chart(self, chart: ChartLayout) -> None:
        pdf = self.pdf
        self.keep(chart.height + 2)
        x0, y0 = pdf.l_margin, pdf.get_y() + 1
        pdf.set_draw_color(200, 194, 182)
        pdf.set_line_width(0.2)
        for x1, y1, x2, y2 in chart.grid:
            pdf.line(x0 + x1, y0 + y1, x0 + x2, y0 + y2)
        width = chart.line * 2
        for series in chart.series:
            points = [(x0 + x, y0 + y) for x, y in series.points]
            legend = [(x0 + x, y0 + y, x0 + x + chart.mark * 7, y0 + y) for s, x, y in chart.legend if s is series]
            pdf.set_draw_color(*series.colour)
            pdf.set_fill_color(*series.colour)
            pdf.set_line_width(width)
            pdf.set_dash_pattern(series.dash[0] * width, series.dash[1] * width)
            pdf.polyline(points)
            for lx1, ly1, lx2, ly2 in legend:
                pdf.line(lx1, ly1, lx2, ly2)
            pdf.set_dash_pattern()
            marks = points + [((lx1 + lx2) / 2, ly1) for lx1, ly1, lx2, _ in legend]
            for x, y in marks:
                pdf.polygon(mark_points(series.mark, x, y, chart.mark), style="F")
        for label in chart.labels:
            pdf.set_text_color(*label.colour)
            self.shape_for(label.text)
            pdf.set_font("Atkinson", "B" if label.bold else "", label.size / PT)
            pdf.text(x0 + label.x, y0 + label.y, self.coverage.printable(label.text))
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y0 + chart.height + 2)

    def measure(self) -> Callable[[str, float, bool], float]:
        def width(text: str, size: float, bold: bool) -> float:
            self.shape_for(text)
            self.pdf.set_font("Atkinson", "B" if bold else "", size / PT)
            return float(self.pdf.get_string_width(self.coverage.printable(text)))

        return width


def to_pdf(
    data: ReportData,
    fonts: Path,
    lang: str = "nl",
    fallbacks: Sequence[tuple[Path, Path | None]] | None = None,
) -> bytes:
    """The report as PDF (`fallbacks` default: those of glyphs.FALLBACK_FONTS that are installed)."""
    t = Catalog(lang)
    page = ReportPdf(fonts, fallbacks)
    first_page(page, data, t)
    page.pdf.add_page()
    page.heading(t("report.details"), 16)
    for number, case in enumerate(data.cases, 1):
        page.pdf.ln(2)
        page.heading(f"{number}. {case.title}", 12.5, then=t("reveal.card", quadrant=case.card))
        page.body(t("reveal.card", quadrant=case.card))
        page.body(t("reveal.group", quadrant=case.group))
        for choice in case.choices:
            page.body(f"• {choice}")
        page.body(case.outcome, bold=True)
        if case.question:
            page.labelled(t("report.question"), case.question)
        if case.note:
            page.labelled(t("reflect.notes"), case.note)
    page.pdf.ln(3)
    if data.summary is not None and data.cases:
        chart = layout_chart(data.summary, t, page.measure(), page.width, 9 * PT)
        page.heading(t("end.chart"), 14, after=chart.height + 2)
        page.chart(chart)
    for heading, items in (
        (t("end.webs", count=len(data.webs_left)), data.webs_left),
        (t("end.roles"), data.role_profile),
        (t("end.lessons"), data.lessons),
    ):
        page.pdf.ln(1)
        if not items:  # a sentence ("Spinnenwebben over: 0"), not a heading over nothing
            page.body(heading)
            continue
        page.heading(heading, 12.5, then=items[0])
        for item in items:
            page.body(f"• {item}")
    page.pdf.add_page()
    page.heading(t("report.appendix"), 16)
    for number, case in enumerate(data.cases, 1):
        page.pdf.ln(1)
        page.heading(f"{number}. {case.title}", 12, then=case.reasons[0] if case.reasons else "")
        for reason in case.reasons:
            page.body(f"• {reason}", size=9.5, line=4.6)
    if page.coverage.missing:
        page.pdf.ln(3)
        text = t("report.unprintable", count=len(page.coverage.missing), points=page.coverage.missing_list())
        page.heading(t("report.unprintable.title"), then=text)
        page.body(text)
    return bytes(page.pdf.output())


def first_page(page: ReportPdf, data: ReportData, t: Catalog) -> None:
    """Date, village, players, one line per case with its notes, the action plan in full."""
    page.heading(data.title, 18)
    meta = f"{t('report.date')}: {data.date}" + (f"   ·   {t('setup.village')}: {data.village}" if data.village else "")
    page.body(meta)
    page.pdf.ln(2)
    page.heading(t("report.players"), 13)
    for player in data.players:
        page.body(f"• {player}")
    page.pdf.ln(2)
    page.heading(t("report.cases"), 13)
    for number, case in enumerate(data.cases, 1):
        page.keep(LINE * 2)
        page.body(f"{number}. {case.title}", bold=True, line=4.9)
        page.body(case.line, line=4.9)
        if case.note:
            page.body(f"{t('reflect.notes')}: {case.note}", line=4.9)
        page.pdf.ln(1)
    page.pdf.ln(1)
    page.heading(t("end.plan"), 13)
    for question, answer in data.plan:
        page.labelled(question, answer or "-")
