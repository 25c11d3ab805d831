"""The balance of a deck or pack as one HTML page a trainer can read and print."""

from __future__ import annotations

import html

from ..content.deck import Deck
from ..content.models import CORNERS
from ..engine.choices import Place
from ..engine.resolve import resolve
from ..engine.state import Meters
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
    return [f"{change.amount:+d} {change.meter}: {change.reason.get(lang)}" for change in result.changes]


def balance_html(deck: Deck, result: DeckBalance, runs: Playthroughs, lang: str = "nl") -> str:
    en = lang == "en"
    e = html.escape

    def names(path: Path) -> str:
        return " + ".join(e(deck.moves[card].title.get(lang)) for card in path.moves)

    def rows(label: str, paths: list[Path], visible: bool = False) -> str:
        out = []
        for path in paths:
            extra = f" ({'visible' if en else 'zichtbaar'} +{path.visible})" if visible else ""
            out.append(f'<tr><td>{e(label)}</td><td class="num">{path.total:+d}{extra}</td><td>{names(path)}</td></tr>')
        return "".join(out)

    title = "Balance of the cases" if en else "Balans van de casussen"
    parts = [
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>',
        f"<style>{STYLE}</style></head><body><h1>{title}</h1>",
    ]
    warnings = result.warnings
    summary = (
        f"{len(result.cases)} {'cases' if en else 'casussen'}; "
        f"{len(warnings)} {'warnings' if en else 'waarschuwingen'}; "
        f"{runs.sessions} {'random playthroughs from seed' if en else 'willekeurige sessies vanaf seed'} {runs.seed}."
    )
    parts.append(f"<p>{e(summary)}</p>")
    if warnings:
        parts.append("<ul>" + "".join(f'<li class="warn">{e(w)}</li>' for w in warnings) + "</ul>")
    checks = [
        ("Broken routes" if en else "Routes die vastlopen", [f"seed {s}: {m}" for s, m in runs.broken]),
        ("Cases that strand every time" if en else "Casussen die altijd stranden", runs.always_strands()),
        ("Cards never played" if en else "Kaarten die nooit gespeeld werden", runs.unused_cards(deck)),
    ]
    for label, items in checks:
        shown = ", ".join(e(item) for item in items) or ("none" if en else "geen")
        parts.append(f"<p><strong>{e(label)}:</strong> {shown}</p>")
    head = (
        ("path", "score", "moves (citizens + partners + government)")
        if en
        else ("pad", "score", "zetten (burgers + partners + overheid)")
    )
    for case in result.cases:
        title_text = deck.cases[case.case_id].title.get(lang)
        seen = runs.outcomes.get(case.case_id)
        played = ", ".join(f"{k} {v}" for k, v in sorted(seen.items())) if seen else "-"
        parts.append(
            f'<section class="case"><h2>{e(title_text)} <small>({e(case.case_id)}, {e(case.quadrant)})</small></h2>'
        )
        best_roles = "; ".join(f"{corner}: {', '.join(ids)}" for corner, ids in case.best_roles.items())
        parts.append(
            f"<p>{'Best roles' if en else 'Beste rollen'}: {e(best_roles)}<br>"
            f"{'Good paths' if en else 'Goede paden'}: {case.good_paths} / {case.paths}; "
            f"{'random play' if en else 'willekeurig gespeeld'}: {e(played)}</p>"
        )
        for warning in case.warnings:
            parts.append(f'<p class="warn">{e(warning)}</p>')
        parts.append(f"<table><tr><th>{head[0]}</th><th>{head[1]}</th><th>{head[2]}</th></tr>")
        parts.append(rows("best" if en else "beste", case.best))
        parts.append(rows("tempting" if en else "verleidelijk", case.tempting, visible=True))
        parts.append(rows("worst" if en else "slechtste", case.worst))
        parts.append("</table>")
        for label, chosen in (
            ("Why the best path scores" if en else "Waarom het beste pad scoort", case.best[:1]),
            ("Why the tempting path strands" if en else "Waarom het verleidelijke pad strandt", case.tempting[:1]),
        ):
            for path in chosen:
                reasons = path_reasons(deck, case.case_id, path, lang)
                parts.append(f"<p><strong>{e(label)}</strong> ({names(path)}):</p><ul>")
                parts += [f"<li>{e(reason)}</li>" for reason in reasons]
                parts.append("</ul>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
