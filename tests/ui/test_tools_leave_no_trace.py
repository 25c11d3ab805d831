"""Trainers' and developers' tools never write into the group's saves/ nor count in its comparisons."""

from __future__ import annotations

from pathlib import Path

import pytest

from kleinekernen.ui.screenshots import render_screenshots


def test_screenshots_play_their_session_outside_the_groups_saves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saves = tmp_path / "saves"
    saves.mkdir()
    monkeypatch.setenv("KLEINEKERNEN_SAVES", str(saves))
    shots = render_screenshots(tmp_path / "shots", size=(640, 360))
    assert len(shots) > 40 and all(shot.stat().st_size > 0 for shot in shots)
    assert list(saves.iterdir()) == []
