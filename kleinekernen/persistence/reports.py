"""Writing the report files: from the live game (the end screen) or an opened session (the command line).

The report is built once from the game and laid out in each form; nothing is re-read from disk. Every
file goes through the atomic write (`output.write_output`): a kill or a full disk leaves the earlier one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import paths
from ..engine.game import Game
from ..files.names import printable_text
from ..i18n import Catalog
from .output import REPORTS, write_output, write_output_text
from .records import VotesRecord
from .report import ReportData, build_report, to_markdown
from .report_html import to_html
from .report_pdf import to_pdf
from .sessions import Opened

FORMS = ("html", "pdf", "md")
NAME_LIMIT = 60
"""Characters of the village's name kept in a file name."""


def render(data: ReportData, form: str, lang: str) -> bytes:
    """One form of the report as the bytes of its file."""
    if form == "md":
        return to_markdown(data, lang).encode("utf-8")
    if form == "pdf":
        return to_pdf(data, paths.assets() / "fonts", lang)
    return to_html(data, lang).encode("utf-8")


def write_report(opened: Opened, form: str, lang: str, output: Path | None = None) -> Path:
    """The report of a saved session in one step (OSError says why it could not be written)."""
    journal = opened.journal
    data = build_report(opened.game, journal.plan, lang, journal.header.created, journal.votes)
    target = output or paths.saves() / REPORTS / opened.journal.path.with_suffix(f".{form}").name
    if form == "md":
        return write_output_text(target, to_markdown(data, lang))
    return write_output(target, render(data, form, lang))


def report_stem(village: str, created: str, session: str = "", prefix: str = "verslag") -> str:
    """`<prefix>-<village>-<YYYY-MM-DD>[-<session>]`: letters, digits and hyphens only, so any file system takes it.

    The session's own id keeps two sessions of one village on one day apart; the same session always gets
    the same name, so writing again replaces its report instead of adding one."""
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in printable_text(village).lower())
    village_part = "-".join(part for part in cleaned.split("-") if part)[:NAME_LIMIT].strip("-")
    day = created[:10] if len(created) >= 10 else "sessie"
    parts = [prefix, village_part, day, "".join(ch for ch in session if ch.isalnum())[-6:]]
    return "-".join(part for part in parts if part)


def write_session_reports(
    game: Game,
    plan: list[str],
    created: str,
    lang: str,
    folder: Path | None = None,
    session: str = "",
    forms: Sequence[str] = ("html", "pdf"),
    votes: dict[int, VotesRecord] | None = None,
) -> list[Path]:
    """The report of the live game, built once, in each form into `saves/reports/` (or `folder`), named
    after village and date. The same session writes the same files again (idempotent). OSError says why not."""
    data = build_report(game, plan, lang, created, votes)
    target = folder or paths.saves() / REPORTS
    stem = report_stem(game.setup.village, data.date, session, Catalog(lang)("report.file"))
    return [write_output(target / f"{stem}.{form}", render(data, form, lang)) for form in forms]


def viewer_command(path: Path, platform: str = sys.platform) -> list[str] | None:
    """The command that opens a file in the system's viewer; None on Windows (os.startfile does it)."""
    if platform.startswith("win"):
        return None
    if platform == "darwin":
        return ["open", str(path)]
    return ["xdg-open", str(path)]


def open_in_viewer(path: Path) -> bool:
    """Open a file in the system's viewer without waiting for it; whether that could be started. Never raises."""
    try:
        if not path.is_file():
            return False
        command = viewer_command(path)
        if command is None:
            os.startfile(path)  # type: ignore[attr-defined]  # Windows only
            return True
        subprocess.Popen(  # a fixed program and a path we wrote
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except (OSError, ValueError, AttributeError):
        return False
    return True
