"""Hints that follow a message of `check`: the id or file name the trainer probably meant."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path

from .messages import say


def did_you_mean(wanted: str, known: Iterable[str], lang: str) -> str:
    """'; bedoelde je 'x'?' for the closest known id, or '' when none is close."""
    close = difflib.get_close_matches(wanted, list(known), n=1, cutoff=0.6)
    return f"; {say('did_you_mean', lang, suggestion=close[0])}" if close else ""


def id_hint(wanted: str, field: str, moves: Iterable[str], roles: Iterable[str], lang: str) -> str:
    """For an unknown move or role id: that it is an id of the other kind (a role under `move`), or the closest."""
    moves, roles = list(moves), list(roles)
    if field == "move" and wanted in roles:
        return f"; {say('is_a_role', lang, id=wanted)}"
    if field == "role" and wanted in moves:
        return f"; {say('is_a_move', lang, id=wanted)}"
    return did_you_mean(wanted, moves if field == "move" else roles, lang)


def same_name_but_case(written: str, case_folder: Path, assets: Path) -> str | None:
    """The path as it is on disk when only upper and lower case differ ('Dokter.PNG' for 'dokter.png'), or None."""
    parts = written.replace("\\", "/").split("/")
    if parts and parts[0] == "assets":
        folder, found, parts = assets, ["assets"], parts[1:]
    else:
        folder, found = case_folder, []
    for part in parts:
        if part in ("", "."):
            continue
        try:
            names = {child.name.lower(): child.name for child in folder.iterdir()}
        except OSError:
            return None
        real = names.get(part.lower())
        if real is None:
            return None
        found.append(real)
        folder = folder / real
    shown = "/".join(found)
    return shown if shown != written else None
