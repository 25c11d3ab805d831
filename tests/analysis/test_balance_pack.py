"""The balance of a trainer's own two-case pack: what the trainer reads, in Dutch and English."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest

from kleinekernen import paths
from kleinekernen.analysis.balance import balance_deck, format_balance
from kleinekernen.analysis.case_strategies import case_strategies
from kleinekernen.cli import main
from kleinekernen.content.deck import Deck, case_files, load_deck
from tests.conftest import SCENARIOS

MANIFEST = 'format = 1\nname = "Drentse dorpen"\nauthor = "Vereniging Kleine Kernen"\nlicence = "CC BY 4.0"\n'
ALL_METERS = ("trust_burgers_overheid", "trust_burgers_partners", "trust_overheid_partners", "energy", "ownership")


def one_effect(target: str, amount: int) -> str:
    lines = "".join(f"{meter} = {amount}\n" for meter in ALL_METERS)
    return f'[[effects]]\n{target}\n{lines}reason.nl = "Iedereen is blij."\nreason.en = "Everyone is happy."\n'


def two_case_pack(folder: Path, amount: int = 20, target: str = 'move = "kroonjuwelen-laten-zien"') -> Path:
    """A normal case (the carnival float, renamed) and one whose only effect moves every meter by `amount`."""
    pack = folder / "drentse-dorpen"
    pack.mkdir(parents=True)
    (pack / "pack.toml").write_text(MANIFEST, encoding="utf-8")
    normal = (SCENARIOS / "cases" / "carnavalswagen.toml").read_text(encoding="utf-8")
    (pack / "schuurfeest.toml").write_text(normal.replace('id = "carnavalswagen"', 'id = "schuurfeest"'), "utf-8")
    text = (SCENARIOS / "cases" / "straatfeest.toml").read_text(encoding="utf-8").split("[[effects]]")[0]
    text = text.replace('id = "straatfeest"', 'id = "gulle-subsidie"').replace("Het straatfeest", "De gulle subsidie")
    text = text.replace("The street party", "The generous grant")
    (pack / "gulle-subsidie.toml").write_text(text + one_effect(target, amount), "utf-8")
    return pack


def pack_deck(pack: Path) -> Deck:
    found = load_deck(paths.scenarios(), assets=paths.assets(), extra_cases=case_files(pack))
    assert found.problems == []
    return found.deck


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return two_case_pack(tmp_path_factory.mktemp("werk"))


@pytest.fixture(scope="module")
def pages(pack: Path) -> dict[str, tuple[str, str]]:
    """Per language, the page `balance PACK --html` writes and the text it prints."""
    found = {}
    for lang in ("nl", "en"):
        out, printed = pack.parent / f"balans-{lang}.html", io.StringIO()
        with contextlib.redirect_stdout(printed):
            assert main(["balance", str(pack), "--html", str(out), "--runs", "6", "--lang", lang]) == 1  # it warns
        found[lang] = (out.read_text(encoding="utf-8"), printed.getvalue())
    return found


def test_a_too_generous_case_is_flagged_with_the_effect_to_lower_in_dutch(pages: dict[str, tuple[str, str]]) -> None:
    page, text = pages["nl"]
    for shown in (page, text):
        assert "te gul: het beste pad haalt +118, de ingebouwde casussen rond +45" in shown
        assert "Verlaag het effect van zet „De kroonjuwelen laten zien” (Burgers)" in shown
        assert "Energie +20" in shown and "bijvoorbeeld +5 per meter" in shown
        assert "heeft geen tegenwicht: geen zet of rol in deze casus verlaagt ook maar één van de vijf meters" in shown
    assert "Wat u kunt doen:" in page
    assert page.count("te gul") == 2  # in the summary and at the case; the normal case gets no verdict


def test_the_same_verdict_and_advice_in_english(pages: dict[str, tuple[str, str]]) -> None:
    page, text = pages["en"]
    for shown in (page, text):
        assert "too generous: the best path reaches +118, the built-in cases about +45" in shown
        assert "Lower the effect of move “Show the crown jewels” (Citizens)" in shown
        assert "has no counterweight: no move or role in this case lowers any of the five meters" in shown
    assert "What you can do:" in page and "What the words mean" in page and "built-in" in page
    assert "te gul" not in page and "ingebouwd" not in page and "Wat u kunt doen" not in page


def test_a_pack_page_labels_built_in_cards_and_has_no_deck_wide_verdicts(pages: dict[str, tuple[str, str]]) -> None:
    page, text = pages["nl"]
    assert '<span class="tag">ingebouwd</span>' in page
    assert "De zet- en rolkaarten zijn ingebouwd" in page and "De zet- en rolkaarten zijn ingebouwd" in text
    assert 'Verbinder <span class="tag">ingebouwd</span>' in page  # a best role, tagged
    for deck_wide in ("Overal de beste", "in elke casus de beste", "Kaarten die nooit gespeeld werden"):
        assert deck_wide not in page and deck_wide not in text
    assert "2 casussen; 2 waarschuwingen" in page
    assert "De carnavalswagen <small>(schuurfeest," in page and "(laatste-winkel," not in page


def test_the_page_explains_its_terms_with_meter_names_as_on_screen(pages: dict[str, tuple[str, str]]) -> None:
    page, _ = pages["nl"]
    assert "Wat de woorden betekenen" in page
    for term in ("zichtbaar", "pad, beste pad", "spreiding", "goed pad", "verleidelijk pad", "strategieën"):
        assert f"<dt>{term}</dt>" in page
    assert "vanaf 30 bloeit een casus" in page
    assert "Beste pad +118 · slechtste pad -4 · spreiding 122" in page
    assert "Vertrouwen burgers–partners" in page
    assert "trust_burgers" not in page and "burgers_alone" not in page


def test_the_strategies_are_shown_per_case_of_the_pack(pages: dict[str, tuple[str, str]]) -> None:
    page, _ = pages["nl"]
    assert "Strategieën per casus" in page and "Per casus 6 partijen per strategie" in page
    table = page.split('<table class="strategies">')[1].split("</table>")[0]
    for label in ("willekeurig", "beste spel", "matrix", "vaste rol", "vriendelijkst", "loslaten", "moed"):
        assert f"<th>{label}</th>" in table
    assert "<th>dorpsraad op zijn best</th>" in table and "<th>dorpsraad op zijn slechtst</th>" in table
    assert table.count("<tr>") == 3  # the head and the pack's two cases, no built-in case
    assert "De gulle subsidie" in table and "De carnavalswagen" in table


def test_best_play_scores_higher_in_the_generous_case(pack: Path) -> None:
    found = case_strategies(pack_deck(pack), ["schuurfeest", "gulle-subsidie"], games=6, names=("best", "random"))
    assert found.figures["gulle-subsidie"]["best"].mean > found.figures["schuurfeest"]["best"].mean + 20
    assert 0.0 <= found.figures["schuurfeest"]["random"].bloom <= 1.0


def test_following_the_advice_removes_the_best_path_warning_and_leaves_the_counterweight_one(tmp_path: Path) -> None:
    deck = pack_deck(two_case_pack(tmp_path, amount=5))  # +5 per meter, as advised
    result = balance_deck(deck, ["gulle-subsidie", "schuurfeest"], whole_deck=False)
    generous, normal = result.cases
    assert generous.best[0].total < 70
    assert generous.verdict is not None and "verhogen elke meter en verlagen er geen" in generous.verdict.warning
    assert any("geen tegenwicht" in line for line in generous.verdict.suggestions)
    assert normal.verdict is None


def test_a_case_lowering_every_meter_is_too_harsh_with_the_move_to_strengthen(tmp_path: Path) -> None:
    deck = pack_deck(two_case_pack(tmp_path, amount=-20))
    result = balance_deck(deck, ["gulle-subsidie"], whole_deck=False, lang="en")
    verdict = result.cases[0].verdict
    assert verdict is not None
    assert verdict.warning == "too harsh: even the best path reaches only +24; a case blooms from 30"
    assert verdict.suggestions[0].startswith(
        "Give move “Roll up our sleeves” (Citizens), a move of the best path, an effect that raises meters, about 21"
    )
    assert "no move or role in this case raises any of the five meters" in verdict.suggestions[1]


def test_following_the_harsh_advice_lifts_the_best_path_and_asks_to_soften_the_worst(tmp_path: Path) -> None:
    pack = two_case_pack(tmp_path, amount=-20)
    with (pack / "gulle-subsidie.toml").open("a", encoding="utf-8") as case:
        case.write(one_effect('move = "zelf-aanpakken"', 4))  # about +21 in all, as advised (here +20)
    result = balance_deck(pack_deck(pack), ["gulle-subsidie"], whole_deck=False)
    case_balance = result.cases[0]
    assert case_balance.best[0].total >= 30
    assert case_balance.verdict is not None
    assert case_balance.verdict.warning.startswith("te streng: het slechtste pad zakt tot -")
    assert len(case_balance.verdict.suggestions) == 1  # only the effect to soften: its counterweight is there now
    assert case_balance.verdict.suggestions[0].startswith(
        "Maak het effect van zet „De kroonjuwelen laten zien” (Burgers) milder, nu Vertrouwen burgers–overheid -20"
    )


def test_balance_of_one_case_file_is_about_that_case_only(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["balance", str(pack / "gulle-subsidie.toml"), "--lang", "en"])
    out = capsys.readouterr().out
    assert "The generous grant (gulle-subsidie," in out and "schuurfeest" not in out
    assert "too generous" in out and "The move and role cards are built in" in out


def test_balance_pack_names_an_installed_pack(
    pack: Path, scenarios_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(pack, scenarios_copy / "cases" / "drentse-dorpen")
    monkeypatch.setattr(paths, "scenarios", lambda: scenarios_copy)
    main(["balance", "--pack", "drentse-dorpen"])
    out = capsys.readouterr().out
    assert "(gulle-subsidie," in out and "(schuurfeest," in out and "(laatste-winkel," not in out
    assert "Overal de beste" not in out
    assert main(["balance", "--pack", "friese-dorpen"]) == 2
    err = capsys.readouterr().err
    assert "geen pakket friese-dorpen" in err and "geïnstalleerd: drentse-dorpen" in err


def test_balance_strategies_of_a_two_case_pack_shows_them_per_case(pack: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["balance", str(pack), "--strategies", "--sessions", "4"]) == 0
    out = capsys.readouterr().out
    assert "Per casus 4 partijen per strategie" in out
    assert out.count("beste spel ") == 2 and "De gulle subsidie: willekeurig" in out


def test_an_effect_on_a_kind_of_move_is_named_by_its_kind(tmp_path: Path) -> None:
    deck = pack_deck(two_case_pack(tmp_path, target='kind = "appreciate"\ncorner = "burgers"'))
    verdict = balance_deck(deck, ["gulle-subsidie"], whole_deck=False).cases[0].verdict
    assert verdict is not None and verdict.warning.startswith("te gul")
    assert verdict.suggestions[0].startswith("Verlaag het effect van elke zet van de soort „waarderen” (Burgers)")


def test_deck_wide_verdicts_of_a_whole_deck_name_cards_by_their_titles() -> None:
    deck = load_deck(paths.scenarios(), assets=paths.assets()).deck
    result = balance_deck(deck, ["carnavalswagen"])  # one case as a whole deck: its best cards are best everywhere
    assert "rol Verbinder is in elke casus de beste rol" in result.warnings
    text = format_balance(deck, result)
    assert "Overal de beste: " in text and "Een dienst op verzoek" in text and "dienst-op-verzoek" not in text
