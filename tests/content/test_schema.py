"""The JSON Schemas that editors use are generated from the models and kept up to date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kleinekernen.cli import main
from kleinekernen.content.schema import SCHEMAS, schema_text
from tests.conftest import SCENARIOS


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_matches_the_models(name: str) -> None:
    committed = (SCENARIOS / "schema" / name).read_text(encoding="utf-8")
    assert committed == schema_text(SCHEMAS[name]), "run: kleinekernen schema"


def test_schema_command_writes_schemas_that_forbid_unknown_keys(tmp_path: Path) -> None:
    assert main(["schema", str(tmp_path)]) == 0
    schema = json.loads((tmp_path / "case.schema.json").read_text(encoding="utf-8"))
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {
        "title",
        "story",
        "owner",
        "needs_other",
        "placement_reason",
        "other_villages",
        "questions",
    }
    assert schema["properties"]["owner"]["enum"] == ["burgers", "overheid"]


def test_every_builtin_file_names_its_schema() -> None:
    for path in SCENARIOS.rglob("*.toml"):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        kind = path.relative_to(SCENARIOS).parts[0]
        expected = {"cases": "case", "moves": "moves", "roles": "roles", "attitudes": "attitudes"}[kind]
        assert first.startswith("#:schema ") and first.endswith(f"schema/{expected}.schema.json"), path
        assert (path.parent / first.removeprefix("#:schema ")).resolve().is_file(), path
