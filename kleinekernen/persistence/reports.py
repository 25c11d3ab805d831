"""Writing a report file for an opened session: the one place that joins report, chart and folders."""

from __future__ import annotations

from pathlib import Path

from .. import paths
from ..engine.summary import summarise
from .output import REPORTS, write_output, write_output_text
from .report import build_report, to_html, to_markdown, to_pdf
from .sessions import Opened


def chart_bytes(opened: Opened, lang: str) -> bytes | None:
    """The meter chart as PNG, drawn by the screen layer (None where pygame cannot draw)."""
    try:
        from ..ui.chart import chart_png
    except ImportError:
        return None
    return chart_png(summarise(opened.game.deck, opened.game.state), lang)


def write_report(opened: Opened, form: str, lang: str, output: Path | None = None) -> Path:
    """The report in one step: a kill or a full disk leaves the earlier report whole (OSError says why)."""
    data = build_report(opened.game, opened.journal.plan, lang, opened.journal.header.created)
    target = output or paths.saves() / REPORTS / opened.journal.path.with_suffix(f".{form}").name
    if form == "md":
        return write_output_text(target, to_markdown(data, lang))
    if form == "pdf":
        return write_output(target, to_pdf(data, chart_bytes(opened, lang), paths.assets() / "fonts", lang))
    return write_output_text(target, to_html(data, chart_bytes(opened, lang), lang))
