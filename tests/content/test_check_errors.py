"""`kleinekernen check` on broken copies of a case: exit 1, file, line and field named, no traceback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kleinekernen.cli import main
from tests.conftest import REPO, SCENARIOS

CASE = SCENARIOS / "cases" / "carnavalswagen.toml"


def broken_copy(tmp_path: Path, name: str, old: str, new: str) -> tuple[Path, int]:
    """A copy of the model case with one line changed; also the number of that line."""
    lines = CASE.read_text(encoding="utf-8").split("\n")
    number = next(n for n, line in enumerate(lines, 1) if line.startswith(old))
    lines[number - 1] = lines[number - 1].replace(old, new, 1)
    path = tmp_path / name
    path.write_text("\n".join(lines).replace('id = "carnavalswagen"', f'id = "{path.stem}"'), encoding="utf-8")
    return path, number


BREAKAGES = [
    # name, old text, new text, field named, words in the Dutch message
    ("syntax.toml", 'owner = "burgers"', "owner = burgers", "owner", "TOML-schrijffout"),
    ("wrong-type.toml", "needs_other = false", 'needs_other = "nee"', "needs_other", "true of false"),
    ("misspelt.toml", "illustration.motif", "ilustration.motif", "ilustration", "bedoelde je 'illustration'"),
    ("bad-amount.toml", "energy = -6", "energy = -60", "effects[1].energy", "minstens -20"),
    ("bad-motif.toml", 'illustration.motif = "float"', 'illustration.motif = "boat"', "illustration.motif", "een van"),
    ("bad-move.toml", 'move = "zelf-regelen"', 'move = "zelf-regel"', "effects[1].move", "zelf-regel"),
    (
        "escape.toml",
        'illustration.motif = "float"',
        'illustration.file = "../../etc/passwd"',
        "illustration.file",
        "..",
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "field", "words"), BREAKAGES)
def test_each_broken_copy_is_reported_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, old: str, new: str, field: str, words: str
) -> None:
    path, line = broken_copy(tmp_path, name, old, new)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    match = re.search(r"^(?P<file>\S+):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): (?P<msg>.*)$", out, re.M)
    assert match, out
    assert match["file"].endswith(name)
    assert int(match["line"]) == line
    assert match["field"] == field
    assert words in match["msg"]


def test_a_missing_required_field_is_named_with_a_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = CASE.read_text(encoding="utf-8").replace('id = "carnavalswagen"', 'id = "zonder-eigenaar"')
    path = tmp_path / "zonder-eigenaar.toml"
    path.write_text(text.replace('owner = "burgers"\n', ""), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert re.search(r"zonder-eigenaar\.toml:1:1: owner: dit veld is verplicht", out), out


def test_a_missing_dutch_title_points_at_the_english_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [line for line in CASE.read_text(encoding="utf-8").split("\n") if not line.startswith("title.nl")]
    path = tmp_path / "titelloos.toml"
    path.write_text("\n".join(lines).replace('id = "carnavalswagen"', 'id = "titelloos"'), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    english_line = next(n for n, line in enumerate(lines, 1) if line.startswith("title.en"))
    assert f"titelloos.toml:{english_line}:1: title.nl: " in capsys.readouterr().out


def test_messages_follow_the_chosen_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = broken_copy(tmp_path, "type.toml", "needs_other = false", "needs_other = 3")
    main(["--lang", "en", "check", str(path)])
    out = capsys.readouterr().out
    assert "needs_other: must be true or false" in out
    assert "1 file checked: 1 error in 1 file" in out


def test_a_copy_that_keeps_the_id_is_a_duplicate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "kopie.toml"
    copy.write_text(CASE.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["check", str(copy)]) == 1
    assert "id 'carnavalswagen' komt al voor in" in capsys.readouterr().out


def test_one_broken_file_does_not_stop_the_others(scenarios_copy: Path) -> None:
    from kleinekernen.content.deck import load_deck

    broken = scenarios_copy / "cases" / "carnavalswagen.toml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("owner = ", "owner == "), encoding="utf-8")
    result = load_deck(scenarios_copy, assets=scenarios_copy.parent / "assets")
    assert "carnavalswagen" not in result.deck.cases
    assert len(result.deck.cases) >= 19
    assert [problem.file for problem in result.problems] == [str(broken)]


def test_check_in_a_separate_process_exits_1_without_a_traceback(tmp_path: Path) -> None:
    paths = [broken_copy(tmp_path, name, old, new)[0] for name, old, new, _, _ in BREAKAGES]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "kleinekernen", "check", *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    assert f"{len(paths)} bestanden gecontroleerd: {len(paths)} fouten in {len(paths)} bestanden" in done.stdout


def test_check_of_the_whole_deck_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "geen fouten" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("needs_other = false", 'needs_other = "true"', "true of false"),
        ("energy = -6", 'energy = "-6"', "heel getal"),
        ('owner = "burgers"', 'owner = "dorp"', "'burgers' of 'overheid'"),
    ],
)
def test_quoted_values_are_not_silently_converted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, words: str
) -> None:
    path, line = broken_copy(tmp_path, "streng.toml", old, new)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"streng.toml:{line}:" in out and words in out


def test_checking_one_builtin_file_reports_a_duplicate_id_on_that_file(
    scenarios_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = scenarios_copy / "cases" / "aaa-pakket"
    pack.mkdir()
    (pack / "kopie.toml").write_text(CASE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("KLEINEKERNEN_HOME", str(scenarios_copy.parent))
    target = scenarios_copy / "cases" / "carnavalswagen.toml"
    assert main(["check", str(target)]) == 1
    assert "carnavalswagen.toml:5:1: id: id 'carnavalswagen' komt al voor in" in capsys.readouterr().out


def test_a_folder_without_toml_files_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path)]) == 1
    assert "geen .toml-bestanden gevonden" in capsys.readouterr().out


def test_file_level_problems_name_the_file_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('title.nl = "caf\xe9"'.encode("latin-1"))
    assert main(["--lang", "en", "check", str(path)]) == 1
    assert "latin1.toml:1:16: (file): the file is not UTF-8 text" in capsys.readouterr().out
