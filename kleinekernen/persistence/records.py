"""The records of a session journal: the header and one model per kind of line, validated by pydantic."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from ..content.models import Corner
from ..engine.setup import Player, Setup

FORMAT: Literal[2] = 2
MAX_JOURNAL_BYTES = 8 * 1024 * 1024
MAX_LINE_BYTES = 64 * 1024
MAX_RECORDS = 20_000
"""Lines read from one journal at most; a long session writes a few hundred."""
MAX_TEXT = 4000
MAX_SEED = 2**63


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
    seed: int = Field(ge=-MAX_SEED, le=MAX_SEED)
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


VoteOption = Annotated[str, Field(max_length=40, pattern=r"^[a-z_]+$")]
VoteCorner = Literal["burgers", "overheid", "partners", "none"]


class VotesRecord(Record):
    """How the room's phones voted on one case's placement, at the reveal: counts per option and corner only.

    No token, no name, nothing a phone typed; journals from before the room simply have no such lines."""

    kind: Literal["votes"] = "votes"
    case_index: int = Field(ge=0, le=1000)
    case: str = Field(max_length=80)
    counts: dict[VoteOption, dict[VoteCorner, Annotated[int, Field(ge=0, le=100_000)]]] = Field(max_length=8)

    def total(self) -> int:
        return sum(sum(per_corner.values()) for per_corner in self.counts.values())


Entry = Annotated[ChoiceRecord | UndoRecord | PlanRecord | DraftRecord | VotesRecord, Field(discriminator="kind")]
ENTRY = TypeAdapter(Entry)
