"""The session journal: JSON Lines in saves/, one self-describing record per confirmed step.

Line 1 is a header (format version, seed, the deck's identity, the setup); every later line is one record.
Each record is written, flushed and fsynced before the screen moves on, so a power cut loses nothing
confirmed. A torn last line is dropped with a notice. The session is rebuilt by replaying the records
through the engine. No pickle, no code: plain JSON validated by pydantic models.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from ..content.models import Corner
from ..engine.choices import Choice, choice_from_dict, choice_to_dict
from ..engine.setup import Player, Setup

FORMAT: Literal[2] = 2
MAX_JOURNAL_BYTES = 8 * 1024 * 1024
MAX_LINE_BYTES = 64 * 1024
MAX_TEXT = 4000


class JournalError(ValueError):
    """A journal that cannot be read at all, e.g. JournalError('saves/x.jsonl: line 1 is not a header')."""


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PlayerRecord(Record):
    name: str = Field(max_length=80)
    corner: Corner


class Header(Record):
    kind: Literal["header"] = "header"
    format: Literal[2] = FORMAT
    created: str = Field(max_length=40)
    seed: int
    deck: str = Field(max_length=64)
    village: str = Field("", max_length=80)
    players: list[PlayerRecord] = Field(min_length=1, max_length=9)
    case_count: int = Field(ge=1, le=1000)
    attitudes: dict[Corner, str] = Field(default_factory=dict)
    cases: list[str] = Field(default_factory=list, max_length=1000)
    timer_seconds: int = Field(300, ge=0, le=24 * 3600)
    lang: Literal["nl", "en"] = "nl"

    def setup(self) -> Setup:
        return Setup(
            seed=self.seed,
            players=tuple(Player(p.name, p.corner) for p in self.players),
            case_count=self.case_count,
            attitudes=tuple(sorted(self.attitudes.items())),
            village=self.village,
            cases=tuple(self.cases),
            timer_seconds=self.timer_seconds,
        )

    @classmethod
    def of(cls, setup: Setup, deck_identity: str, lang: str) -> Header:
        return cls(
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            seed=setup.seed,
            deck=deck_identity,
            village=setup.village,
            players=[PlayerRecord(name=p.name, corner=p.corner) for p in setup.players],
            case_count=setup.case_count,
            attitudes=dict(setup.attitudes),
            cases=list(setup.cases),
            timer_seconds=setup.timer_seconds,
            lang="en" if lang == "en" else "nl",
        )


class ChoiceRecord(Record):
    kind: Literal["choice"] = "choice"
    choice: dict[str, Any]


class UndoRecord(Record):
    kind: Literal["undo"] = "undo"


class PlanRecord(Record):
    kind: Literal["plan"] = "plan"
    index: int = Field(ge=0, le=2)
    text: str = Field(max_length=MAX_TEXT)


class DraftRecord(Record):
    """What was on screen but not yet confirmed: the note being typed and the discussion timer."""

    kind: Literal["draft"] = "draft"
    note: str = Field("", max_length=MAX_TEXT)
    timer: float = Field(0, ge=0, le=24 * 3600)


Entry = Annotated[ChoiceRecord | UndoRecord | PlanRecord | DraftRecord, Field(discriminator="kind")]
ENTRY = TypeAdapter(Entry)


@dataclass
class Journal:
    """A journal read back: its header, the confirmed choices (undos applied), plan answers and draft."""

    path: Path
    header: Header
    choices: list[Choice] = field(default_factory=list)
    plan: list[str] = field(default_factory=lambda: ["", "", ""])
    draft: DraftRecord | None = None
    notices: list[str] = field(default_factory=list)


def new_session_name(now: datetime | None = None) -> str:
    moment = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"sessie-{moment}-{os.urandom(3).hex()}.jsonl"


class JournalWriter:
    """Appends records to one journal file; every append is on disk before it returns."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def create(cls, folder: Path, header: Header, name: str | None = None) -> JournalWriter:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / (name or new_session_name())
        with path.open("x", encoding="utf-8") as handle:
            handle.write(header.model_dump_json() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        _sync_folder(folder)
        return cls(path)

    def append(self, record: Record) -> None:
        line = record.model_dump_json() + "\n"
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    def choice(self, choice: Choice) -> None:
        self.append(ChoiceRecord(choice=choice_to_dict(choice)))

    def undo(self) -> None:
        self.append(UndoRecord())

    def plan(self, index: int, text: str) -> None:
        self.append(PlanRecord(index=index, text=text[:MAX_TEXT]))

    def draft(self, note: str, timer: float) -> None:
        self.append(DraftRecord(note=note[:MAX_TEXT], timer=max(0.0, min(timer, 24 * 3600.0))))


def _sync_folder(folder: Path) -> None:
    """Make a new file's name durable too (where the system allows opening a folder)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


Upgrade = Callable[[list[dict[str, Any]]], list[dict[str, Any]]]


def upgrade_1_to_2(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Format 1 kept choices flat ({"step": 3, "type": "move", ...}) and had no deck identity or plan."""
    header, *rest = lines
    header = {**header, "format": 2, "kind": "header", "deck": header.get("deck", "")}
    header.pop("version", None)
    upgraded = [header]
    for line in rest:
        line = dict(line)
        line.pop("step", None)
        upgraded.append({"kind": "choice", "choice": line})
    return upgraded


UPGRADES: dict[int, Upgrade] = {1: upgrade_1_to_2}
"""One migration per format version, each to the next (after Tuxemon's save_upgrader)."""


def read_journal(path: Path, lang: str = "nl") -> Journal:
    """Read a journal, dropping a torn last line with a notice; raise JournalError if it cannot be used."""
    name = path.name
    try:
        if path.is_symlink():
            raise JournalError(f"{name}: is a link; saves are plain files")
        size = path.stat().st_size
        if size > MAX_JOURNAL_BYTES:
            raise JournalError(f"{name}: {size} bytes; a journal holds at most {MAX_JOURNAL_BYTES}")
        raw = path.read_bytes()
    except OSError as error:
        raise JournalError(f"{name}: cannot be read ({error.strerror})") from None
    lines, notices = _split_lines(name, raw, lang)
    if not lines:
        raise JournalError(f"{name}: empty")
    version = lines[0].get("format", lines[0].get("version"))
    if not isinstance(version, int) or version < 1 or version > FORMAT:
        raise JournalError(f"{name}: format {version!r}; this game reads formats 1 to {FORMAT}")
    while version < FORMAT:
        lines = UPGRADES[version](lines)
        version += 1
    try:
        header = Header.model_validate(lines[0])
    except ValidationError as error:
        raise JournalError(f"{name}: line 1 is not a valid header ({_first(error)})") from None
    journal = Journal(path, header, notices=notices)
    for number, data in enumerate(lines[1:], start=2):
        try:
            entry = ENTRY.validate_python(data)
            if isinstance(entry, ChoiceRecord):
                journal.choices.append(choice_from_dict(entry.choice))
            elif isinstance(entry, UndoRecord):
                if journal.choices:
                    journal.choices.pop()
            elif isinstance(entry, PlanRecord):
                journal.plan[entry.index] = entry.text
            else:
                journal.draft = entry
        except (ValidationError, ValueError) as error:
            detail = _first(error) if isinstance(error, ValidationError) else str(error)
            journal.notices.append(_say(lang, "bad_line", name=name, line=number, detail=detail))
            break  # nothing after a damaged record is trusted
    return journal


def _split_lines(name: str, raw: bytes, lang: str) -> tuple[list[dict[str, Any]], list[str]]:
    notices: list[str] = []
    chunks = raw.split(b"\n")
    torn = chunks[-1] != b""
    complete, last = chunks[:-1], chunks[-1]
    lines: list[dict[str, Any]] = []
    for number, chunk in enumerate(complete, start=1):
        parsed = _parse(chunk)
        if parsed is None:
            if number == 1:
                raise JournalError(f"{name}: line 1 is not a header")
            notices.append(_say(lang, "bad_line", name=name, line=number, detail="not a JSON record"))
            return lines, notices
        lines.append(parsed)
    if torn:
        parsed = _parse(last)
        if parsed is None or not lines:
            notices.append(_say(lang, "torn", name=name, line=len(complete) + 1))
        else:
            lines.append(parsed)  # complete record, only its newline was lost
    return lines, notices


def _parse(chunk: bytes) -> dict[str, Any] | None:
    if len(chunk) > MAX_LINE_BYTES:
        return None
    try:
        data = json.loads(chunk.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _first(error: ValidationError) -> str:
    item = error.errors()[0]
    where = ".".join(str(part) for part in item["loc"])
    return f"{where}: {item['msg']}" if where else str(item["msg"])


NOTICES = {
    "torn": {
        "nl": "{name}: de laatste regel ({line}) was half geschreven (stroom weg?) en is weggelaten; "
        "alles daarvoor staat",
        "en": "{name}: the last line ({line}) was half written (power cut?) and was left out; "
        "everything before it stands",
    },
    "bad_line": {
        "nl": "{name}: regel {line} is beschadigd ({detail}); de sessie gaat verder tot vlak daarvoor",
        "en": "{name}: line {line} is damaged ({detail}); the session continues up to just before it",
    },
}


def _say(lang: str, key: str, **values: object) -> str:
    return NOTICES[key]["en" if lang == "en" else "nl"].format(**values)


def iter_journals(folder: Path) -> Iterator[Path]:
    """The journal files directly in `folder`, newest first; links and other files are passed over."""
    if not folder.is_dir():
        return iter(())
    files = [p for p in folder.glob("*.jsonl") if p.is_file() and not p.is_symlink()]
    return iter(sorted(files, key=lambda p: p.name, reverse=True))
