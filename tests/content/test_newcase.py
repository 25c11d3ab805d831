"""`kleinekernen new`: a commented case from the template that passes `check` at once, with its `#:schema` line
right for its folder; an invalid or taken id, or a pack outside scenarios/cases/, is refused and nothing is
written."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import jsonschema
import pytest

from kleinekernen.content.check import check
from kleinekernen.content.newcase import NewCaseError, new_case, template

PACK = 'format = 1\nname = "Drentse dorpen"\nlanguage = "nl+en"\n'


def _assets(scenarios: Path) -> Path:
    return scenarios.parent / "assets"


def _pack(scenarios: Path, name: str = "drentse-dorpen") -> Path:
    folder = scenarios / "cases" / name
    folder.mkdir()
    (folder / "pack.toml").write_text(PACK, encoding="utf-8")
    return folder


def _checked(path: Path, scenarios: Path, lang: str = "nl") -> list[str]:
    report = check([path], root=scenarios, assets=_assets(scenarios), lang=lang)
    assert report.ok, report.lines(lang, [path])
    return [str(warning) for warning in report.warnings]


def _schema_of(path: Path) -> Path:
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    return (path.parent / first.removeprefix("#:schema ")).resolve()


def _valid_for_the_editor(text: str, scenarios: Path) -> list[str]:
    schema = json.loads((scenarios / "schema" / "case.schema.json").read_text(encoding="utf-8"))
    return [error.message for error in jsonschema.Draft7Validator(schema).iter_errors(tomllib.loads(text))]


def test_a_new_case_passes_check_at_once_with_dutch_comments(scenarios_copy: Path) -> None:
    path = new_case("speeltuin-kerkstraat", scenarios_copy, _assets(scenarios_copy))
    assert path == scenarios_copy / "cases" / "speeltuin-kerkstraat.toml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#:schema ../schema/case.schema.json\n")
    assert _schema_of(path) == (scenarios_copy / "schema" / "case.schema.json").resolve()
    assert "# Van wie is het probleem?" in text and 'id = "speeltuin-kerkstraat"' in text
    assert _checked(path, scenarios_copy) == []
    assert _valid_for_the_editor(text, scenarios_copy) == []


def test_lang_en_writes_english_comments_over_the_same_fields(scenarios_copy: Path) -> None:
    path = new_case("playground", scenarios_copy, _assets(scenarios_copy), "en")
    text = path.read_text(encoding="utf-8")
    assert "# Whose problem is it?" in text and "Van wie is het probleem?" not in text
    assert tomllib.loads(template("en")) == tomllib.loads(template("nl"))
    assert _checked(path, scenarios_copy, "en") == []


def test_a_case_in_a_pack_points_two_folders_up_to_its_schema(scenarios_copy: Path) -> None:
    folder = _pack(scenarios_copy)
    path = new_case("dorpshuis", scenarios_copy, _assets(scenarios_copy), pack="drentse-dorpen")
    assert path == folder / "dorpshuis.toml"
    assert path.read_text(encoding="utf-8").startswith("#:schema ../../schema/case.schema.json\n")
    assert _schema_of(path) == (scenarios_copy / "schema" / "case.schema.json").resolve()
    assert _checked(path, scenarios_copy) == []  # nl+en promised, and every text has its English


def test_the_commented_examples_are_right_once_the_hash_is_removed(scenarios_copy: Path) -> None:
    path = new_case("met-effect", scenarios_copy, _assets(scenarios_copy))
    text = re.sub(
        r"^# (\[\[effects\]\]|\[judgement\]|move =|energy =|ownership =|reason\.|roles =)",
        r"\1",
        path.read_text(encoding="utf-8"),
        flags=re.M,
    )
    path.write_text(text, encoding="utf-8")
    assert tomllib.loads(text)["effects"][0]["move"] == "aanvullen-waar-nodig"
    assert _checked(path, scenarios_copy) == []
    assert _valid_for_the_editor(text, scenarios_copy) == []


@pytest.mark.parametrize(
    "wrong", ["Speeltuin", "speel tuin", "-speeltuin", "../speeltuin", "x/y", "", "a" * 65, "café"]
)
def test_an_invalid_id_is_refused_naming_the_allowed_characters(scenarios_copy: Path, wrong: str) -> None:
    before = sorted(scenarios_copy.rglob("*"))
    with pytest.raises(NewCaseError, match=r"geen geldige id: gebruik alleen kleine letters a-z, cijfers 0-9, - en _"):
        new_case(wrong, scenarios_copy, _assets(scenarios_copy))
    assert sorted(scenarios_copy.rglob("*")) == before


def test_an_existing_file_is_never_overwritten(scenarios_copy: Path) -> None:
    path = scenarios_copy / "cases" / "carnavalswagen.toml"
    before = path.read_bytes()
    with pytest.raises(NewCaseError, match=r"carnavalswagen\.toml exists already; choose another id"):
        new_case("carnavalswagen", scenarios_copy, _assets(scenarios_copy), "en")
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []


def test_an_id_another_case_has_is_refused_naming_that_file(scenarios_copy: Path) -> None:
    folder = _pack(scenarios_copy)
    (folder / "huis.toml").write_text(
        (scenarios_copy / "cases" / "carnavalswagen.toml")
        .read_text(encoding="utf-8")
        .replace('id = "carnavalswagen"', 'id = "dorpshuis"'),
        encoding="utf-8",
    )
    with pytest.raises(NewCaseError, match=r"de id 'dorpshuis' is al van de casus in .*huis\.toml"):
        new_case("dorpshuis", scenarios_copy, _assets(scenarios_copy))
    assert not (scenarios_copy / "cases" / "dorpshuis.toml").exists()


@pytest.mark.parametrize("pack", ["..", "../..", "drentse-dorpen/../..", "/tmp", "onbekend", "buiten"])
def test_a_pack_that_is_not_a_folder_in_cases_is_refused(scenarios_copy: Path, tmp_path: Path, pack: str) -> None:
    _pack(scenarios_copy)
    outside = tmp_path / "elders"
    outside.mkdir()
    (scenarios_copy / "cases" / "buiten").symlink_to(outside, target_is_directory=True)
    with pytest.raises(NewCaseError, match=r"geen pakket .* drentse-dorpen"):
        new_case("dorpshuis", scenarios_copy, _assets(scenarios_copy), pack=pack)
    assert list(outside.iterdir()) == [] and not list(tmp_path.rglob("dorpshuis.toml"))
