"""Each typical trainer's mistake gets its own message from `check`, in the user's language, at its line,
with the fix in plain words; a warning does not fail `check` unless --strict."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kleinekernen.cli import main
from tests.conftest import SCENARIOS
from tests.content.test_check_errors import broken_copy as copy_with

CASE = SCENARIOS / "cases" / "carnavalswagen.toml"
LINE = re.compile(r"^(?P<file>\S+):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): (?P<msg>.*)$", re.M)


MISTAKES = [
    # old line start, new text, field, Dutch advice, English advice, exit code
    (
        'illustration.motif = "float"',
        r'illustration.file = "plaatjes\dokter.png"',
        "illustration.file",
        "schrijf paden met /",
        "write paths with /",
        1,
    ),
    (
        'illustration.motif = "float"',
        r'illustration.file = "C:\Users\an\dokter.png"',
        "illustration.file",
        "schrijf paden met /",
        "write paths with /",
        1,
    ),
    ("needs_other = false", "needs_other = True", "needs_other", "kleine letters", "small letters", 1),
    (
        'title.nl = "De carnavalswagen"',
        'title.nl = "De "grote" wagen"',
        "title.nl",
        'zet \\" voor een aanhalingsteken',
        'write \\" for a quote',
        1,
    ),
    ("[[effects]]", "[effects]", "effects", "[[effects]] met twee haken", "[[effects]] with two brackets", 1),
    (
        'move = "zelf-regelen"',
        'move = "zelf-regele"',
        "effects[1].move",
        "bedoelde je 'zelf-regelen'?",
        "did you mean 'zelf-regelen'?",
        1,
    ),
    (
        'move = "zelf-regelen"',
        'move = "aanjager"',
        "effects[1].move",
        "'aanjager' is een rol: schrijf role",
        "'aanjager' is a role: write role",
        1,
    ),
    ('owner = "burgers"', 'eigenaar = "burgers"', "eigenaar", "schrijf 'owner'", "write 'owner'", 1),
    (
        'move = "zelf-regelen"',
        'move = "klein-beginnen"',
        "effects[4]",
        "alleen het eerste telt",
        "only the first counts",
        0,
    ),
]


@pytest.mark.parametrize(("old", "new", "field", "nl", "en", "code"), MISTAKES)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_mistake_has_its_message_line_and_advice(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    old: str,
    new: str,
    field: str,
    nl: str,
    en: str,
    code: int,
) -> None:
    path, line = copy_with(tmp_path, "fout.toml", old, new)
    assert main(["check", "--lang", lang, str(path)]) == code
    out = capsys.readouterr().out
    found = [m for m in LINE.finditer(out) if m["field"] == field]
    assert found, out
    advice = nl if lang == "nl" else en
    assert advice in found[0]["msg"], out
    if code == 1:
        if new != "[effects]":  # a lone [effects] is reported where the next [[effects]] clashes with it
            assert int(found[0]["line"]) == line
    else:
        assert ("waarschuwing: " if lang == "nl" else "warning: ") in found[0]["msg"]
        assert main(["check", "--strict", str(path)]) == 1


def test_an_empty_file_is_said_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "leeg.toml"
    path.write_text("# nog niets\n", encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "leeg.toml:1:1: (bestand): het bestand is leeg" in out and "ontbreekt" not in out


def test_a_glued_line_a_wrong_schema_line_and_a_no_op_effect_are_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = CASE.read_text(encoding="utf-8").replace('id = "carnavalswagen"', 'id = "plak"')
    text = text.replace("#:schema ../schema/", "#:schema ../../schema/", 1)
    text = text.replace("De bouwers \\\n", "De bouwers met\\\npensioen \\\n", 1)
    text = text.replace("energy = -6", "energy = 0", 1)
    path = tmp_path / "plak.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert '"metpensioen"; zet een spatie voor de \\' in out, out
    assert "plak.toml:1:1: #:schema: waarschuwing: de editor vindt het schema '../../schema/case.schema.json'" in out


def test_a_case_saved_as_txt_is_named_as_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = tmp_path / "pakket"
    pack.mkdir()
    (pack / "huisarts.toml.txt").write_text(CASE.read_text(encoding="utf-8"), encoding="utf-8")
    (pack / "Dokter.TOML").write_text("", encoding="utf-8")
    main(["check", str(pack)])
    out = capsys.readouterr().out
    assert "hernoem het naar huisarts.toml" in out and "hernoem het naar Dokter.toml" in out, out


def test_missing_english_in_an_nl_en_pack_and_an_ignored_web_are_warnings(
    scenarios_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = scenarios_copy / "cases" / "mijn-pakket"
    pack.mkdir()
    (pack / "pack.toml").write_text('name = "Mijn pakket"\nlanguage = "nl+en"\n', encoding="utf-8")
    text = CASE.read_text(encoding="utf-8").replace('id = "carnavalswagen"', 'id = "half"')
    text = text.replace('title.en = "The carnival float"\n', "").replace(
        'role = "aanjager"', 'role = "aanjager"\nweb.nl = "web"'
    )
    (pack / "half.toml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("KLEINEKERNEN_HOME", str(scenarios_copy.parent))
    assert main(["check", str(pack / "half.toml")]) == 0
    out = capsys.readouterr().out
    assert re.search(
        r"half\.toml:7:1: title\.en: waarschuwing: de Engelse tekst ontbreekt, terwijl pack\.toml nl\+en", out
    ), out
    assert "web werkt alleen bij een zet van de soort rules" in out


def test_an_image_name_differing_in_case_is_suggested_and_a_large_one_is_given_in_pixels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PIL import Image

    (tmp_path / "plaatjes").mkdir()
    Image.new("RGB", (40, 30)).save(tmp_path / "plaatjes" / "Dokter.PNG")
    path, line = copy_with(
        tmp_path, "beeld.toml", 'illustration.motif = "float"', 'illustration.file = "plaatjes/dokter.png"'
    )
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"beeld.toml:{line}:" in out and "bedoelde je 'plaatjes/Dokter.PNG'? hoofdletters" in out, out
    Image.effect_noise((1800, 1800), 100).convert("RGB").save(tmp_path / "plaatjes" / "dokter.png")
    assert main(["--lang", "en", "check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "(1800×1800 pixels); at most 2048 kB: shrink it to 1600 pixels on the long side" in out, out
