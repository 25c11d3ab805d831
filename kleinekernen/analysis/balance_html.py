"""The balance of a deck or pack as one HTML page a trainer can read, print and act on."""

from __future__ import annotations

import html

from ..content.deck import Deck
from ..content.models import CORNERS
from ..engine.choices import Place
from ..engine.resolve import BLOOM_FROM, resolve
from ..engine.state import Meters
from ..i18n import Catalog
from .balance import TEMPTING_FROM, CaseBalance, DeckBalance, Path
from .case_strategies import CaseStrategies
from .playthroughs import Playthroughs
from .study import STRATEGIES

STYLE = (
    "body{font-family:'Atkinson Hyperlegible',Verdana,sans-serif;max-width:64em;margin:2em auto;padding:0 1em;"
    "color:#1a1a1e;line-height:1.4}table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border:1px solid"
    " #999;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#eee}.warn{color:#8c230a;"
    "font-weight:bold}.case{page-break-inside:avoid;margin-top:2em}.num{text-align:right;white-space:nowrap}"
    ".tag{font-size:.75em;background:#e4e4ea;color:#444;border-radius:.3em;padding:0 .3em;margin-left:.2em;"
    "white-space:nowrap}.verdict{border-left:.4em solid #8c230a;background:#fbf0ec;padding:.4em .8em;margin:.6em 0}"
    ".verdict ul{margin:.2em 0}.legend{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;"
    "background:#f4f4f6;padding:.6em .8em}.legend dt{font-weight:bold}.legend dd{margin:0}.scope{font-size:1.05em}"
    ".strategies{table-layout:fixed}.strategies td,.strategies th{font-size:.9em}.strategies th:first-child{width:14%}"
    ".figures{font-size:1.05em}.case .warn::first-letter{text-transform:uppercase}"
)
TERMS = ("visible", "best_path", "spread", "good", "tempting", "strategies", "builtin")


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


class Page:
    """The parts of the page, written in the user's language; built-in cards tagged when a pack is shown."""

    def __init__(self, deck: Deck, result: DeckBalance, lang: str) -> None:
        self.deck, self.result, self.lang, self.t = deck, result, lang, Catalog(lang)
        self.tag = (
            "" if result.whole_deck else f' <span class="tag">{html.escape(self.t("balance_html.builtin"))}</span>'
        )

    def card(self, title: str) -> str:
        return html.escape(title) + self.tag

    def names(self, path: Path) -> str:
        """The moves of a path; the table's head says once that they are built in."""
        return " + ".join(html.escape(self.deck.moves[card].title.get(self.lang)) for card in path.moves)

    def rows(self, label: str, paths: list[Path], visible: bool = False) -> str:
        out = []
        for path in paths:
            extra = f" ({self.t('balance.visible', amount=path.visible)})" if visible else ""
            out.append(
                f'<tr><td>{html.escape(label)}</td><td class="num">{path.total:+d}{extra}</td>'
                f"<td>{self.names(path)}</td></tr>"
            )
        return "".join(out)

    def legend(self) -> str:
        values = {"bloom": BLOOM_FROM, "tempting": TEMPTING_FROM}
        terms = [term for term in TERMS if term != "builtin" or not self.result.whole_deck]
        items = "".join(
            f"<dt>{html.escape(self.t(f'balance_html.term.{term}'))}</dt>"
            f"<dd>{html.escape(self.t(f'balance_html.explain.{term}', **values))}</dd>"
            for term in terms
        )
        return f'<h2>{html.escape(self.t("balance_html.legend"))}</h2><dl class="legend">{items}</dl>'

    def strategies(self, found: CaseStrategies) -> str:
        t, e = self.t, html.escape
        head = "".join(f"<th>{e(t(f'balance_html.strategy.{name}'))}</th>" for name in STRATEGIES)
        rows = []
        for case_id, figures in found.figures.items():
            cells = "".join(
                f'<td class="num">{round(figures[name].bloom * 100)}%<br>{figures[name].mean:+.0f}</td>'
                for name in STRATEGIES
            )
            rows.append(f"<tr><td>{e(self.deck.cases[case_id].title.get(self.lang))}</td>{cells}</tr>")
        helps = "".join(
            f"<dt>{e(t(f'balance_html.strategy.{name}'))}</dt><dd>{e(t(f'balance_html.strategy_help.{name}'))}</dd>"
            for name in STRATEGIES
        )
        return (
            f"<h2>{e(t('balance_html.strategies'))}</h2>"
            f"<p>{e(t('balance_html.strategies_about', count=found.games, seed=found.seed))}</p>"
            f'<table class="strategies"><tr><th>{e(t("balance_html.case"))}</th>{head}</tr>{"".join(rows)}</table>'
            f'<dl class="legend">{helps}</dl>'
        )

    def case(self, case: CaseBalance, runs: Playthroughs) -> list[str]:
        t, e, deck, lang = self.t, html.escape, self.deck, self.lang
        title_text = deck.cases[case.case_id].title.get(lang)
        seen = runs.outcomes.get(case.case_id)
        played = ", ".join(f"{t(f'simulate.outcome.{k}')} {v}" for k, v in sorted(seen.items())) if seen else "-"
        best, worst = case.best[0].total, case.worst[0].total
        parts = [
            f'<section class="case"><h2>{e(title_text)} <small>({e(case.case_id)}, '
            f"{e(t(f'quadrant.{case.quadrant}'))})</small></h2>",
            '<p class="figures">'
            + e(t("balance_html.figures", best=f"{best:+d}", worst=f"{worst:+d}", spread=best - worst))
            + "<br>"
            + e(t("balance_html.good_paths", good=case.good_paths, paths=case.paths, played=played))
            + "</p>",
        ]
        if case.verdict is not None:
            advice = "".join(f"<li>{e(line)}</li>" for line in case.verdict.suggestions)
            parts.append(
                f'<div class="verdict"><p class="warn">{e(case.verdict.warning)}</p>'
                f"<p><strong>{e(t('balance_html.what_to_do'))}</strong></p><ul>{advice}</ul></div>"
            )
        for warning in case.warnings:
            if case.verdict is None or warning != case.verdict.warning:
                parts.append(f'<p class="warn">{e(warning)}</p>')
        best_roles = "; ".join(
            f"{e(t(f'corner.{corner}'))}: {', '.join(self.card(role_title(deck, role, lang)) for role in ids)}"
            for corner, ids in case.best_roles.items()
        )
        parts.append(f"<p>{e(t('balance_html.best_roles'))}: {best_roles}</p>")
        head = (t("balance_html.path"), t("balance_html.score"), t("balance_html.moves"))
        parts.append(f"<table><tr><th>{head[0]}</th><th>{head[1]}</th><th>{self.card(head[2])}</th></tr>")
        parts.append(self.rows(t("balance.best"), case.best))
        parts.append(self.rows(t("balance.tempting"), case.tempting, visible=True))
        parts.append(self.rows(t("balance.worst"), case.worst))
        parts.append("</table>")
        for label, chosen in (
            (t("balance_html.why_best"), case.best[:1]),
            (t("balance_html.why_tempting"), case.tempting[:1]),
        ):
            for path in chosen:
                parts.append(f"<p><strong>{e(label)}</strong> ({self.names(path)}):</p><ul>")
                parts += [f"<li>{e(reason)}</li>" for reason in path_reasons(deck, case.case_id, path, lang)]
                parts.append("</ul>")
        parts.append("</section>")
        return parts


def balance_html(
    deck: Deck,
    result: DeckBalance,
    runs: Playthroughs,
    lang: str = "nl",
    per_case: CaseStrategies | None = None,
    source: str = "",
) -> str:
    """The page: scope, warnings, legend, checks, the strategies per case (when given), then every case."""
    page = Page(deck, result, lang)
    t, e = page.t, html.escape
    title = t("balance_html.title")
    parts = [
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>',
        f"<style>{STYLE}</style></head><body><h1>{title}</h1>",
    ]
    if not result.whole_deck:
        parts.append(f'<p class="scope">{e(t("balance_html.pack_scope", count=len(result.cases), folder=source))}</p>')
    titles = {case.case_id: deck.cases[case.case_id].title.get(lang) for case in result.cases}
    warnings = [f"{titles[case.case_id]} — {warning}" for case in result.cases for warning in case.warnings]
    warnings += result.deck_warnings
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
    parts.append(page.legend())
    ours = set(titles)
    checks = [
        (t("balance_html.broken"), [f"seed {s}: {m}" for s, m in runs.broken]),
        (t("balance_html.always_strands"), [titles[c] for c in runs.always_strands() if c in ours]),
    ]
    if result.whole_deck:
        checks.append((t("balance_html.unused"), runs.unused_cards(deck)))
    for label, items in checks:
        shown = ", ".join(e(item) for item in items) or t("balance_html.none")
        parts.append(f"<p><strong>{e(label)}:</strong> {shown}</p>")
    if per_case is not None:
        parts.append(page.strategies(per_case))
    for case in result.cases:
        parts += page.case(case, runs)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
