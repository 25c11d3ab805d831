"""The trainers' guide (scenarios/AUTHORING.md) and its English twin say the same, and say what is true.

A trainer learns the game's files from the guide alone, so: both guides have the same chapters, tables
and examples; every TOML example parses, every complete case in them loads into the deck, the pack.toml
example is a valid manifest; every field and every kind of move the game reads is explained in both;
and every message the guide quotes is what `kleinekernen check` really says for that mistake.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import BaseModel

from kleinekernen.cli import main
from kleinekernen.content import models
from kleinekernen.content.check import check
from kleinekernen.content.deck import load_deck
from kleinekernen.content.manifest import PackManifest
from kleinekernen.engine.rules import RULE_NAMES
from tests.conftest import ASSETS, SCENARIOS

GUIDES = {"AUTHORING.md": "voorbeeld-speeltuin", "AUTHORING.en.md": "example-playground"}
LANGS = {"AUTHORING.md": "nl", "AUTHORING.en.md": "en"}
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.S | re.M)
EXAMPLE_PATH = "scenarios/cases/mijn-casus.toml"


def text_of(guide: str) -> str:
    return (SCENARIOS / guide).read_text(encoding="utf-8")


def prose_of(guide: str) -> str:
    """The guide without its code blocks (a '# comment' in TOML is not a heading)."""
    return FENCE.sub("", text_of(guide))


def blocks(guide: str, language: str | None = None) -> list[str]:
    return [body for lang, body in FENCE.findall(text_of(guide)) if language is None or lang == language]


def cases_in(guide: str) -> list[str]:
    """The TOML blocks that are whole cases (they have a story and a question)."""
    return [body for body in blocks(guide, "toml") if "story.nl" in body and "[[questions]]" in body]


def example(guide: str) -> str:
    (found,) = [body for body in cases_in(guide) if body.startswith("#:schema")]
    return found


def headings(guide: str) -> list[tuple[int, str]]:
    """(level, chapter number) of every heading: ('## 4. Alle velden' -> (2, '4.'))."""
    found = re.findall(r"^(#{1,4}) (\S+)", prose_of(guide), re.M)
    return [(len(marks), number if re.fullmatch(r"[\d.]+", number) else "") for marks, number in found]


def test_the_guides_have_the_same_chapters_and_sections() -> None:
    dutch, english = headings("AUTHORING.md"), headings("AUTHORING.en.md")
    assert dutch == english
    assert sum(level == 2 for level, _ in dutch) >= 12


@pytest.mark.parametrize("guide", sorted(GUIDES))
def test_the_table_of_contents_lists_every_chapter_in_order(guide: str) -> None:
    prose = prose_of(guide)
    chapters = re.findall(r"^## (\d+)\. (.+)$", prose, re.M)
    contents = prose.split("\n## ", 1)[0]
    listed = re.findall(r"^(\d+)\. (.+)$", contents, re.M)
    assert listed == chapters
    assert [int(number) for number, _ in chapters] == list(range(1, len(chapters) + 1))


def test_the_guides_have_the_same_tables_and_examples() -> None:
    def shape(guide: str) -> list[list[int]]:
        """Per chapter: the number of rows of each table, then the number of code blocks."""
        chapters = re.split(r"^## ", text_of(guide), flags=re.M)
        return [
            [len(table.splitlines()) for table in re.findall(r"(?:^\|.*\|\n)+", chapter, re.M)]
            + [len(FENCE.findall(chapter))]
            for chapter in chapters
        ]

    assert shape("AUTHORING.md") == shape("AUTHORING.en.md")


def test_the_two_examples_are_the_same_case_line_for_line() -> None:
    """Only comments and the id differ, so the line numbers in chapter 8 hold in both guides."""
    dutch, english = example("AUTHORING.md"), example("AUTHORING.en.md")
    assert len(dutch.splitlines()) == len(english.splitlines())
    for nl_line, en_line in zip(dutch.splitlines(), english.splitlines(), strict=True):
        if not nl_line.startswith(("# ", "id = ")):
            assert nl_line == en_line


@pytest.mark.parametrize("guide", sorted(GUIDES))
def test_every_toml_example_parses(guide: str) -> None:
    found = blocks(guide, "toml")
    assert len(found) >= 3
    for body in found:
        tomllib.loads(body)


@pytest.mark.parametrize("guide", sorted(GUIDES))
def test_the_pack_toml_example_is_a_valid_manifest_with_every_field(guide: str) -> None:
    (manifest,) = [body for body in blocks(guide, "toml") if "pack.toml" in body]
    data = tomllib.loads(manifest)
    assert set(data) == set(PackManifest.model_fields)
    PackManifest.model_validate(data)


@pytest.mark.parametrize(("guide", "case_id"), sorted(GUIDES.items()))
def test_every_complete_case_in_the_guide_loads_and_is_in_the_deck(
    scenarios_copy: Path, guide: str, case_id: str
) -> None:
    for index, body in enumerate(cases_in(guide)):
        (scenarios_copy / "cases" / f"guide-{index}.toml").write_text(body, encoding="utf-8")
    result = load_deck(scenarios_copy, assets=scenarios_copy.parent / "assets")
    assert result.problems == []
    case = result.deck.cases[case_id]
    assert case.owner == "burgers" and case.needs_other
    assert len(case.questions) >= 2 and len(case.effects) >= 3
    assert {effect.kind for effect in case.effects} - {None}, "the example shows an effect with kind + corner"


MODELS: tuple[type[BaseModel], ...] = (
    models.Case,
    models.Text,
    models.Illustration,
    models.Question,
    models.Effect,
    models.Judgement,
    models.Move,
    models.MoveDeck,
    models.Role,
    models.RoleDeck,
    models.Attitude,
    models.AttitudeDeck,
    PackManifest,
)


def named_things(scenarios: Path) -> set[str]:
    """Every name a trainer types: fields, kinds of move, motifs, rules, outcomes, and the cards' ids."""
    deck = load_deck(scenarios, assets=ASSETS).deck
    names = {field for model in MODELS for field in model.model_fields}
    names |= set(models.MOVE_KINDS) | set(models.METERS) | set(models.QUADRANTS) | set(RULE_NAMES)
    names |= set(models.Motif.__args__) | set(models.Outcome.__args__)
    names |= set(deck.moves) | set(deck.roles)
    names |= {attitude for corner in deck.attitudes.values() for attitude in corner}
    return names


@pytest.mark.parametrize("guide", sorted(GUIDES))
def test_every_field_kind_and_card_is_named_in_the_guide(guide: str) -> None:
    assert len(models.MOVE_KINDS) == 12
    text = text_of(guide)
    missing = sorted(name for name in named_things(SCENARIOS) if f"`{name}`" not in text)
    assert missing == []


@pytest.mark.parametrize("guide", sorted(GUIDES))
def test_every_move_kind_has_its_own_row_in_the_table_of_kinds(guide: str) -> None:
    rows = re.findall(r"^\| `(\w+)` \| .* \| .* \| .* \|$", text_of(guide), re.M)
    assert [row for row in rows if row in models.MOVE_KINDS] == list(models.MOVE_KINDS)


def _replace(old: str, new: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return change


def _regex(pattern: str, new: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        changed, count = re.subn(pattern, new, text, count=1, flags=re.M)
        assert count == 1, pattern
        return changed

    return change


def _owner_under_effects(text: str) -> str:
    return _replace('role = "aanjager"\n', 'role = "aanjager"\nowner = "burgers"\n')(
        _replace('owner = "burgers"\n', "")(text)
    )


LONG_TITLE = "De speeltuin van de Kerkstraat, het klimrek, de schommels en de zandbak achter de school"
CLOSING = 'De ambtenaar zegt: "Veiligheid gaat voor. Eerst een veiligheidsplan."\n"""'
MISTAKES: dict[str, Callable[[str], str]] = {
    "quotes": _replace('owner = "burgers"', "owner = burgers"),
    "curly": _replace('owner = "burgers"', "owner = \u201cburgers\u201d"),
    "unclosed": _replace('title.nl = "De speeltuin van de Kerkstraat"', 'title.nl = "De speeltuin van de Kerkstraat'),
    "unclosed_long": _replace(CLOSING, CLOSING.removesuffix('"""')),
    "quote_inside": _replace('title.nl = "De speeltuin van de Kerkstraat"', 'title.nl = "De "oude" speeltuin"'),
    "backslash": _replace('illustration.motif = "trees"', 'illustration.file = "plaatjes\\speeltuin.png"'),
    "windows_path": _replace('illustration.motif = "trees"', 'illustration.file = "C:\\Users\\anne\\speeltuin.png"'),
    "yes_as_text": _replace("needs_other = true", 'needs_other = "ja"'),
    "capital_true": _replace("needs_other = true", "needs_other = True"),
    "twice": _replace('title.en = "The Church Street playground"', 'title.nl = "De speeltuin"'),
    "typo": _replace("needs_other = true", "need_other = true"),
    "dutch_name": _replace('story.nl = """', 'verhaal.nl = """'),
    "owner_under_effects": _owner_under_effects,
    "one_bracket": _replace('[[effects]]\nrole = "aanjager"', '[effects]\nrole = "aanjager"'),
    "title_without_language": _regex(r"^title\.nl = .*\ntitle\.en = .*$", 'title = "De speeltuin van de Kerkstraat"'),
    "no_reason": _regex(r'(role = "aanjager"\n(?:.*\n){2})reason\.nl = .*\nreason\.en = .*\n', r"\1"),
    "move_and_role": _replace('role = "aanjager"', 'role = "aanjager"\nmove = "het-dorp-in"'),
    "move_typo": _replace('move = "vergunning-vooraf"', 'move = "vergunning-voraf"'),
    "role_as_move": _replace('role = "aanjager"', 'move = "aanjager"'),
    "too_large": _replace("energy = -4", "energy = -25"),
    "not_whole": _replace("energy = 3", "energy = 2.5"),
    "mixed": _replace("energy = -4", "energy = 4"),
    "id_capitals": _regex(r'^id = ".*"$', 'id = "Mijn Speeltuin"'),
    "id_taken": _regex(r'^id = ".*"$', 'id = "carnavalswagen"'),
    "empty": lambda text: "",
    "no_picture": _replace('illustration.motif = "trees"', 'illustration.file = "plaatjes/speeltuin.png"'),
    "glued": _replace("Na de keuring zet de gemeente \\", "Na de keuring zet de gemeente\\"),
    "web_ignored": _replace('move = "aanvullen-waar-nodig"', 'move = "aanvullen-waar-nodig"\nweb.nl = "een formulier"'),
    "same_move": _replace('role = "aanjager"', 'move = "aanvullen-waar-nodig"'),
    "no_change": _regex(r'(role = "aanjager"\n)energy = 2\ntrust_burgers_partners = 1\n', r"\1"),
    "motif": _replace('illustration.motif = "trees"', 'illustration.motif = "boom"'),
    "outcome": _replace('after_outcome = "strandt"', 'after_outcome = "mislukt"'),
    "after_move_typo": _replace('after_rule = "valse_liefde"', 'after_move = "vergunning-voraf"'),
    "no_question": _regex(r"^\[\[questions\]\]\n(?:.*\n)*?(?=\[\[effects\]\])", ""),
}


def check_lines(folder: Path, target: str, lang: str) -> list[str]:
    """What `kleinekernen check TARGET` prints, run in `folder`, without the summary line."""
    report = check([Path(target)], root=Path("scenarios"), assets=folder / "assets", lang=lang)
    assert Path.cwd() == folder
    return [line for line in report.lines(lang, [Path(target)]) if line.startswith("scenarios/")]


def long_title_lines(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], guide: str
) -> list[str]:
    """What the command `kleinekernen check` prints (it measures with the screen's fonts) for a title
    too long for the card, the summary last; the lines before it."""
    monkeypatch.setenv("KLEINEKERNEN_HOME", str(folder))
    if not (folder / "assets").is_symlink():
        (folder / "assets").rmdir()
        (folder / "assets").symlink_to(ASSETS)  # the screen's fonts, to measure the text
    long_title = _regex(r'^title\.nl = ".*"$', f'title.nl = "{LONG_TITLE}"')
    (folder / EXAMPLE_PATH).write_text(long_title(example(guide)), encoding="utf-8")
    capsys.readouterr()
    assert main(["--lang", LANGS[guide], "check", EXAMPLE_PATH]) == 0
    printed = [line for line in capsys.readouterr().out.splitlines() if not line.startswith("pygame-ce ")]
    *warnings, summary = printed  # the summary comes last
    assert summary.endswith(("; geen fouten, 1 waarschuwing", "; no errors, 1 warning"))
    assert f"\n{summary}\n" in text_of(guide)
    return warnings


def pack_lines(scenarios: Path, guide: str, lang: str) -> list[str]:
    """A pack promising nl+en, with a case lacking title.en, a #:schema line one folder short, and
    a copy saved by Notepad as .toml.txt."""
    pack = scenarios / "cases" / "drenthe"
    pack.mkdir()
    (pack / "pack.toml").write_text('name = "Drentse dorpen"\nlanguage = "nl+en"\nversion = "1.0"\n', encoding="utf-8")
    case = re.sub(r'^id = ".*"$', 'id = "drenthe-speeltuin"', example(guide), count=1, flags=re.M)
    (pack / "speeltuin.toml").write_text(re.sub(r"^title\.en = .*\n", "", case, flags=re.M), encoding="utf-8")
    copy = re.sub(r'^id = ".*"$', 'id = "drenthe-huisarts"', example(guide), count=1, flags=re.M)
    (pack / "huisarts.toml.txt").write_text(copy, encoding="utf-8")
    return check_lines(scenarios.parent, "scenarios/cases/drenthe", lang)


@pytest.mark.parametrize("guide", sorted(GUIDES))
def test_every_message_the_guide_quotes_is_what_check_says(
    scenarios_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], guide: str
) -> None:
    """Each mistake is made in a copy of the guide's example; every line `check` then prints is in the
    guide word for word, and every `scenarios/cases/...` line the guide quotes came from one of them."""
    lang, text = LANGS[guide], text_of(guide)
    monkeypatch.chdir(scenarios_copy.parent)
    target = scenarios_copy.parent / EXAMPLE_PATH
    produced: dict[str, list[str]] = {}
    for name, mistake in MISTAKES.items():
        target.write_text(mistake(example(guide)), encoding="utf-8")
        produced[name] = check_lines(scenarios_copy.parent, EXAMPLE_PATH, lang)
        assert produced[name], f"{name}: check found nothing"
    produced["long_title"] = long_title_lines(scenarios_copy.parent, monkeypatch, capsys, guide)
    target.unlink()
    produced["pack"] = pack_lines(scenarios_copy, guide, lang)
    assert len(produced["pack"]) == 3
    every_line = {line for lines in produced.values() for line in lines}
    unquoted = {name: [line for line in lines if line not in text] for name, lines in produced.items()}
    assert {name: lines for name, lines in unquoted.items() if lines} == {}
    quoted = set(re.findall(r"^`?(scenarios/cases/\S+:\d+:\d+: .*?)`?(?:<br>.*)?$", text, re.M))
    quoted |= set(re.findall(r"`(scenarios/cases/[^`]+:\d+:\d+: [^`]+)`", text))
    assert quoted - every_line == set()
    assert len(quoted) >= 30


@pytest.mark.parametrize("guide", sorted(GUIDES))
def test_the_quoted_fit_warning_and_exit_codes_are_what_the_command_gives(
    scenarios_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], guide: str
) -> None:
    """A title too long for the card: one warning, then the summary (exit 0), quoted in chapter 7; with
    --strict exit 1."""
    lang = LANGS[guide]
    monkeypatch.chdir(scenarios_copy.parent)
    warnings = long_title_lines(scenarios_copy.parent, monkeypatch, capsys, guide)
    assert len(warnings) == 1
    assert all(f"\n{line}\n" in text_of(guide) for line in warnings)
    assert main(["--lang", lang, "check", "--strict", EXAMPLE_PATH]) == 1
