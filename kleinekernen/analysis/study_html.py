"""`balance --strategies --html`: the strategies' figures as one printable page."""

from __future__ import annotations

import html

from ..content.deck import Deck
from ..i18n import Catalog
from .balance_html import STYLE
from .study import mean_end_meters
from .study_report import OUTCOMES, Study


def strategies_html(deck: Deck, result: Study, lang: str = "nl") -> str:
    t = Catalog(lang)
    e = html.escape
    title = t("study_html.title")
    parts = [
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>',
        f"<style>{STYLE}</style></head><body><h1>{title}</h1><table><tr><th></th>",
        *(f"<th>{e(outcome)}</th>" for outcome in OUTCOMES),
        f"<th>{e(t('study_html.end_meters'))}</th></tr>",
    ]
    for name, tally in result.tallies.items():
        meters = ", ".join(f"{t(f'meter.{meter}')} {value:.0f}" for meter, value in mean_end_meters(tally).items())
        cells = "".join(f'<td class="num">{tally.share(outcome) * 100:.1f}%</td>' for outcome in OUTCOMES)
        parts.append(f"<tr><th>{e(name)}</th>{cells}<td>{e(meters)}</td></tr>")
    parts.append(f"</table><h2>{e(t('study_html.blooms'))}</h2><table><tr><th></th>")
    parts += [f"<th>{e(name)}</th>" for name in result.tallies]
    parts.append("</tr>")
    for case_id in sorted({c for tally in result.tallies.values() for c in tally.per_case}):
        title_text = deck.cases[case_id].title.get(lang) if case_id in deck.cases else case_id
        cells = "".join(f'<td class="num">{result.bloom(name, case_id) * 100:.0f}%</td>' for name in result.tallies)
        parts.append(f"<tr><td>{e(title_text)}</td>{cells}</tr>")
    parts.append(f"</table><h2>{e(t('study_html.card_values'))}</h2><table>")
    head = [t(f"study_html.head.{column}") for column in ("card", "corner", "min", "max", "best_in", "negative_in")]
    parts.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>")
    for card in result.cards.values():
        values = list(card.values.values()) or [0.0]
        name = deck.moves[card.card].title.get(lang)
        parts.append(
            f"<tr><td>{e(name)}</td><td>{e(t(f'corner.{card.corner}'))}</td>"
            f'<td class="num">{min(values):+.1f}</td>'
            f'<td class="num">{max(values):+.1f}</td><td>{e(", ".join(card.top_in))}</td>'
            f"<td>{e(', '.join(card.negative_in))}</td></tr>"
        )
    changed, tried = result.changed
    highest = ", ".join(f"{t(f'meter.{meter}')} {value}" for meter, value in result.highest.items())
    parts.append("</table><ul>")
    parts.append(f"<li>{e(t('study_html.sensitivity', changed=changed, tried=tried))}</li>")
    parts.append(f"<li>{e(t('study_html.highest', meters=highest))}</li>")
    parts += [f"<li>{'ok' if holds else '!!'} {e(t(f'study.floor.{key}'))}</li>" for key, holds in result.floors()]
    parts.append("</ul></body></html>")
    return "".join(parts)
