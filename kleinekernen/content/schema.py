"""JSON Schemas of the content files, generated from the models, for editors with a TOML server.

Two passes over what pydantic generates make the schema help while typing:
- every model and field gets its description from the catalogue (`schema.MODEL.FIELD`, looked up along the
  model's bases), Dutch first with the English beside it: "Nederlandse uitleg — English explanation";
- every field that names a move, a role or a rule of the game lists the ids that exist (`KnownIds`) as an
  `enum`, so the editor completes them and marks an unknown one. The models themselves keep accepting any
  id (packs bring cases, never cards), and `check` still validates every id against the deck.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..files.atomic import clean_leftovers, write_text_atomic
from ..i18n import texts
from .deck import Deck
from .models import AttitudeDeck, Case, MoveDeck, RoleDeck

SCHEMAS: dict[str, type[BaseModel]] = {
    "case.schema.json": Case,
    "moves.schema.json": MoveDeck,
    "roles.schema.json": RoleDeck,
    "attitudes.schema.json": AttitudeDeck,
}
SEPARATOR = " — "


@dataclass(frozen=True)
class KnownIds:
    """The ids an editor may complete: the deck's moves and roles, and the names of the rules of the game."""

    moves: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()

    @classmethod
    def of(cls, deck: Deck, rules: Iterable[str] = ()) -> KnownIds:
        return cls(tuple(sorted(deck.moves)), tuple(sorted(deck.roles)), tuple(sorted(rules)))


ID_FIELDS: dict[tuple[str, str], str] = {
    ("Effect", "move"): "moves",
    ("Effect", "role"): "roles",
    ("Question", "after_move"): "moves",
    ("Question", "after_rule"): "rules",
    ("Judgement", "roles"): "roles",
    ("Attitude", "roles"): "roles",
}
"""(model, field) → which ids of KnownIds the field names."""


def description(key: str) -> str | None:
    """The catalogue's Dutch and English text of `key`, side by side; None when the catalogue lacks it."""
    dutch, english = texts("nl").get(key), texts("en").get(key)
    if dutch is None or english is None:
        return None
    return dutch if dutch == english else f"{dutch}{SEPARATOR}{english}"


def field_description(model: type[BaseModel], field: str) -> str | None:
    """The description of `field`, from the first of the model's bases whose catalogue key exists."""
    for base in model.__mro__:
        found = description(f"schema.{base.__name__}.{field}")
        if found is not None:
            return found
    return None


def models_in(model: type[BaseModel]) -> dict[str, type[BaseModel]]:
    """The model and every model nested in its fields, by class name (as pydantic names them in $defs)."""
    found: dict[str, type[BaseModel]] = {}
    waiting = [model]
    while waiting:
        current = waiting.pop()
        if current.__name__ in found:
            continue
        found[current.__name__] = current
        for info in current.model_fields.values():
            waiting.extend(_nested(info.annotation))
    return found


def _nested(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in getattr(annotation, "__args__", ()) for model in _nested(arg)]


def _with_enum(prop: dict[str, Any], ids: list[str]) -> None:
    """Turn a field naming ids (a string, a list of strings or a table keyed by id) into an enum of `ids`."""
    choice = {"enum": ids, "type": "string"}
    if "anyOf" in prop:  # `X | None`: TOML has no null, so only the string is left
        del prop["anyOf"]
        prop.pop("default", None)
        prop.update(choice)
    elif prop.get("type") == "array":
        prop["items"] = choice
    elif prop.get("type") == "object":
        prop["propertyNames"] = {"enum": ids}
    else:
        prop.update(choice)


def _explain(name: str, node: dict[str, Any], model: type[BaseModel], ids: KnownIds) -> None:
    if (text := description(f"schema.{name}")) is not None:
        node["description"] = text
    for field, prop in node.get("properties", {}).items():
        if (text := field_description(model, field)) is not None:
            prop["description"] = text
        which = ID_FIELDS.get((name, field))
        if which is not None:
            _with_enum(prop, list(getattr(ids, which)))


def schema_of(model: type[BaseModel], ids: KnownIds) -> dict[str, Any]:
    schema = model.model_json_schema()
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    models = models_in(model)
    _explain(model.__name__, schema, model, ids)
    for name, node in schema.get("$defs", {}).items():
        if name in models:
            _explain(name, node, models[name], ids)
    return schema


def schema_text(model: type[BaseModel], ids: KnownIds) -> str:
    return json.dumps(schema_of(model, ids), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_schemas(folder: Path, ids: KnownIds) -> list[Path]:
    """Write one schema per kind of file into `folder`, each in one step; return the files written.

    What an earlier, killed run left half-written there is removed first. OSError says why a write failed.
    """
    folder.mkdir(parents=True, exist_ok=True)
    clean_leftovers(folder)
    written = []
    for name, model in SCHEMAS.items():
        path = folder / name
        write_text_atomic(path, schema_text(model, ids))
        written.append(path)
    return written
