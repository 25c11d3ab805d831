"""Hostile case files: every one is refused quickly with a located error, never a hang or a traceback.

Each test here is a reproduction from issue 10: a 5-byte `x = [` looped forever, a line of spaces made
the key regex backtrack for minutes, deep nesting, huge numbers, a NUL or a 256-character name in
`illustration.file` raised out of the loader, and a pipe or /dev/zero in place of a file would hang or
fill memory.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from kleinekernen.cli import main
from kleinekernen.content.check import check
from kleinekernen.content.deck import load_deck
from kleinekernen.content.illustrations import resolve_illustration
from kleinekernen.content.limits import MAX_NESTING, MAX_TEXT_CHARS
from kleinekernen.content.models import Case
from kleinekernen.content.packs import PackError, install_pack
from kleinekernen.content.positions import key_positions, trouble_spot
from kleinekernen.content.problems import Problem
from kleinekernen.content.tomlfile import MAX_FILE_BYTES, parse, validate
from kleinekernen.ui.preview import load_with_case
from tests.conftest import SCENARIOS
from tests.content.deadline import deadline
from tests.content.test_loader_properties import good_case_bytes

MODEL_CASE = (SCENARIOS / "cases" / "carnavalswagen.toml").read_text(encoding="utf-8")


def problems_of(raw: bytes, lang: str = "nl") -> list[Problem]:
    """The problems of a case file's bytes, within two seconds."""
    with deadline(2):
        parsed = parse("kapot.toml", raw, lang)
        if isinstance(parsed, list):
            return parsed
        result = validate("kapot.toml", parsed, Case, lang)
    assert isinstance(result, list), "the file should have been refused"
    return result


def only_problem(raw: bytes, lang: str = "nl") -> Problem:
    problems = problems_of(raw, lang)
    assert len(problems) == 1, problems
    return problems[0]


def deck_problems(root: Path, name: str, raw: bytes | None = None) -> list[str]:
    if raw is not None:
        (root / "cases" / name).write_bytes(raw)
    with deadline(5):
        result = load_deck(root, assets=root.parent / "assets")
    return [str(problem) for problem in result.problems if problem.file.endswith(name)]


def test_a_five_byte_open_list_is_an_error_at_its_end_not_a_hang(cards_only: Path) -> None:
    problem = only_problem(b"x = [")
    assert (problem.line, problem.col, problem.field) == (1, 6, "x")
    assert problem.message.startswith("TOML-schrijffout")
    [shown] = deck_problems(cards_only, "half.toml", b"x = [")
    assert shown.endswith(f"half.toml:1:6: x: {problem.message}")


@pytest.mark.parametrize("text", ["x = [", "x = [1, ", "x = [}", "a = {b = [1, }", "x = [[[", "[a]\nb = {c = ["])
def test_the_position_scanner_stops_on_any_unfinished_text(text: str) -> None:
    with deadline(2):
        positions = key_positions(text)
        spot = trouble_spot(text)
    lines = text.count("\n") + 1
    assert positions and all(1 <= line <= lines for line, _ in positions.values())
    assert spot is None or 1 <= spot[0] <= lines


def test_check_and_install_pack_and_preview_answer_a_half_saved_file(cards_only: Path, tmp_path: Path) -> None:
    half = tmp_path / "half.toml"
    half.write_bytes(b"x = [")
    with deadline(10):
        report = check([half], root=SCENARIOS, assets=cards_only.parent / "assets", lang="nl")
        _, case_id, problems = load_with_case(half, "nl")
    assert not report.ok and [p.field for p in report.problems] == ["x"]
    assert case_id is None and [(p.line, p.col) for p in problems] == [(1, 6)]
    pack = tmp_path / "pakket.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("pakket/pack.toml", 'name = "Pakket"\n')
        archive.writestr("pakket/half.toml", "x = [")
    with deadline(10), pytest.raises(PackError, match=r"half\.toml:1:6: x: TOML-schrijffout"):
        install_pack(pack, cards_only, cards_only.parent / "assets")
    assert not (cards_only / "cases" / "pakket").exists()


def test_check_on_the_command_line_exits_1_with_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    half = tmp_path / "half.toml"
    half.write_bytes(b"x = [")
    with deadline(10):
        assert main(["check", str(half)]) == 1
    assert "half.toml:1:6: x: TOML-schrijffout" in capsys.readouterr().out


@pytest.mark.parametrize("spaces", [200, 500, 20_000])
def test_a_line_of_spaces_around_a_word_is_answered_at_once(spaces: int) -> None:
    line = " " * spaces + "x" + " " * spaces + "!"
    problem = only_problem(line.encode())
    assert (problem.line, problem.col) == (1, 2 * spaces + 2)
    assert problem.field == "(syntax)" and "na een veldnaam hoort '='" in problem.message


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("[", "]"), ("{a = ", "}"), ("[{a = ", "}]")],
)
def test_deep_nesting_is_refused_where_it_goes_too_deep(opening: str, closing: str) -> None:
    text = f"x = {opening * 450}1{closing * 450}\n"
    problem = only_problem(text.encode())
    one_too_deep = [n for n, ch in enumerate(text) if ch in "[{"][MAX_NESTING]
    assert (problem.line, problem.col, problem.field) == (1, one_too_deep + 1, "x")
    assert f"meer dan {MAX_NESTING} lagen diep" in problem.message and "sluit de haken ] en } eerder" in problem.message


def test_nesting_inside_a_text_is_only_text() -> None:
    story = "[" * 500 + "{" * 500
    case = MODEL_CASE.replace('story.nl = """', f'story.nl = """{story}\n', 1)
    assert 'story.nl = """' in MODEL_CASE
    with deadline(2):
        parsed = parse("verhaal.toml", case.encode(), "nl")
    assert not isinstance(parsed, list), parsed
    assert validate("verhaal.toml", parsed, Case, "nl").story.nl.startswith(story)  # type: ignore[union-attr]


def test_a_long_dotted_name_is_refused_without_the_quadratic_wait() -> None:
    problem = only_problem(("a" + ".a" * 60_000 + " = 1\n").encode())
    assert problem.line == 1 and "punten (zoals a.b.c)" in problem.message


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("1" * 5000, "dit getal is 5000 tekens lang, hoogstens 100"),
        ("-" + "9" * 4301, "dit getal is 4302 tekens lang"),
        ("0x" + "f" * 50_000, "dit getal is 50002 tekens lang"),
        ("0x" + "f" * 90, "dit getal is te groot (hoogstens 15 cijfers)"),
        ("12345678901234567", "dit getal is te groot"),
    ],
    ids=["5000-digits", "4302-digits", "50000-hex-digits", "90-hex-digits", "17-digits"],
)
def test_huge_numbers_are_refused_at_their_line(value: str, words: str) -> None:
    lines = MODEL_CASE.split("\n")
    number = next(n for n, line in enumerate(lines, 1) if line.startswith("energy = "))
    lines[number - 1] = f"energy = {value}"
    problem = only_problem("\n".join(lines).encode())
    assert problem.line == number and problem.field.endswith("energy")
    assert words in problem.message


def test_an_over_long_text_names_its_field_and_line() -> None:
    lines = MODEL_CASE.split("\n")
    number = next(n for n, line in enumerate(lines, 1) if line.startswith("title.nl = "))
    lines[number - 1] = f'title.nl = "{"a" * (MAX_TEXT_CHARS + 1)}"'
    problem = only_problem("\n".join(lines).encode())
    assert (problem.line, problem.col, problem.field) == (number, 1, "title.nl")
    assert (
        problem.message
        == f"deze tekst is {MAX_TEXT_CHARS + 1} tekens lang, hoogstens {MAX_TEXT_CHARS}: maak hem korter"
    )


def test_over_long_names_are_refused_quoted_or_bare() -> None:
    quoted = only_problem(MODEL_CASE.encode() + b'\n"' + b"n" * 5000 + b'" = 1\n')
    last_table = f"effects[{MODEL_CASE.count('[[effects]]')}]"  # the name stands in the last table of the file
    assert (quoted.line, quoted.field) == (MODEL_CASE.count("\n") + 2, last_table)
    assert "deze veldnaam is 5000 tekens lang" in quoted.message
    lines = MODEL_CASE.split("\n")
    number = next(n for n, line in enumerate(lines, 1) if line.startswith("title.nl = "))
    lines[number - 1] = lines[number - 1].replace("title.nl", '"title"."n\\u001b[2Jl"')
    escape = only_problem("\n".join(lines).encode())
    assert (escape.line, escape.field) == (number, "title") and "stuurteken (U+001B)" in escape.message
    bare = only_problem(MODEL_CASE.encode() + b"\n" + b"n" * 300 + b" = 1\n")
    assert bare.col == 1 and "dit woord is 300 tekens lang" in bare.message


def test_an_oversized_file_is_refused_before_it_is_read(cards_only: Path) -> None:
    [shown] = deck_problems(cards_only, "groot.toml", b"# " + b"x" * MAX_FILE_BYTES)
    assert shown.endswith(
        f"1:1: (bestand): het bestand is te groot ({MAX_FILE_BYTES + 2} bytes; hoogstens "
        f"{MAX_FILE_BYTES}): verdeel het over meer bestanden"
    )


def test_a_nul_in_illustration_file_is_a_located_error(cards_only: Path) -> None:
    raw = good_case_bytes(illustration_file="a\x00b.png")
    number = next(n for n, line in enumerate(raw.decode().split("\n"), 1) if line.startswith("file = "))
    [shown] = deck_problems(cards_only, "nul.toml", raw)
    assert f"nul.toml:{number}:1: illustration.file: bevat een onzichtbaar stuurteken (U+0000) op teken 2" in shown
    issue = resolve_illustration("a\x00b.png", cards_only / "cases", cards_only.parent / "assets")
    assert not isinstance(issue, Path) and "a\\u0000b.png" in issue.message("nl") and "U+0000" in issue.message("en")


def test_a_256_character_file_name_is_a_located_error(cards_only: Path) -> None:
    [shown] = deck_problems(cards_only, "lang.toml", good_case_bytes(illustration_file="p" * 252 + ".png"))
    assert "illustration.file: in 'ppp" in shown and "een naam 256 tekens lang, hoogstens 63" in shown


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("a/" * 300 + "b.png", "is 605 tekens lang, hoogstens 400: zet de afbeelding dichter bij de casus"),
        ("é" * 60 + ".png", "een naam 64 tekens lang, hoogstens 63: geef het bestand een kortere naam"),
        ("\U0001f600" * 70, "een naam 70 tekens lang, hoogstens 63"),  # 280 bytes: more than a file name holds
    ],
    ids=["605-characters", "64-characters", "280-bytes"],
)
def test_paths_no_file_system_holds_are_refused_before_asking_it(cards_only: Path, written: str, words: str) -> None:
    issue = resolve_illustration(written, cards_only / "cases", cards_only.parent / "assets")
    assert not isinstance(issue, Path) and words in issue.message("nl")


def test_a_pipe_a_device_and_links_are_refused_unread(cards_only: Path, tmp_path: Path) -> None:
    cases = cards_only / "cases"
    os.mkfifo(cases / "pijp.toml")
    (cases / "nul.toml").symlink_to("/dev/zero")
    outside = tmp_path / "elders.toml"
    outside.write_bytes(good_case_bytes())
    (cases / "link.toml").symlink_to(outside)
    (cases / "pakket").mkdir()
    os.mkfifo(cases / "pakket" / "pack.toml")
    with deadline(5):
        result = load_deck(cards_only, assets=cards_only.parent / "assets")
    shown = sorted(str(problem) for problem in result.problems)
    assert len(shown) == 4 and result.deck.cases == {}
    assert "link.toml:1:1: (bestand): is een snelkoppeling (link)" in shown[0]
    assert "nul.toml:1:1: (bestand): is een snelkoppeling (link)" in shown[1]
    assert "pack.toml:1:1: (bestand): is geen gewoon bestand" in shown[2]
    assert "pijp.toml:1:1: (bestand): is geen gewoon bestand" in shown[3]


def test_bytes_that_are_not_utf8_are_named_at_their_place() -> None:
    problem = only_problem("title.nl = 'café'".encode("latin-1"))
    assert (problem.line, problem.col) == (1, 16)
    assert problem.message == "het bestand is geen UTF-8-tekst; sla het op als UTF-8"


def test_a_control_character_in_a_text_is_refused_in_english_too() -> None:
    lines = MODEL_CASE.split("\n")
    number = next(n for n, line in enumerate(lines, 1) if line.startswith("title.nl = "))
    lines[number - 1] = 'title.nl = "De \\u001b[31mwagen"'
    problem = only_problem("\n".join(lines).encode(), lang="en")
    assert (problem.line, problem.field) == (number, "title.nl")
    assert problem.message == (
        "holds an invisible control character (U+001B) at character 4: remove it or type the text again"
    )
