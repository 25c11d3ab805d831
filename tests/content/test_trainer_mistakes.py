"""The audit of issue 14: every mistake a trainer made while writing two cases from the guide, each with the message
`check` gives for it: in Dutch by default and in English with --lang en, at its file, line and column, with the fix
in plain words, an error (exit 1) or a warning (exit 0, 1 with --strict)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kleinekernen.cli import main
from tests.conftest import SCENARIOS

MODEL = SCENARIOS / "cases" / "carnavalswagen.toml"
SCHEMA = f"#:schema {(SCENARIOS / 'schema' / 'case.schema.json').as_posix()}"
LINE = re.compile(r"^(?P<file>\S+):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): (?P<msg>.*)$", re.M)
LONG_TITLE = "De carnavalswagen die het hele dorp " + "en nog veel meer dan dat " * 12
LONG_TEXT = "Het dorp wil een nieuwe wagen bouwen en vraagt de gemeente om hulp bij de vergunning. " * 12
STORY_400_WORDS = " ".join(["De jongeren bouwen elk jaar samen een wagen in de schuur."] * 37)


@dataclass(frozen=True)
class Spot:
    """Where `check` must report the mistake: a file (its name), line and column."""

    file: Path
    line: int
    col: int = 1


def model_text(case_id: str) -> str:
    text = MODEL.read_text(encoding="utf-8").replace('id = "carnavalswagen"', f'id = "{case_id}"')
    return text.replace(text.split("\n", 1)[0], SCHEMA, 1)  # the schema found from anywhere: no warning of its own


def edited(
    folder: Path, name: str, old: str, new: str, col: Callable[[str], int] = lambda line: 1, glue: bool = False
) -> Spot:
    """The model case saved as `name` with the line starting with `old` changed; the spot is that line. With
    `glue`, a word is written right before the line's closing backslash (`met\\`)."""
    lines = model_text(Path(name).stem).split("\n")
    number = next(n for n, line in enumerate(lines, 1) if line.startswith(old))
    lines[number - 1] = lines[number - 1].replace(old, new, 1)
    if glue:
        lines[number - 1] = lines[number - 1].removesuffix(" \\") + "met\\"
    path = folder / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return Spot(path, number, col(lines[number - 1]))


def table_above(spot: Spot) -> Spot:
    """An effect's warning stands at its `[[effects]]` line, the nearest one above the spot."""
    lines = spot.file.read_text(encoding="utf-8").split("\n")[: spot.line]
    return Spot(spot.file, max(n for n, line in enumerate(lines, 1) if line.startswith("[[effects]]")))


def at(char: str) -> Callable[[str], int]:
    return lambda line: line.index(char) + 1


def missing_english(folder: Path) -> Spot:
    pack = folder / "mijn-pakket"
    pack.mkdir()
    (pack / "pack.toml").write_text('name = "Mijn pakket"\nlanguage = "nl+en"\n', encoding="utf-8")
    spot = edited(pack, "half.toml", 'title.en = "The carnival float"', "")
    return Spot(spot.file, spot.line - 1)  # reported at title.nl, where the English twin belongs


def skipped(name: str) -> Callable[[Path], tuple[Path, Spot]]:
    def build(folder: Path) -> tuple[Path, Spot]:
        pack = folder / "pakket"
        pack.mkdir()
        (pack / name).write_text(model_text("huisarts"), encoding="utf-8")
        (pack / "goed.toml").write_text(model_text("goed"), encoding="utf-8")  # the pack's sound case
        return pack, Spot(pack / name, 1)

    return build


def empty(folder: Path) -> Spot:
    (folder / "leeg.toml").write_text("# nog niets\n\n", encoding="utf-8")
    return Spot(folder / "leeg.toml", 1)


def wrong_schema_depth(folder: Path) -> Spot:
    path = folder / "diep.toml"
    path.write_text(model_text("diep").replace(SCHEMA, "#:schema ../../schema/case.schema.json", 1), encoding="utf-8")
    return Spot(path, 1)


def image_in_other_case(folder: Path) -> Spot:
    from PIL import Image

    (folder / "plaatjes").mkdir()
    Image.new("RGB", (40, 30)).save(folder / "plaatjes" / "Dokter.PNG")
    return edited(folder, "beeld.toml", 'illustration.motif = "float"', 'illustration.file = "plaatjes/dokter.png"')


def image_too_large(folder: Path) -> Spot:
    from PIL import Image

    (folder / "plaatjes").mkdir()
    Image.effect_noise((1800, 1800), 100).convert("RGB").save(folder / "plaatjes" / "dokter.png")
    return edited(folder, "groot.toml", 'illustration.motif = "float"', 'illustration.file = "plaatjes/dokter.png"')


Build = Callable[[Path], "Spot | tuple[Path, Spot]"]
MISTAKES: dict[str, tuple[Build, str, str, str, int]] = {
    # name: (how the mistake is made, the field named, Dutch advice, English advice, exit code)
    "title too long": (
        lambda f: edited(f, "titel.toml", 'title.nl = "', f'title.nl = "{LONG_TITLE}'),
        "title.nl",
        "past niet op het scherm bij 1280x720: 353 tekens, er passen er",
        "will not fit on screen at 1280x720: 353 characters,",
        0,
    ),
    "other villages too long": (
        lambda f: edited(f, "dorpen.toml", 'other_villages.nl = """', f'other_villages.nl = """\n{LONG_TEXT}'),
        "other_villages.nl",
        "maak de tekst korter",
        "shorten the text",
        0,
    ),
    "question too long": (
        lambda f: edited(f, "vraag.toml", 'nl = "Van wie is', f'nl = "{LONG_TEXT} Van wie is'),
        "questions[1].nl",
        "maak de tekst korter",
        "will not fit on screen",
        0,
    ),
    "a 400-word story": (
        lambda f: edited(f, "verhaal.toml", 'story.nl = """', f'story.nl = """\n{STORY_400_WORDS}'),
        "story.nl",
        "maak de tekst korter",
        "shorten the text",
        0,
    ),
    "missing .en in an nl+en pack": (
        missing_english,
        "title.en",
        "de Engelse tekst ontbreekt, terwijl pack.toml nl+en belooft",
        "the English text is missing while pack.toml promises nl+en",
        0,
    ),
    "web on a move that cannot spin one": (
        lambda f: edited(f, "webzet.toml", "energy = -6", 'web.nl = "Een web"'),
        "effects[1].web",
        "web werkt alleen bij een zet van de soort rules",
        "web only works on a move of kind rules",
        0,
    ),
    "web on a role": (
        lambda f: edited(f, "webrol.toml", "energy = 2", 'web.nl = "Een web"'),
        "effects[3].web",
        "haal web weg",
        "remove web",
        0,
    ),
    "an effect that changes nothing": (
        lambda f: table_above(edited(f, "niets.toml", "ownership = -5", "ownership = 0")),
        "effects[2]",
        "dit effect verandert niets: geef een getal",
        "this effect changes nothing: give a number",
        0,
    ),
    "the same move in two effects": (
        lambda f: table_above(edited(f, "twee.toml", 'move = "klein-beginnen"', 'move = "zelf-regelen"')),
        "effects[4]",
        "alleen het eerste telt: voeg ze samen",
        "only the first counts: merge them",
        0,
    ),
    "huisarts.toml.txt in a pack folder": (
        skipped("huisarts.toml.txt"),
        "(bestand)",
        "hernoem het naar huisarts.toml",
        "rename it to huisarts.toml",
        0,
    ),
    "Dokter.TOML in a pack folder": (
        skipped("Dokter.TOML"),
        "(bestand)",
        "hernoem het naar Dokter.toml",
        "rename it to Dokter.toml",
        0,
    ),
    "check on the .txt file": (
        lambda f: skipped("huisarts.toml.txt")(f)[1],
        "(bestand)",
        "het spel leest alleen bestanden die op .toml eindigen (kleine letters): hernoem het naar huisarts.toml",
        "the game reads only files ending in .toml (small letters): rename it to huisarts.toml",
        1,
    ),
    "met\\ at a line end": (
        lambda f: edited(f, "plak.toml", "In de meeste dorpen", "In de meeste dorpen", at("\\"), glue=True),
        "other_villages.nl",
        '"bouwersmetregelden"; zet een spatie voor de \\',
        '"bouwersmetregelden"; put a space before the \\',
        0,
    ),
    "a #:schema line of the wrong depth": (
        wrong_schema_depth,
        "#:schema",
        "de editor vindt het schema '../../schema/case.schema.json' niet",
        "the editor cannot find the schema '../../schema/case.schema.json'",
        0,
    ),
    "plaatjes\\dokter.png": (
        lambda f: edited(f, "pad.toml", "illustration.motif", 'illustration.file = "plaatjes\\dokter.png"', at("\\")),
        "illustration.file",
        "een \\ in een tekst; schrijf paden met /, zoals plaatjes/dokter.png",
        "a \\ in a text; write paths with /",
        1,
    ),
    "C:\\Users\\...": (
        lambda f: edited(
            f, "win.toml", "illustration.motif", 'illustration.file = "C:\\Users\\an\\dokter.png"', at("\\")
        ),
        "illustration.file",
        "schrijf paden met /, en geen pad met C:",
        "write paths with /, and not a path with C:",
        1,
    ),
    "[effects] twice": (
        lambda f: edited(f, "tabel.toml", "[[effects]]", "[effects]"),
        "effects",
        "schrijf [[effects]] met twee haken voor elk nieuw effect",
        "write [[effects]] with two brackets for each new effect",
        1,
    ),
    "True": (
        lambda f: edited(f, "waar.toml", "needs_other = false", "needs_other = True", at("T")),
        "needs_other",
        "schrijf true of false met kleine letters en zonder aanhalingstekens",
        "write true or false in small letters and without quotes",
        1,
    ),
    'a " inside a title': (
        lambda f: edited(f, "quote.toml", 'title.nl = "De carnavalswagen"', 'title.nl = "De "grote" wagen"', at('"g')),
        "title.nl",
        'de tekst stopt bij een aanhalingsteken; zet \\" voor een aanhalingsteken in een tekst',
        'the text stops at a quote; write \\" for a quote inside a text',
        1,
    ),
    "an empty file": (empty, "(bestand)", "het bestand is leeg", "the file is empty", 1),
    "an image too large, in pixels": (
        image_too_large,
        "illustration.file",
        "(1800×1800 pixels); hoogstens 2048 kB: verklein hem tot 1600 pixels aan de lange kant",
        "(1800×1800 pixels); at most 2048 kB: shrink it to 1600 pixels on the long side",
        1,
    ),
    "a misspelt move id": (
        lambda f: edited(f, "zet.toml", 'move = "zelf-regelen"', 'move = "zelf-regele"'),
        "effects[1].move",
        "er is geen zet met id 'zelf-regele'; bedoelde je 'zelf-regelen'?",
        "there is no move with id 'zelf-regele'; did you mean 'zelf-regelen'?",
        1,
    ),
    "a misspelt role id": (
        lambda f: edited(f, "rol.toml", 'role = "aanjager"', 'role = "aanjagr"'),
        "effects[3].role",
        "er is geen rol met id 'aanjagr'; bedoelde je 'aanjager'?",
        "there is no role with id 'aanjagr'; did you mean 'aanjager'?",
        1,
    ),
    "a misspelt move id in a question": (
        lambda f: edited(f, "nadien.toml", 'after_rule = "spinnenwebben"', 'after_move = "klein-begin"'),
        "questions[2].after_move",
        "bedoelde je 'klein-beginnen'?",
        "did you mean 'klein-beginnen'?",
        1,
    ),
    "a Dutch key name (verhaal)": (
        lambda f: edited(f, "nl.toml", 'story.nl = """', 'verhaal = """'),
        "verhaal",
        "onbekend veld 'verhaal'; veldnamen zijn Engels: schrijf 'story'",
        "unknown field 'verhaal'; field names are English: write 'story'",
        1,
    ),
    "an image name differing in case": (
        image_in_other_case,
        "illustration.file",
        "bedoelde je 'plaatjes/Dokter.PNG'? hoofdletters en kleine letters tellen",
        "did you mean 'plaatjes/Dokter.PNG'? capitals and small letters count",
        1,
    ),
    "a role id under move": (
        lambda f: edited(f, "rolzet.toml", 'move = "zelf-regelen"', 'move = "aanjager"'),
        "effects[1].move",
        "'aanjager' is een rol: schrijf role = \"aanjager\"",
        "'aanjager' is a role: write role = \"aanjager\"",
        1,
    ),
}


def made(mistake: str, folder: Path) -> tuple[Path, Spot]:
    built = MISTAKES[mistake][0](folder)
    return built if isinstance(built, tuple) else (built.file, built)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_each_mistake_is_named_at_its_line_in_the_trainers_language_with_its_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, mistake: str, lang: str
) -> None:
    _, field, nl, en, code = MISTAKES[mistake]
    field = field.replace("(bestand)", "(file)") if lang == "en" else field
    monkeypatch.chdir(tmp_path)
    target, spot = made(mistake, tmp_path)
    words = ["check", str(target.relative_to(tmp_path))] + (["--lang", "en"] if lang == "en" else [])
    assert main(words) == code
    out = capsys.readouterr().out
    name = spot.file.relative_to(tmp_path).as_posix()
    found = [m for m in LINE.finditer(out) if m["file"] == name and m["field"] == field]
    assert found, out
    line = found[0]
    assert (int(line["line"]), int(line["col"])) == (spot.line, spot.col), out
    advice, other = (nl, en) if lang == "nl" else (en, nl)
    assert advice in line["msg"] and other not in out, out
    summary = out.strip().splitlines()[-1]
    assert ("gecontroleerd" in summary) == (lang == "nl") and ("checked" in summary) == (lang == "en"), summary
    if code == 0:
        assert line["msg"].startswith("waarschuwing: " if lang == "nl" else "warning: "), out
        assert re.search(r"\d+ waarschuwing(en)?$" if lang == "nl" else r"\d+ warnings?$", summary), summary
        assert main(["check", "--strict", str(target.relative_to(tmp_path))]) == 1
    else:
        assert not line["msg"].startswith(("waarschuwing", "warning")), out


@pytest.mark.parametrize(
    ("words", "dutch", "english"),
    [
        (["pack", "--help"], "waar de zip komt", "where the zip goes"),
        (["install-pack", "--help"], "vervang een eerder geïnstalleerde", "replace an older installed version"),
        (["check", "--help"], "controleer scenariobestanden", "report every error with its line"),
    ],
)
def test_help_is_dutch_and_english_with_lang_en(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, words: list[str], dutch: str, english: str
) -> None:
    monkeypatch.delenv("KLEINEKERNEN_LANG", raising=False)
    for argv, shown, hidden in ((words, dutch, english), ([*words, "--lang", "en"], english, dutch)):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert shown in out and hidden not in out, out


def test_the_summary_counts_errors_and_warnings_in_singular_and_plural(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    one = edited(tmp_path, "een.toml", "ownership = -5", "ownership = 0").file
    three = edited(tmp_path, "drie.toml", "ownership = -5", "ownership = 0").file
    text = three.read_text(encoding="utf-8").replace('move = "klein-beginnen"', 'move = "zelf-regelen"')
    three.write_text(text.replace("energy = 2", 'web.nl = "Een web"'), encoding="utf-8")
    broken = edited(tmp_path, "kapot.toml", "needs_other = false", "needs_other = True").file
    runs = [
        (["een.toml"], 0, "1 bestand gecontroleerd: ", "; geen fouten, 1 waarschuwing"),
        (["drie.toml"], 0, "1 bestand gecontroleerd: ", "; geen fouten, 3 waarschuwingen"),
        (["drie.toml", "--lang", "en"], 0, "1 file checked: ", "; no errors, 3 warnings"),
        (["een.toml", "kapot.toml"], 1, "2 bestanden gecontroleerd: 1 fout in 1 bestand, en 1 waarschuwing;", ""),
        (["drie.toml", "kapot.toml", "--lang", "en"], 1, "2 files checked: 1 error in 1 file, and 3 warnings;", ""),
    ]
    assert one.exists() and broken.exists()
    for words, code, start, end in runs:
        assert main(["check", *words]) == code
        summary = capsys.readouterr().out.strip().splitlines()[-1]
        assert summary.startswith(start) and summary.endswith(end), summary


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "onbekende speelwijze 'communicatef'; bedoelde je 'communicatief'?"),
        ("en", "unknown policy 'communicatef'; did you mean 'communicatief'?"),
    ],
)
def test_a_misspelt_attitude_id_gets_the_one_meant(capsys: pytest.CaptureFixture[str], lang: str, words: str) -> None:
    assert main(["simulate", "--seed", "1", "--policy", "communicatef", "--lang", lang]) == 2
    assert words in capsys.readouterr().err
