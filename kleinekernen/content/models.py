"""Pydantic models of everything a trainer writes: cases, move decks, role cards, attitudes.

Every model forbids unknown keys, so a misspelt key is an error with its line, never silently
ignored. The models know nothing about files; `loader` reads TOML and maps errors to lines.
What each field means, as the editor shows it, is in the catalogue (`schema.MODEL.FIELD`, see schema.py).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

FORMAT_VERSION: Literal[1] = 1

Corner = Literal["burgers", "overheid", "partners"]
CORNERS: tuple[Corner, ...] = ("burgers", "partners", "overheid")
"""The corners of the triangle in the order they play: start where the people are."""

Meter = Literal[
    "trust_burgers_overheid",
    "trust_burgers_partners",
    "trust_overheid_partners",
    "energy",
    "ownership",
]
METERS: tuple[Meter, ...] = (
    "trust_burgers_overheid",
    "trust_burgers_partners",
    "trust_overheid_partners",
    "energy",
    "ownership",
)

Quadrant = Literal["burgers_alone", "burgers_with_overheid", "overheid_with_burgers", "overheid_alone"]
QUADRANTS: tuple[Quadrant, ...] = (
    "burgers_alone",
    "burgers_with_overheid",
    "overheid_with_burgers",
    "overheid_alone",
)

MoveKind = Literal[
    "do_it",  # doing the job yourself (for overheid or partners in a community case: taking over)
    "contribute",  # a small contribution, asked for: aanvullen waar nodig
    "ask",  # asking the other corner for a small, specific contribution
    "let_go",  # stepping back and trusting: loslaten
    "hand_over",  # throwing a task over the fence
    "demand",  # claiming that someone else must solve it (the citizen as consumer)
    "rules",  # rules up front, permits, forms, meetings about meetings: spins a spider web
    "courage",  # interpreting a rule creatively, right to challenge: cuts a spider web
    "contact",  # real contact: dialogue, kitchen table, going out into the village
    "appreciate",  # waarderen: making visible what people do
    "connect",  # linking initiatives, people and new partners
    "wait",  # waiting to see what happens
]
MOVE_KINDS: tuple[MoveKind, ...] = (
    "do_it",
    "contribute",
    "ask",
    "let_go",
    "hand_over",
    "demand",
    "rules",
    "courage",
    "contact",
    "appreciate",
    "connect",
    "wait",
)

Motif = Literal[
    "village",
    "float",
    "street_party",
    "village_hall",
    "creche",
    "crossroads",
    "horizon",
    "passport",
    "rings",
    "shop",
    "windmill",
    "trees",
    "church",
    "houses",
    "care",
    "solar",
    "bus",
    "bread",
    "coins",
    "megaphone",
]

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
ID_MAX_LENGTH = 64
Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=ID_MAX_LENGTH)]
Amount = Annotated[int, Field(ge=-20, le=20)]
Weight = Annotated[int, Field(ge=0, le=100)]


def quadrant_of(owner: str, needs_other: bool) -> Quadrant:
    """The quadrant of the ownership matrix for an owner and whether it needs the other."""
    if owner == "burgers":
        return "burgers_with_overheid" if needs_other else "burgers_alone"
    return "overheid_with_burgers" if needs_other else "overheid_alone"


class Model(BaseModel):
    """Base of every model read from a file: unknown keys are errors, values never change."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Text(Model):
    """A text in Dutch (required) with its English twin (falls back to the Dutch)."""

    nl: str = Field(min_length=1)
    en: str = ""

    def get(self, lang: str) -> str:
        if lang == "en" and self.en:
            return self.en
        return self.nl


class MeterChanges(Model):
    """Changes to the meters, each from -20 to 20; everything left out is 0."""

    trust_burgers_overheid: Amount = 0
    trust_burgers_partners: Amount = 0
    trust_overheid_partners: Amount = 0
    energy: Amount = 0
    ownership: Amount = 0

    def changes(self) -> dict[Meter, int]:
        """The non-zero changes, in the fixed order of METERS."""
        values = {meter: getattr(self, meter) for meter in METERS}
        return {meter: amount for meter, amount in values.items() if amount}


class Illustration(Model):
    file: str | None = None
    motif: Motif = "village"
    alt: Text | None = None


class Effect(MeterChanges):
    """The case's verdict on one move, kind of move or role: it replaces the matrix's general rule for it.

    All its changes point the same way (a verdict helps or hurts, never both).
    """

    move: Id | None = None
    kind: MoveKind | None = None
    corner: Corner | None = None
    role: Id | None = None
    web: Text | None = None
    reason: Text

    @model_validator(mode="after")
    def _one_target(self) -> Effect:
        if sum(target is not None for target in (self.move, self.kind, self.role)) != 1:
            raise PydanticCustomError("move_or_role", "loader.move_or_role")
        if (self.kind is None) != (self.corner is None):
            raise PydanticCustomError("kind_corner", "loader.kind_corner")
        values = self.changes().values()
        if any(value > 0 for value in values) and any(value < 0 for value in values):
            raise PydanticCustomError("mixed_verdict", "loader.mixed_verdict")
        return self


Outcome = Literal["bloeit", "worstelt", "strandt"]
"""How a case went: it blooms, struggles or strands."""


class Question(Text):
    """A reflection question. With an `after_...` field it is asked only when that happened in the case."""

    after_move: Id | None = None
    after_rule: Id | None = None
    after_meter: Meter | None = None
    after_outcome: Outcome | None = None

    def conditions(self) -> int:
        """How many `after_...` conditions the question names: 0 is a question for any play."""
        return sum(
            value is not None for value in (self.after_move, self.after_rule, self.after_meter, self.after_outcome)
        )


class Judgement(Model):
    """How this case judges, beyond its effects: the roles that fit here."""

    roles: list[Id] = Field(default_factory=list)


class Case(Model):
    """One case from village practice: one file in scenarios/cases/."""

    format: Literal[1] = FORMAT_VERSION
    id: Id | None = None
    title: Text
    story: Text
    owner: Literal["burgers", "overheid"]
    needs_other: bool
    placement_reason: Text
    illustration: Illustration = Illustration()
    other_villages: Text
    questions: list[Question] = Field(min_length=1)
    effects: list[Effect] = Field(default_factory=list)
    judgement: Judgement = Judgement()

    @property
    def quadrant(self) -> Quadrant:
        return quadrant_of(self.owner, self.needs_other)

    @property
    def case_id(self) -> str:
        """The id, which the loader always fills in (from the file name if need be)."""
        assert self.id is not None
        return self.id


class Move(MeterChanges):
    """A move card. Its meter changes are its immediate, visible effect."""

    id: Id
    kind: MoveKind
    title: Text
    text: Text
    web: Text | None = None


class MoveDeck(Model):
    """The move cards of one corner: one file in scenarios/moves/."""

    format: Literal[1] = FORMAT_VERSION
    corner: Corner
    moves: list[Move] = Field(min_length=1)


class Role(Model):
    id: Id
    title: Text
    text: Text
    fits: list[Quadrant] = Field(min_length=1)


class RoleDeck(Model):
    """The role cards of one corner: one file in scenarios/roles/."""

    format: Literal[1] = FORMAT_VERSION
    corner: Corner
    roles: list[Role] = Field(min_length=1)


class Attitude(Model):
    """How the game plays a corner that nobody plays: weights for roles and kinds of move."""

    id: Id
    title: Text
    text: Text
    roles: dict[str, Weight] = Field(default_factory=dict)
    kinds: dict[MoveKind, Weight] = Field(default_factory=dict)


class AttitudeDeck(Model):
    """The attitudes of one corner: one file in scenarios/attitudes/."""

    format: Literal[1] = FORMAT_VERSION
    corner: Corner
    attitudes: list[Attitude] = Field(min_length=1)
