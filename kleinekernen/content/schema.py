"""JSON Schemas of the content files, generated from the models, for editors with a TOML server."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from ..files.atomic import clean_leftovers, write_text_atomic
from .models import AttitudeDeck, Case, MoveDeck, RoleDeck

SCHEMAS: dict[str, type[BaseModel]] = {
    "case.schema.json": Case,
    "moves.schema.json": MoveDeck,
    "roles.schema.json": RoleDeck,
    "attitudes.schema.json": AttitudeDeck,
}


def schema_text(model: type[BaseModel]) -> str:
    schema = model.model_json_schema()
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write one schema per kind of file into `folder`, each in one step; return the files written.

    What an earlier, killed run left half-written there is removed first. OSError says why a write failed.
    """
    folder.mkdir(parents=True, exist_ok=True)
    clean_leftovers(folder)
    written = []
    for name, model in SCHEMAS.items():
        path = folder / name
        write_text_atomic(path, schema_text(model))
        written.append(path)
    return written
