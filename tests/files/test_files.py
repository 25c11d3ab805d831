"""The file layer: atomic writes leave the old file or the new one; bounded reads refuse what would hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kleinekernen.files.atomic import clean_leftovers, write_bytes_atomic, write_text_atomic, write_text_new
from kleinekernen.files.reading import UnreadableFile, read_bytes_bounded


def test_atomic_write_replaces_whole_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "verslag.html"
    target.write_text("oud", encoding="utf-8")
    write_text_atomic(target, "nieuw")
    assert target.read_text(encoding="utf-8") == "nieuw"
    assert [p.name for p in tmp_path.iterdir()] == ["verslag.html"]


def test_failed_atomic_write_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "verslag.html"
    target.write_text("oud", encoding="utf-8")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        write_bytes_atomic(target, b"nieuw")
    assert target.read_text(encoding="utf-8") == "oud"
    assert [p.name for p in tmp_path.iterdir()] == ["verslag.html"]


def test_leftovers_of_a_killed_write_are_cleaned(tmp_path: Path) -> None:
    (tmp_path / ".verslag.html.tmp-abc").write_text("half", encoding="utf-8")
    (tmp_path / "verslag.html").write_text("heel", encoding="utf-8")
    removed = clean_leftovers(tmp_path)
    assert [p.name for p in removed] == [".verslag.html.tmp-abc"]
    assert [p.name for p in tmp_path.iterdir()] == ["verslag.html"]


def test_bounded_read_refuses_fifo_device_link_and_large_files(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableFile, match="geen gewoon bestand"):
        read_bytes_bounded(fifo, 1000)
    with pytest.raises(UnreadableFile, match="geen gewoon bestand"):
        read_bytes_bounded(Path("/dev/zero"), 1000, follow_links=True)
    big = tmp_path / "big"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(UnreadableFile, match="1001 bytes"):
        read_bytes_bounded(big, 1000)
    link = tmp_path / "link"
    link.symlink_to(big)
    with pytest.raises(UnreadableFile, match="link"):
        read_bytes_bounded(link, 5000)
    assert read_bytes_bounded(big, 1001) == b"x" * 1001


def test_write_text_new_writes_a_whole_file_and_never_replaces_one(tmp_path: Path) -> None:
    target = tmp_path / "nieuw.toml"
    write_text_new(target, "format = 1\n")
    assert target.read_text(encoding="utf-8") == "format = 1\n"
    with pytest.raises(FileExistsError):
        write_text_new(target, "kapot\n")
    assert target.read_text(encoding="utf-8") == "format = 1\n"
    assert [path.name for path in tmp_path.iterdir()] == ["nieuw.toml"]  # no temporary file left behind
