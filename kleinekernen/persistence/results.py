"""Results to share between villages: `kleinekernen export SAVE` and `kleinekernen import FILE`.

A results file is anonymous by default: no names and no notes unless asked. An imported file is checked
whole and stored under a name made from its content in saves/imported/: no path from the file is used.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..content.models import Corner, Id
from ..engine.game import Game
from ..files.names import shown
from ..files.reading import UnreadableFile, read_bytes_bounded
from ..i18n import Catalog
from .output import IMPORTED as IMPORTED
from .output import INBOX, write_output_text

MAX_RESULTS_BYTES = 1024 * 1024


class ResultsError(ValueError):
    """A results file that cannot be imported, e.g. ResultsError('x.json: cases.3.roles: ...')."""


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class PlacementResult(Model):
    owner: Literal["burgers", "overheid"]
    needs_other: bool


class CaseResultRecord(Model):
    case: Id
    placement: PlacementResult
    roles: dict[Corner, Id]
    moves: dict[Corner, Id]
    outcome: Literal["bloeit", "worstelt", "strandt"]
    score: int = Field(ge=-1000, le=1000)
    note: str = Field("", max_length=4000)


class ResultsFile(Model):
    kind: Literal["kleinekernen-results"] = "kleinekernen-results"
    format: Literal[1] = 1
    exported: str = Field(max_length=40)
    deck: str = Field("", max_length=64)
    village: str = Field("", max_length=80)
    cases: list[CaseResultRecord] = Field(max_length=1000)


def export_results(game: Game, *, names: bool = False, notes: bool = False) -> ResultsFile:
    cases = [
        CaseResultRecord(
            case=result.case_id,
            placement=PlacementResult(owner=result.placement.owner, needs_other=result.placement.needs_other),
            roles=dict(result.roles),
            moves=dict(result.moves),
            outcome=result.outcome,
            score=result.score,
            note=result.note if notes else "",
        )
        for result in game.state.results
    ]
    return ResultsFile(
        exported=datetime.now(UTC).isoformat(timespec="seconds"),
        deck=game.deck.identity(),
        village=game.setup.village if names else "",
        cases=cases,
    )


def read_results(path: Path, lang: str = "nl") -> ResultsFile:
    """A results file checked whole; ResultsError says what is wrong with it (its name shown safely)."""
    name = shown(path.name)
    try:
        data = json.loads(read_bytes_bounded(path, MAX_RESULTS_BYTES).decode("utf-8"))
        return ResultsFile.model_validate(data)
    except OSError as error:
        detail = shown(error.get(lang) if isinstance(error, UnreadableFile) else error.strerror or str(error))
        raise ResultsError(f"{name}: {Catalog(lang)('results.unreadable', detail=detail)}") from None
    except ValidationError as error:
        item = error.errors()[0]
        where = shown(".".join(str(part) for part in item["loc"]))
        raise ResultsError(f"{name}: {where}: {shown(item['msg'])}") from None
    except (ValueError, RecursionError) as error:
        # JSONDecodeError and UnicodeDecodeError are ValueErrors; so is a number of over 4,300 digits
        raise ResultsError(f"{name}: {Catalog(lang)('results.not_json', detail=type(error).__name__)}") from None


def import_results(path: Path, saves: Path, lang: str = "nl") -> Path:
    """Check a results file and store a copy in saves/imported/ in one step, named after its content."""
    results = read_results(path, lang)
    text = results.model_dump_json(indent=1)
    name = hashlib.sha256(text.encode()).hexdigest()[:20] + ".json"
    folder = saves / IMPORTED
    try:
        return write_output_text(folder / name, text)
    except OSError as error:
        refusal = Catalog(lang)("results.cannot_store", folder=folder, detail=error.strerror)
        raise ResultsError(f"{shown(path.name)}: {refusal}") from None


def imported_results(saves: Path) -> list[tuple[Path, ResultsFile]]:
    folder = saves / IMPORTED
    found = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            found.append((path, read_results(path)))
        except ResultsError:
            continue
    return found


def import_inbox(saves: Path) -> tuple[int, list[str]]:
    """Import every results file a group put in saves/inbox/; a file that passes is removed from the inbox.

    Returns how many were imported and a message for each file that was refused (it stays in the inbox).
    """
    inbox = saves / INBOX
    imported, refused = 0, []
    for path in sorted(inbox.glob("*.json")) if inbox.is_dir() else []:
        try:
            import_results(path, saves)
        except ResultsError as error:
            refused.append(str(error))
            continue
        with contextlib.suppress(OSError):  # a read-only inbox: the same file is imported again, under one name
            path.unlink()
        imported += 1
    return imported, refused
