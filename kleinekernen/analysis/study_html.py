"""`balance --strategies --html`: the strategies' figures as one printable page."""

from __future__ import annotations

import html

from ..content.deck import Deck
from .balance_html import STYLE
from .study import mean_end_meters
from .study_report import OUTCOMES, Study


def strategies_html(deck: Deck, result: Study, lang: str = "nl") -> str:
    en = lang == "en"
    e = html.escape
    title = "How strategies play the deck" if en else "Hoe strategieën het spel spelen"
    parts = [
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>',
        f"<style>{STYLE}</style></head><body><h1>{title}</h1><table><tr><th></th>",
        *(f"<th>{e(outcome)}</th>" for outcome in OUTCOMES),
        "<th>" + ("meters at the end" if en else "meters aan het eind") + "</th></tr>",
    ]
    for name, tally in result.tallies.items():
        meters = ", ".join(f"{meter} {value:.0f}" for meter, value in mean_end_meters(tally).items())
        cells = "".join(f'<td class="num">{tally.share(outcome) * 100:.1f}%</td>' for outcome in OUTCOMES)
        parts.append(f"<tr><th>{e(name)}</th>{cells}<td>{e(meters)}</td></tr>")
    parts.append("</table><h2>" + ("Blooms per case" if en else "Bloei per casus") + "</h2><table><tr><th></th>")
    parts += [f"<th>{e(name)}</th>" for name in result.tallies]
    parts.append("</tr>")
    for case_id in sorted({c for tally in result.tallies.values() for c in tally.per_case}):
        title_text = deck.cases[case_id].title.get(lang) if case_id in deck.cases else case_id
        cells = "".join(f'<td class="num">{result.bloom(name, case_id) * 100:.0f}%</td>' for name in result.tallies)
        parts.append(f"<tr><td>{e(title_text)}</td>{cells}</tr>")
    parts.append("</table><h2>" + ("Value of each card" if en else "Waarde van elke kaart") + "</h2><table>")
    head = (
        ("card", "corner", "min", "max", "best in", "negative in")
        if en
        else ("kaart", "hoek", "min", "max", "beste in", "negatief in")
    )
    parts.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>")
    for card in result.cards.values():
        values = list(card.values.values()) or [0.0]
        name = deck.moves[card.card].title.get(lang)
        parts.append(
            f'<tr><td>{e(name)}</td><td>{e(card.corner)}</td><td class="num">{min(values):+.1f}</td>'
            f'<td class="num">{max(values):+.1f}</td><td>{e(", ".join(card.top_in))}</td>'
            f"<td>{e(', '.join(card.negative_in))}</td></tr>"
        )
    changed, tried = result.changed
    highest = ", ".join(f"{meter} {value}" for meter, value in result.highest.items())
    parts.append("</table><ul>")
    parts.append(f"<li>{'meters at 30 vs 70' if en else 'meters op 30 of 70'}: {changed} / {tried}</li>")
    label = "highest meters in 10 cases of best play" if en else "hoogste meters, 10 casussen beste spel"
    parts.append(f"<li>{label}: {e(highest)}</li>")
    parts += [f"<li>{'ok' if holds else '!!'} {e(label)}</li>" for label, holds in result.floors()]
    parts.append("</ul></body></html>")
    return "".join(parts)
