"""Illustration files: only PNG or JPEG, small enough for a card, inside the allowed folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from kleinekernen.content.deck import load_deck
from kleinekernen.content.illustrations import MAX_IMAGE_BYTES, MAX_IMAGE_SIDE
from tests.content.test_loader_properties import good_case_bytes


def case_with_file(folder: Path, written: str) -> Path:
    path = folder / "cases" / "goed.toml"
    path.write_bytes(good_case_bytes(illustration_file=written))
    return path


def problems_for(root: Path, written: str) -> list[str]:
    case_with_file(root, written)
    result = load_deck(root, assets=root.parent / "assets")
    return [str(problem) for problem in result.problems]


def test_a_png_next_to_the_case_is_used(cards_only: Path) -> None:
    Image.new("RGB", (640, 400), "orange").save(cards_only / "cases" / "winkel.png")
    case_with_file(cards_only, "winkel.png")
    result = load_deck(cards_only, assets=cards_only.parent / "assets")
    assert result.problems == []
    assert result.deck.illustrations["goed"] == (cards_only / "cases" / "winkel.png").resolve()


def test_a_jpeg_under_assets_is_used(cards_only: Path) -> None:
    (cards_only.parent / "assets" / "kaarten").mkdir()
    Image.new("RGB", (300, 200), "green").save(cards_only.parent / "assets" / "kaarten" / "molen.jpg")
    case_with_file(cards_only, "assets/kaarten/molen.jpg")
    result = load_deck(cards_only, assets=cards_only.parent / "assets")
    assert result.problems == []
    assert "goed" in result.deck.illustrations


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("../../etc/passwd", "gaat met '..' buiten"),
        ("/etc/passwd", "absoluut pad"),
        ("C:\\\\Windows\\\\win.ini", "absoluut pad"),
        ("assets/../../geheim.png", "gaat met '..' buiten"),
        ("bestaat-niet.png", "bestaat niet"),
    ],
)
def test_paths_outside_or_missing_are_refused(cards_only: Path, written: str, words: str) -> None:
    problems = problems_for(cards_only, written)
    assert len(problems) == 1
    assert "illustration.file" in problems[0] and words in problems[0]


def test_a_symlink_out_of_the_folder_is_refused(cards_only: Path, tmp_path: Path) -> None:
    outside = tmp_path / "buiten.png"
    Image.new("RGB", (10, 10)).save(outside)
    os.symlink(outside, cards_only / "cases" / "link.png")
    problems = problems_for(cards_only, "link.png")
    assert len(problems) == 1 and "buiten de toegestane mappen" in problems[0]


def test_a_text_file_is_not_an_image(cards_only: Path) -> None:
    (cards_only / "cases" / "nep.png").write_text("geen plaatje")
    problems = problems_for(cards_only, "nep.png")
    assert len(problems) == 1 and "geen PNG- of JPEG-afbeelding" in problems[0]


def test_a_gif_is_not_accepted(cards_only: Path) -> None:
    Image.new("P", (10, 10)).save(cards_only / "cases" / "plaatje.gif")
    assert "geen PNG- of JPEG-afbeelding" in problems_for(cards_only, "plaatje.gif")[0]


def test_an_image_larger_than_a_card_needs_is_refused(cards_only: Path) -> None:
    Image.new("1", (MAX_IMAGE_SIDE + 1, 10)).save(cards_only / "cases" / "breed.png")
    problems = problems_for(cards_only, "breed.png")
    assert len(problems) == 1 and f"{MAX_IMAGE_SIDE + 1}×10 pixels" in problems[0]


def test_an_image_file_with_too_many_bytes_is_refused(cards_only: Path) -> None:
    (cards_only / "cases" / "zwaar.png").write_bytes(b"\x89PNG" + bytes(MAX_IMAGE_BYTES))
    problems = problems_for(cards_only, "zwaar.png")
    assert len(problems) == 1 and "bytes; hoogstens" in problems[0]
