"""Reports, exports, imports, schemas and pages are written in one step: a kill or a full disk never
leaves a half file, the earlier file stays whole, and what a killed write left is gone at the next start."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kleinekernen.cli import main
from kleinekernen.persistence.output import clean_after_kill
from tests.conftest import REPO
from tests.persistence.test_results_and_reports import session_with_notes

# Runs the command line in a child that dies (as by SIGKILL: no cleanup, no finally) at the moment the
# finished temporary file of TARGET would be renamed into place: the worst moment for a write.
KILLED_AT_RENAME = """
import os, sys
from kleinekernen.cli import main
target, args = sys.argv[1], sys.argv[2:]
real = os.replace
def replace(source, destination, *rest, **named):
    if os.path.basename(os.fspath(destination)) == target:
        os._exit(137)
    return real(source, destination, *rest, **named)
os.replace = replace
sys.exit(main(args))
"""


def killed_at_rename(target: str, args: list[str], saves: Path) -> int:
    env = {**os.environ, "KLEINEKERNEN_SAVES": str(saves), "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", KILLED_AT_RENAME, target, *args], env=env, capture_output=True)
    return done.returncode


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp" in p.name)


@pytest.mark.parametrize("form", ["html", "pdf", "md"])
def test_a_report_killed_while_written_leaves_the_earlier_report_whole(
    tmp_path: Path, form: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KLEINEKERNEN_SAVES", str(tmp_path))
    save = session_with_notes(tmp_path)
    assert main(["report", str(save), "--format", form]) == 0
    report = Path(capsys.readouterr().out.strip())
    earlier = report.read_bytes()
    assert killed_at_rename(report.name, ["report", str(save), "--format", form], tmp_path) == 137
    assert report.read_bytes() == earlier and len(earlier) > 500
    assert len(leftovers(report.parent)) == 1
    assert main(["report", str(save), "--format", form]) == 0
    assert leftovers(report.parent) == []


def test_an_import_killed_while_stored_leaves_no_temporary_file_after_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KLEINEKERNEN_SAVES", str(tmp_path / "saves"))
    save = session_with_notes(tmp_path)
    assert main(["export", str(save), "-o", str(tmp_path / "uit.json")]) == 0
    capsys.readouterr()
    assert main(["import", str(tmp_path / "uit.json")]) == 0
    stored = Path(capsys.readouterr().out.strip())  # named after its content: the same name every time
    imported = stored.parent
    assert [p.name for p in imported.iterdir()] == [stored.name]
    stored.unlink()
    assert killed_at_rename(stored.name, ["import", str(tmp_path / "uit.json")], tmp_path / "saves") == 137
    left = leftovers(imported)
    assert len(left) == 1 and not stored.exists()
    assert [p.name for p in clean_after_kill(tmp_path / "saves", REPO / "scenarios")] == left
    assert list(imported.iterdir()) == []
    assert main(["import", str(tmp_path / "uit.json")]) == 0
    assert [p.name for p in imported.iterdir()] == [stored.name]


def test_an_export_and_a_balance_page_killed_while_written_keep_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KLEINEKERNEN_SAVES", str(tmp_path))
    save = session_with_notes(tmp_path)
    exported, page = tmp_path / "uit" / "resultaten.json", tmp_path / "uit" / "balans.html"
    assert main(["export", str(save), "-o", str(exported)]) == 0
    assert main(["balance", "--runs", "5", "--html", str(page)]) in (0, 1)
    capsys.readouterr()
    before = exported.read_bytes(), page.read_bytes()
    assert killed_at_rename(exported.name, ["export", str(save), "--notes", "-o", str(exported)], tmp_path) == 137
    assert killed_at_rename(page.name, ["balance", "--runs", "5", "--html", str(page)], tmp_path) == 137
    assert (exported.read_bytes(), page.read_bytes()) == before
    assert len(leftovers(exported.parent)) == 2
    assert main(["export", str(save), "-o", str(exported)]) == 0
    assert main(["balance", "--runs", "5", "--html", str(page)]) in (0, 1)
    assert leftovers(exported.parent) == []


def test_schemas_killed_while_written_keep_the_earlier_schemas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KLEINEKERNEN_SAVES", str(tmp_path))
    folder = tmp_path / "schema"
    assert main(["schema", str(folder)]) == 0
    capsys.readouterr()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    (folder / "case.schema.json").write_text("{}", encoding="utf-8")
    before["case.schema.json"] = b"{}"
    assert killed_at_rename("case.schema.json", ["schema", str(folder)], tmp_path) == 137
    assert {p.name: p.read_bytes() for p in folder.iterdir() if ".tmp" not in p.name} == before
    assert main(["schema", str(folder)]) == 0
    assert leftovers(folder) == [] and (folder / "case.schema.json").stat().st_size > 1000


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_a_full_or_read_only_disk_is_a_message_and_the_earlier_report_stays(
    tmp_path: Path, code: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KLEINEKERNEN_SAVES", str(tmp_path))
    save = session_with_notes(tmp_path)
    assert main(["report", str(save)]) == 0
    report = Path(capsys.readouterr().out.strip())
    earlier = report.read_bytes()
    exported = tmp_path / "resultaten.json"

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", refuse)
    assert main(["report", str(save)]) == 2
    assert main(["export", str(save), "-o", str(exported)]) == 2
    assert main(["schema", str(tmp_path / "schema")]) == 2
    err = capsys.readouterr().err
    assert err.count(os.strerror(code)) == 3 and "Traceback" not in err
    assert report.read_bytes() == earlier and leftovers(report.parent) == []
    assert not exported.exists() and leftovers(tmp_path) == []
