"""The balance of a deck or pack as one HTML page a trainer can read and print."""

from __future__ import annotations

import html

from ..content.deck import Deck
from ..content.models import CORNERS
from ..engine.choices import Place
from ..engine.resolve import resolve
from ..engine.state import Meters
from ..i18n import Catalog
from .balance import DeckBalance, Path
from .playthroughs import Playthroughs

STYLE = (
    "body{font-family:'Atkinson Hyperlegible',Verdana,sans-serif;max-width:64em;margin:2em auto;color:#1a1a1e;"
    "line-height:1.4}table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border:1px solid #999;"
    "padding:.3em .5em;text-align:left;vertical-align:top}th{background:#eee}.warn{color:#8c230a;font-weight:bold}"
    ".case{page-break-inside:avoid;margin-top:2em}.num{text-align:right;white-space:nowrap}"
)


def path_reasons(deck: Deck, case_id: str, path: Path, lang: str) -> list[str]:
    """The explained changes of one path, as the outcome screen shows them."""
    case = deck.cases[case_id]
    result = resolve(
        deck,
        case,
        Place(case.owner, case.needs_other),
        (),
        tuple(zip(CORNERS, path.moves, strict=True)),
        meters=Meters(),
        webs=(),
        webs_spun=0,
        previous=None,
    ).result
    t = Catalog(lang)
    return [f"{change.amount:+d} {t(f'meter.{change.meter}')}: {change.reason.get(lang)}" for change in result.changes]


def role_title(deck: Deck, role: str, lang: str) -> str:
    return deck.roles[role].title.get(lang) if role in deck.roles else role


def balance_html(deck: Deck, result: DeckBalance, runs: Playthroughs, lang: str = "nl") -> str:
    t = Catalog(lang)
    e = html.escape

    def names(path: Path) -> str:
        return " + ".join(e(deck.moves[card].title.get(lang)) for card in path.moves)

    def rows(label: str, paths: list[Path], visible: bool = False) -> str:
        out = []
        for path in paths:
            extra = f" ({t('balance.visible', amount=path.visible)})" if visible else ""
            out.append(f'<tr><td>{e(label)}</td><td class="num">{path.total:+d}{extra}</td><td>{names(path)}</td></tr>')
        return "".join(out)

    title = t("balance_html.title")
    parts = [
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>',
        f"<style>{STYLE}</style></head><body><h1>{title}</h1>",
    ]
    warnings = result.warnings
    summary = "; ".join(
        (
            t("balance_html.cases", count=len(result.cases)),
            t("balance.warnings", count=len(warnings)),
            t("balance_html.runs", count=runs.sessions, seed=runs.seed),
        )
    )
    parts.append(f"<p>{e(summary)}</p>")
    if warnings:
        parts.append("<ul>" + "".join(f'<li class="warn">{e(w)}</li>' for w in warnings) + "</ul>")
    checks = [
        (t("balance_html.broken"), [f"seed {s}: {m}" for s, m in runs.broken]),
        (t("balance_html.always_strands"), runs.always_strands()),
        (t("balance_html.unused"), runs.unused_cards(deck)),
    ]
    for label, items in checks:
        shown = ", ".join(e(item) for item in items) or t("balance_html.none")
        parts.append(f"<p><strong>{e(label)}:</strong> {shown}</p>")
    head = (t("balance_html.path"), t("balance_html.score"), t("balance_html.moves"))
    for case in result.cases:
        title_text = deck.cases[case.case_id].title.get(lang)
        seen = runs.outcomes.get(case.case_id)
        played = ", ".join(f"{k} {v}" for k, v in sorted(seen.items())) if seen else "-"
        parts.append(
            f'<section class="case"><h2>{e(title_text)} <small>({e(case.case_id)}, '
            f"{e(t(f'quadrant.{case.quadrant}'))})</small></h2>"
        )
        best_roles = "; ".join(
            f"{t(f'corner.{corner}')}: {', '.join(role_title(deck, role, lang) for role in ids)}"
            for corner, ids in case.best_roles.items()
        )
        parts.append(
            f"<p>{e(t('balance.best_roles', roles=best_roles))}<br>"
            f"{e(t('balance_html.good_paths', good=case.good_paths, paths=case.paths, played=played))}</p>"
        )
        for warning in case.warnings:
            parts.append(f'<p class="warn">{e(warning)}</p>')
        parts.append(f"<table><tr><th>{head[0]}</th><th>{head[1]}</th><th>{head[2]}</th></tr>")
        parts.append(rows(t("balance.best"), case.best))
        parts.append(rows(t("balance.tempting"), case.tempting, visible=True))
        parts.append(rows(t("balance.worst"), case.worst))
        parts.append("</table>")
        for label, chosen in (
            (t("balance_html.why_best"), case.best[:1]),
            (t("balance_html.why_tempting"), case.tempting[:1]),
        ):
            for path in chosen:
                reasons = path_reasons(deck, case.case_id, path, lang)
                parts.append(f"<p><strong>{e(label)}</strong> ({names(path)}):</p><ul>")
                parts += [f"<li>{e(reason)}</li>" for reason in reasons]
                parts.append("</ul>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
