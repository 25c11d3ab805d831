"""Opening the report in the system's viewer never blocks and never raises; persistence draws without pygame."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kleinekernen.persistence.reports import open_in_viewer, viewer_command


def fake_viewer(folder: Path, log: Path) -> Path:
    """An xdg-open that notes what it was asked to open, then stays busy for a while as a real viewer does."""
    folder.mkdir()
    script = folder / "xdg-open"
    script.write_text(f'#!/bin/sh\nprintf "%s" "$1" > "{log}"\nsleep 5\n')
    script.chmod(0o755)
    return folder


def test_the_viewer_is_started_without_waiting_for_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / "verslag.html"
    report.write_text("<p>verslag</p>")
    log = tmp_path / "opened.txt"
    monkeypatch.setenv("PATH", f"{fake_viewer(tmp_path / 'bin', log)}{os.pathsep}{os.environ['PATH']}")
    started = time.monotonic()
    assert open_in_viewer(report) is True
    assert time.monotonic() - started < 1.0  # the viewer sleeps 5 s; the game does not wait for it
    deadline = time.monotonic() + 5
    while not log.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert log.read_text() == str(report)


def test_no_viewer_or_no_file_is_a_false_never_an_exception(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / "verslag.pdf"
    assert open_in_viewer(report) is False  # not written
    report.write_bytes(b"%PDF-1.3")
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert open_in_viewer(report) is False


def test_each_system_has_its_own_viewer() -> None:
    path = Path("/tmp/verslag.html")
    assert viewer_command(path, "linux") == ["xdg-open", str(path)]
    assert viewer_command(path, "darwin") == ["open", str(path)]
    assert viewer_command(path, "win32") is None  # os.startfile


def test_reports_are_written_with_pygame_blocked(tmp_path: Path) -> None:
    """persistence imports nothing of ui: with pygame made unimportable, the HTML and PDF still appear."""
    code = (
        "import sys; sys.modules['pygame'] = None\n"
        "from pathlib import Path\n"
        "from tests.persistence.minutes import evening, PLAN\n"
        "from kleinekernen.persistence.reports import write_session_reports\n"
        f"paths = write_session_reports(evening(), PLAN, '2026-05-01T19:30', 'nl', Path({str(tmp_path)!r}))\n"
        "assert not any(name.startswith('kleinekernen.ui') for name in sys.modules), 'ui imported'\n"
        "print(*paths)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    written = [Path(p) for p in done.stdout.split()]
    assert [p.suffix for p in written] == [".html", ".pdf"] and all(p.stat().st_size > 2000 for p in written)
    assert "<svg" in written[0].read_text()
