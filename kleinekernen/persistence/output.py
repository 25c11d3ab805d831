"""Files the game writes for people (reports, exports, imported results, pages): always atomic.

`write_output` replaces a file in one step, so a kill or a full disk leaves the earlier report whole, and
first removes what a killed write of that same file left behind. `clean_after_kill` runs at the start of
the game and of every writing command: it removes the leftovers in the game's own folders.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from ..content.packs import clean_pack_leftovers
from ..files.atomic import TEMP_MARK, TEMP_PREFIX, clean_leftovers, write_bytes_atomic

REPORTS = "reports"
IMPORTED = "imported"
INBOX = "inbox"


def leftovers_of(path: Path) -> list[Path]:
    """Temporary files that a killed atomic write of `path` left beside it."""
    prefix = f"{TEMP_PREFIX}{path.name}{TEMP_MARK}"
    try:
        return [entry for entry in path.parent.iterdir() if entry.name.startswith(prefix) and entry.is_file()]
    except OSError:
        return []


def write_output(path: Path, data: bytes) -> Path:
    """Write `data` to `path` atomically (folders made as needed). OSError says why it could not be."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for leftover in leftovers_of(path):
        with contextlib.suppress(OSError):
            leftover.unlink()
    write_bytes_atomic(path, data)
    return path


def write_output_text(path: Path, text: str) -> Path:
    return write_output(path, text.encode("utf-8"))


def clean_after_kill(saves: Path, scenarios: Path) -> list[Path]:
    """Remove what writes killed half-way left in saves/ and scenarios/; returns what was removed."""
    removed = []
    for folder in (saves, saves / REPORTS, saves / IMPORTED, saves / INBOX, scenarios / "schema"):
        removed += clean_leftovers(folder)
    removed += clean_pack_leftovers(scenarios)
    return removed
