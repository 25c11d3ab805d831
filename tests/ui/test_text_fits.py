"""Text on every screen fits its box at every screen size, in Dutch and English, measured by the typesetter.

The typesetter reports each text it could not set whole in its box (and any text below 1/30 of the screen height);
these tests play every scene and hold that report empty. The 4K renders use a sample of the cases to stay quick.
"""

from __future__ import annotations

import re
from pathlib import Path

import pygame
import pytest

from kleinekernen import paths
from kleinekernen.ui.fitcheck import case_misfits, fits, session_misfits
from kleinekernen.ui.text import Typesetter

CASES = sorted((paths.scenarios() / "cases").glob("*.toml"))
EVERY_CASE_SIZES = [(1280, 720), (1366, 768)]
LONG_TITLE = {"nl": "Een dorpshuis voor alle generaties samen", "en": "Village hall for all the generations here"}
COMPOUND = "dorpsontwikkelingsmaatschappij"


def _shown(found: list[tuple[str, object]]) -> list[str]:
    return [f"{screen}: {misfit}" for screen, misfit in found]


def _cases_misfits(cases: list[Path], size: tuple[int, int], lang: str) -> list[str]:
    return _shown([(f"{p.stem} {screen}", m) for p in cases for screen, m in case_misfits(p, size=size, lang=lang)])


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", EVERY_CASE_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_of_every_case_fits(size: tuple[int, int], lang: str) -> None:
    assert len(CASES) >= 20
    assert _cases_misfits(CASES, size, lang) == []


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_sample_of_cases_fits_on_large_screens(size: tuple[int, int], lang: str) -> None:
    sample = CASES[:: 3 if size[0] < 3000 else 8]
    assert _cases_misfits(sample, size, lang) == []


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080), (3840, 2160)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_scene_of_a_session_fits(size: tuple[int, int], lang: str, tmp_path: Path) -> None:
    """Title, help, setup, hand-over, every step of three cases, the three end pages, black screen, quit."""
    assert _shown(session_misfits(size=size, lang=lang, saves=tmp_path)) == []


def _long_case(folder: Path) -> Path:
    text = (paths.scenarios() / "cases" / "straatverlichting.toml").read_text(encoding="utf-8")
    text = text.replace('id = "straatverlichting"', 'id = "lange-woorden"')
    text = re.sub(r'title\.nl = ".*"', f'title.nl = "{LONG_TITLE["nl"]}"', text)
    text = re.sub(r'title\.en = ".*"', f'title.en = "{LONG_TITLE["en"]}"', text)
    text = text.replace("Vijf lantaarns", f"De {COMPOUND} zegt: vijf lantaarns", 1)
    text = text.replace("Five street lights", f"The {COMPOUND} says: five street lights", 1)
    text = text.replace(
        '[[questions]]\nnl = "',
        f'[[questions]]\nnl = "Stel dat de {COMPOUND} het overneemt en de dorpsraad, de buurtvereniging en de '
        "ondernemers elk iets anders willen. ",
    )
    text = text.replace(
        '\nen = "',
        f'\nen = "Suppose the {COMPOUND} takes over and the village council, the neighbourhood association and the '
        "shopkeepers each want something else. ",
    )
    path = folder / "lange-woorden.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080), (3840, 2160)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_forty_letter_title_and_a_thirty_letter_compound_fit(
    size: tuple[int, int], lang: str, tmp_path: Path
) -> None:
    path = _long_case(tmp_path)
    assert len(LONG_TITLE["nl"]) == 40 and len(COMPOUND) == 30
    found = case_misfits(path, size=size, lang=lang)
    assert [screen for screen, _ in found[:1]] != ["errors"]
    assert _shown(found) == []


def test_fits_tells_a_trainer_which_text_will_not_fit() -> None:
    assert fits("Donker op het stationspad", (400, 80), 24) is None
    too_long = fits("Donker op het stationspad " * 20, (400, 80), 24)
    assert too_long is not None and "ruimte voor" in too_long.why
    hyphenated = fits(COMPOUND, (200, 80), 24)
    assert hyphenated is None  # broken at a hyphenation point onto two lines, not spilling out


def test_a_long_compound_is_hyphenated_not_spilled() -> None:
    pygame.font.init()
    lines = Typesetter("nl").wrap("Welkom in de participatiesamenleving?", 24, 180)
    assert all(Typesetter("nl").width(line, 24) <= 180 for line in lines)
    assert "".join(line.removesuffix("-") for line in lines).replace(" ", "") == "Welkomindeparticipatiesamenleving?"
    assert any(line.endswith("-") for line in lines)
