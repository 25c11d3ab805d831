"""`check --stats`: word counts and plain-language scores, and flags for texts too long or too hard."""

from __future__ import annotations

from pathlib import Path

import pytest

from kleinekernen.cli import main
from kleinekernen.content.readability import reading_ease, syllables
from tests.conftest import SCENARIOS


def test_dutch_syllables_and_scores_behave_as_expected() -> None:
    assert syllables("gemeenschapshuis", "nl") == 4
    assert syllables("vrijwilligers", "nl") == 4
    easy = "De bus rijdt niet meer. Wie rijdt nu? We doen het zelf."
    hard = (
        "De gemeentelijke beleidsparticipatiedoelstellingen veronderstellen een geïntegreerde "
        "verantwoordingssystematiek betreffende maatschappelijke ondersteuningsvoorzieningen."
    )
    assert reading_ease(easy, "nl") > 80 > 20 > reading_ease(hard, "nl")
    assert reading_ease("The bus does not run. Who drives now? We do it.", "en") > 80


def test_check_stats_lists_every_case_and_flags_a_long_hard_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (SCENARIOS / "cases" / "carnavalswagen.toml").read_text(encoding="utf-8")
    heavy = " ".join(["De gemeentelijke beleidsparticipatiedoelstellingen veronderstellen integraliteit."] * 40)
    start = text.index('story.nl = """') + len('story.nl = """')
    end = text.index('"""', start)
    path = tmp_path / "zwaar.toml"
    path.write_text(
        text[:start] + heavy + text[end:].replace('id = "carnavalswagen"', 'id = "zwaar"'), encoding="utf-8"
    )
    path.write_text(path.read_text(encoding="utf-8").replace('id = "carnavalswagen"', 'id = "zwaar"'), encoding="utf-8")
    main(["check", "--stats", str(path)])
    out = capsys.readouterr().out
    assert "zwaar  " in out
    assert "langer dan een minuut voorlezen" in out and "boven eenvoudige taal" in out
    main(["check", "--stats"])
    out = capsys.readouterr().out
    assert all(f"{p.stem}  " in out for p in (SCENARIOS / "cases").glob("*.toml"))
