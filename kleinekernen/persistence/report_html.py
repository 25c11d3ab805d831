"""The report as one printable HTML file: page one for the minutes, then the details, then every reason.

The chart is inline SVG (no image file, no script); every text the group typed is escaped.
"""

from __future__ import annotations

import html

from ..i18n import Catalog
from .chart import to_svg
from .report import ReportData

STYLE = (
    "body{font-family:'Atkinson Hyperlegible',Verdana,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;"
    "line-height:1.45;color:#1a1a1e;font-size:12pt}h1,h2,h3{line-height:1.2;break-after:avoid;page-break-after:avoid}"
    "h1{font-size:20pt;margin-bottom:.2em}h2{font-size:15pt;margin-top:1.4em}h3{font-size:12.5pt}"
    ".meta{margin-top:0}ol.cases>li{margin-bottom:.5em}.note{white-space:pre-wrap}"
    ".case .note,.plan .note{border-left:4px solid #0072b2;padding-left:.8em;margin-left:0}"
    ".label,.plan dt{break-after:avoid;page-break-after:avoid}"
    ".plan dt{font-weight:bold;margin-top:.6em}.plan dd{margin-left:0}"
    "svg.chart{max-width:100%;height:auto}.details{break-before:page;page-break-before:always}"
    ".appendix{break-before:page;page-break-before:always}.appendix li{break-inside:avoid}"
    "@media print{body{margin:0;max-width:none}}"
)


def to_html(data: ReportData, lang: str = "nl") -> str:
    t = Catalog(lang)
    e = html.escape
    meta = f"{e(t('report.date'))}: {e(data.date)}"
    if data.village:
        meta += f" · {e(t('setup.village'))}: {e(data.village)}"
    parts = [
        "<!doctype html>",
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{e(data.title)}</title>',
        f"<style>{STYLE}</style></head><body>",
        '<section class="first">',
        f"<h1>{e(data.title)}</h1>",
        f'<p class="meta">{meta}</p>',
        f"<h2>{e(t('report.players'))}</h2><ul>" + "".join(f"<li>{e(p)}</li>" for p in data.players) + "</ul>",
        f'<h2>{e(t("report.cases"))}</h2><ol class="cases">',
    ]
    for case in data.cases:
        note = f'<br>{e(t("reflect.notes"))}: <span class="note">{e(case.note)}</span>' if case.note else ""
        parts.append(f"<li><strong>{e(case.title)}</strong>: {e(case.line)}{note}</li>")
    parts.append(f'</ol><h2>{e(t("end.plan"))}</h2><dl class="plan">')
    for question, answer in data.plan:
        parts.append(f'<dt>{e(question)}</dt><dd class="note">{e(answer) or "-"}</dd>')
    parts.append(f'</dl></section><section class="details"><h2>{e(t("report.details"))}</h2>')
    for number, case in enumerate(data.cases, 1):
        parts.append(f'<section class="case"><h3>{number}. {e(case.title)}</h3><ul>')
        parts.append(
            f"<li>{e(t('reveal.card', quadrant=case.card))}</li><li>{e(t('reveal.group', quadrant=case.group))}</li>"
        )
        parts += [f"<li>{e(choice)}</li>" for choice in case.choices]
        parts.append(f"</ul><p><strong>{e(case.outcome)}</strong></p>")
        if case.question:
            parts.append(f"<p>{e(t('report.question'))}: {e(case.question)}</p>")
        if case.note:
            label = f'<p class="label"><strong>{e(t("reflect.notes"))}</strong></p>'
            parts.append(f'{label}<p class="note">{e(case.note)}</p>')
        parts.append("</section>")
    if data.summary is not None and data.cases:
        parts.append(f"<h2>{e(t('end.chart'))}</h2>{to_svg(data.summary, t)}")
    for heading, items in (
        (t("end.webs", count=len(data.webs_left)), data.webs_left),
        (t("end.roles"), data.role_profile),
        (t("end.lessons"), data.lessons),
    ):
        if not items:  # "Spinnenwebben over: 0" is a sentence, not a heading over nothing
            parts.append(f"<p>{e(heading)}</p>")
            continue
        parts.append(f"<h3>{e(heading)}</h3><ul>" + "".join(f"<li>{e(item)}</li>" for item in items) + "</ul>")
    parts.append(f'</section><section class="appendix"><h2>{e(t("report.appendix"))}</h2>')
    for number, case in enumerate(data.cases, 1):
        parts.append(f"<h3>{number}. {e(case.title)}</h3><ul>" + "".join(f"<li>{e(r)}</li>" for r in case.reasons))
        parts.append("</ul>")
    parts.append("</section></body></html>")
    return "\n".join(parts) + "\n"
