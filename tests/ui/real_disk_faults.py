"""Real disk faults under the real game, not injected ones: a full tmpfs and a read-only remount.

Needs root (it mounts a 256 KB tmpfs), so it is a script, not part of the suite:
    sudo .venv/bin/python -m tests.ui.real_disk_faults
It prints what it saw and exits 1 if a confirmed step was lost, a step moved on unsaved, or no message showed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame

from kleinekernen.persistence.sessions import open_session
from tests.engine.helpers import deck
from tests.ui.helpers import press, start
from tests.ui.saving import confirm_one, confirmed, new_game, shown


def mount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], check=True)


def remount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True)


def read_back(app) -> list[object]:  # type: ignore[no-untyped-def]
    return list(open_session(app.session.path, deck()).game.state.history)


def full_disk(folder: Path) -> list[str]:
    problems = []
    app = new_game(folder, cases=20)
    filler = folder / "vuller.bin"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:  # fill the disk to the last byte
        for size in (65536, 4096, 512, 1):
            while True:
                try:
                    os.write(descriptor, b"\0" * size)
                except OSError:
                    break
    finally:
        os.close(descriptor)
    refused = 0
    for _ in range(400):  # the journal's last page still has room: play until the disk really says no
        before = confirmed(app)
        if confirm_one(app):
            continue
        text = shown(app)
        if "schijf is vol" not in text:
            problems.append(f"full disk: no message on screen ({text[:80]})")
        if confirmed(app) != before or read_back(app) != list(app.session.game.state.history):
            problems.append("full disk: the screen and the file disagree")
        refused += 1
        if refused == 3:
            break
    if not refused:
        problems.append("full disk: the disk never filled")
    filler.unlink()
    for _ in range(5):
        if not confirm_one(app):
            problems.append("full disk: no step confirmed after room was made")
    if read_back(app) != list(app.session.game.state.history):
        problems.append("full disk: a confirmed step is not in the file")
    print(f"full disk: {refused} presses refused with the message, {confirmed(app)} steps confirmed, all read back")
    return problems


def read_only(folder: Path) -> list[str]:
    """Five steps, the game closed, the folder made read-only (a write-protected stick, a shared folder):
    "Verder" plays on unsaved and says so, and so does a new session. (A mount with files open for writing
    cannot be made read-only, so a folder going read-only mid-step is covered by the injected faults.)"""
    problems = []
    app = new_game(folder, cases=20)
    for _ in range(5):
        confirm_one(app)
    history = list(app.session.game.state.history)
    app.quit()
    remount(folder, "ro")
    again = start(saves=folder)
    again.step([])
    press(again, pygame.K_RETURN)  # "Verder: ..."
    if list(again.session.game.state.history) != history or "alleen-lezen" not in shown(again):
        problems.append("read-only: Verder did not open the session where it stopped, saying it cannot save")
    if not all(confirm_one(again) for _ in range(10)):
        problems.append("read-only: the resumed session did not play on")
    started = new_game(folder)
    if "niet bewaard" not in shown(started) or not all(confirm_one(started) for _ in range(10)):
        problems.append("read-only: a new session did not start and play, saying it is not saved")
    if read_back(app) != history:
        problems.append("read-only: a confirmed step was lost")
    remount(folder, "rw")
    print(
        f"read-only: Verder at step {len(history) + 1} and a new session each played 10 steps unsaved, with the message"
    )
    return problems


def main() -> int:
    problems: list[str] = []
    for check in (full_disk, read_only):
        folder = Path(tempfile.mkdtemp(prefix="kk-real-"))
        mount(folder, "size=256k")
        try:
            problems += check(folder)
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=False)
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
