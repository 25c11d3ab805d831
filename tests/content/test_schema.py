"""The JSON Schemas that editors use are generated from the models and kept up to date; they explain every
field in Dutch with the English beside it, and list the move, role and rule ids for completion."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from kleinekernen.cli import main
from kleinekernen.content.deck import load_deck
from kleinekernen.content.schema import SCHEMAS, SEPARATOR, KnownIds, schema_of, schema_text
from kleinekernen.engine.rules import RULE_NAMES
from kleinekernen.i18n import texts
from tests.conftest import ASSETS, SCENARIOS

FOLDER_SCHEMA = {"cases": "case", "moves": "moves", "roles": "roles", "attitudes": "attitudes"}


@pytest.fixture(scope="module")
def ids() -> KnownIds:
    cards = load_deck(SCENARIOS, assets=ASSETS, builtin_cases=False)
    assert cards.problems == []
    return KnownIds.of(cards.deck, RULE_NAMES)


def _case_schema() -> dict[str, Any]:
    return json.loads((SCENARIOS / "schema" / "case.schema.json").read_text(encoding="utf-8"))


def _case(name: str = "carnavalswagen.toml") -> dict[str, Any]:
    return tomllib.loads((SCENARIOS / "cases" / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_matches_the_models_and_the_cards(name: str, ids: KnownIds) -> None:
    committed = (SCENARIOS / "schema" / name).read_text(encoding="utf-8")
    assert committed == schema_text(SCHEMAS[name], ids), "run: kleinekernen schema"


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


def _described(node: dict[str, Any], where: str) -> list[tuple[str, str]]:
    found = [(where, node.get("description", ""))]
    found += [(f"{where}.{field}", prop.get("description", "")) for field, prop in node.get("properties", {}).items()]
    return found


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_field_is_explained_in_dutch_with_the_english_beside_it(name: str, ids: KnownIds) -> None:
    schema = schema_of(SCHEMAS[name], ids)
    nodes = [(name, schema), *schema.get("$defs", {}).items()]
    dutch = set(texts("nl").values())
    english = set(texts("en").values())
    for where, text in [pair for node_name, node in nodes for pair in _described(node, node_name)]:
        first, _, second = text.partition(SEPARATOR)
        assert first in dutch and second in english, (where, text)


def test_the_hover_text_of_a_move_field_reads_dutch_first() -> None:
    move = _case_schema()["$defs"]["Effect"]["properties"]["move"]
    assert move["description"] == (
        "De id van een zetkaart (uit scenarios/moves/). — The id of a move card (from scenarios/moves/)."
    )


def test_move_role_and_rule_fields_list_the_ids_an_editor_completes(ids: KnownIds) -> None:
    schema = _case_schema()
    effect = schema["$defs"]["Effect"]["properties"]
    question = schema["$defs"]["Question"]["properties"]
    assert "vergunning-vooraf" in effect["move"]["enum"] and effect["move"]["type"] == "string"
    assert effect["move"]["enum"] == list(ids.moves) == question["after_move"]["enum"]
    assert "aanjager" in effect["role"]["enum"]
    assert schema["$defs"]["Judgement"]["properties"]["roles"]["items"]["enum"] == list(ids.roles)
    assert "valse_liefde" in question["after_rule"]["enum"]
    assert schema["$defs"]["Illustration"]["properties"]["motif"]["enum"][0] == "village"
    attitudes = json.loads((SCENARIOS / "schema" / "attitudes.schema.json").read_text(encoding="utf-8"))
    assert attitudes["$defs"]["Attitude"]["properties"]["roles"]["propertyNames"]["enum"] == list(ids.roles)


def test_every_builtin_case_passes_its_schema() -> None:
    validator = jsonschema.Draft7Validator(_case_schema())
    for path in sorted((SCENARIOS / "cases").glob("*.toml")):
        errors = [error.message for error in validator.iter_errors(_case(path.name))]
        assert errors == [], path


@pytest.mark.parametrize(
    ("where", "wrong"),
    [
        (("effects", 0, "move"), "vergunning-vooraf-x"),
        (("effects", 0, "move"), "aanjager"),  # a role under move
        (("questions", 0, "after_move"), "zelf-doen"),
    ],
)
def test_an_unknown_id_is_marked_by_the_schema(where: tuple[str | int, ...], wrong: str) -> None:
    case = _case()
    case["effects"][0] = {"move": "protocol-eerst", "energy": -2, "reason": {"nl": "x"}}
    target: Any = case
    for part in where[:-1]:
        target = target[part]
    target[where[-1]] = wrong
    errors = list(jsonschema.Draft7Validator(_case_schema()).iter_errors(case))
    assert [list(error.absolute_path) for error in errors] == [list(where)]
    assert "is not one of" in errors[0].message


def test_an_unknown_role_in_the_judgement_is_marked_by_the_schema() -> None:
    case = _case()
    case["judgement"] = {"roles": ["aanjager", "aanjagr"]}
    errors = list(jsonschema.Draft7Validator(_case_schema()).iter_errors(case))
    assert [list(error.absolute_path) for error in errors] == [["judgement", "roles", 1]]


def test_every_builtin_file_names_the_schema_of_its_folder() -> None:
    for path in SCENARIOS.rglob("*.toml"):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        kind = FOLDER_SCHEMA[path.relative_to(SCENARIOS).parts[0]]
        assert first.startswith("#:schema "), path
        written = first.removeprefix("#:schema ")
        assert "\\" not in written and not Path(written).is_absolute(), path
        assert (path.parent / written).resolve() == (SCENARIOS / "schema" / f"{kind}.schema.json").resolve(), path
