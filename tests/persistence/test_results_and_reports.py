"""Results shared between villages, the index of earlier choices, and the report for the minutes."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from kleinekernen.cli import main
from kleinekernen.engine.choices import Continue
from kleinekernen.engine.state import Step
from kleinekernen.persistence.index import ChoiceIndex
from kleinekernen.persistence.journal import JournalWriter
from kleinekernen.persistence.report import build_report, to_markdown
from kleinekernen.persistence.report_html import to_html
from kleinekernen.persistence.report_pdf import to_pdf
from kleinekernen.persistence.results import ResultsError, export_results, import_results, read_results
from kleinekernen.persistence.sessions import open_session
from tests.conftest import ASSETS
from tests.engine.helpers import deck
from tests.persistence.helpers import play_and_save

NOTE = 'Eerst de buren vragen; <script>alert("x")</script> en één café'


def session_with_notes(folder: Path) -> Path:
    path, game = play_and_save(folder, seed=11, cases=3, steps=0)
    writer = JournalWriter(path)
    from kleinekernen.engine.policies import random_policy

    policy = random_policy(11)
    while game.step is not Step.END:
        choice = Continue(NOTE) if game.step is Step.REFLECT else policy(game)
        game.apply(choice)
        writer.choice(choice)
    writer.plan(0, "Omdat het dorp het zelf wil")
    return path


def test_export_is_anonymous_unless_asked(tmp_path: Path) -> None:
    path = session_with_notes(tmp_path)
    game = open_session(path, deck()).game
    plain = export_results(game)
    assert plain.village == "" and all(case.note == "" for case in plain.cases)
    full = export_results(game, names=True, notes=True)
    assert full.village == "Oosterwolde" and full.cases[0].note == NOTE
    assert [c.case for c in full.cases] == [r.case_id for r in game.state.results]


def test_import_checks_the_file_and_stores_it_under_a_name_of_its_own(tmp_path: Path) -> None:
    path = session_with_notes(tmp_path / "ander-dorp")
    results = tmp_path / "../resultaten.json"
    results.write_text(export_results(open_session(path, deck()).game).model_dump_json(), encoding="utf-8")
    stored = import_results(results, tmp_path / "saves")
    assert stored.parent == tmp_path / "saves" / "imported" and stored.suffix == ".json"
    assert read_results(stored).cases


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "geen JSON"),
        (b"\xff\xfe", "geen JSON"),
        (b"[" * 100000 + b"]" * 100000, "geen JSON"),
        (b'{"kind": "iets anders"}', "kind"),
        (b'{"kind": "kleinekernen-results", "exported": "x", "cases": [{"case": "../../etc/passwd"}]}', "cases.0"),
        (b'{"kind": "kleinekernen-results", "exported": "x", "cases": [], "extra": 1}', "extra"),
        (b'{"kind": "kleinekernen-results", "exported": "x", "cases": [], "village": 5}', "village"),
    ],
)
def test_a_bad_or_hostile_import_gets_a_clear_error_and_writes_nothing(
    tmp_path: Path, content: bytes, words: str
) -> None:
    source = tmp_path / "verdacht.json"
    source.write_bytes(content)
    with pytest.raises(ResultsError, match=words):
        import_results(source, tmp_path / "saves")
    assert not (tmp_path / "saves").exists()


def test_an_import_that_is_too_big_or_a_link_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "groot.json"
    big.write_bytes(b" " * (1024 * 1024 + 1))
    with pytest.raises(ResultsError, match="hoogstens"):
        import_results(big, tmp_path / "saves")
    with pytest.raises(ResultsError, match="at most"):
        import_results(big, tmp_path / "saves", "en")
    os.symlink(big, tmp_path / "link.json")
    with pytest.raises(ResultsError, match="alleen gewone bestanden"):
        import_results(tmp_path / "link.json", tmp_path / "saves")


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.binary(max_size=300)
    | st.recursive(
        st.none() | st.integers() | st.text(max_size=10),
        lambda c: st.lists(c) | st.dictionaries(st.text(max_size=8), c),
        max_leaves=20,
    ).map(lambda v: json.dumps(v).encode())
)
def test_any_bytes_imported_give_results_or_a_clear_error(tmp_path: Path, raw: bytes) -> None:
    source = tmp_path / "fuzz.json"
    source.write_bytes(raw)
    try:
        read_results(source)
    except ResultsError as error:
        assert "fuzz.json" in str(error)


def test_earlier_sessions_and_imports_are_counted_per_case(tmp_path: Path) -> None:
    saves = tmp_path / "saves"
    paths = [play_and_save(saves, seed=seed, cases=5)[0] for seed in range(6)]
    index = ChoiceIndex(saves)
    assert index.refresh(deck()) == 6
    case_id = open_session(paths[0], deck()).game.state.results[0].case_id
    shares = index.shares(case_id)
    played = sum(case_id in {r.case_id for r in open_session(p, deck()).game.state.results} for p in paths)
    assert shares.sessions == played and sum(shares.placements.values()) == played
    assert index.shares(case_id, exclude=paths[0].name).sessions == played - 1
    exported = tmp_path / "uit.json"
    exported.write_text(export_results(open_session(paths[0], deck()).game).model_dump_json(), encoding="utf-8")
    import_results(exported, saves)
    assert index.refresh(deck()) == 1
    assert index.shares(case_id).sessions == played + 1
    index.close()
    (saves / "index.sqlite").unlink()
    rebuilt = ChoiceIndex(saves)
    assert rebuilt.refresh(deck()) == 7 and rebuilt.shares(case_id).sessions == played + 1


def test_html_and_pdf_reports_hold_every_case_title_and_every_note(tmp_path: Path) -> None:
    path = session_with_notes(tmp_path)
    opened = open_session(path, deck())
    data = build_report(opened.game, opened.journal.plan, "nl")
    page = to_html(data, "nl")
    pdf = to_pdf(data, ASSETS / "fonts", "nl")
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    for result in opened.game.state.results:
        title = deck().cases[result.case_id].title.nl
        assert title in page and title in flat
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert page.count("<svg") == 1 and "data:image" not in page
    assert "één café" in flat and "Omdat het dorp het zelf wil" in flat
    assert "Omdat het dorp het zelf wil" in to_markdown(data, "nl")


def test_the_report_and_export_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLEINEKERNEN_SAVES", str(tmp_path))
    path = session_with_notes(tmp_path)
    for form in ("html", "pdf", "md"):
        assert main(["report", str(path), "--format", form]) == 0
        written = Path(capsys.readouterr().out.strip())
        assert written.parent == tmp_path / "reports" and written.stat().st_size > 500
    assert main(["export", str(path), "--notes"]) == 0
    exported = Path(capsys.readouterr().out.strip())
    assert main(["import", str(exported)]) == 0
    assert (tmp_path / "imported").is_dir()
    (tmp_path / "kapot.json").write_text("{", encoding="utf-8")
    assert main(["import", str(tmp_path / "kapot.json")]) == 2
    assert "geen JSON-bestand met uitkomsten" in capsys.readouterr().err
    assert main(["import", "--lang", "en", str(tmp_path / "kapot.json")]) == 2
    assert "not a JSON results file" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "bestaat-niet.jsonl")]) == 2


def test_the_inbox_imports_good_files_and_keeps_refused_ones(tmp_path: Path) -> None:
    from kleinekernen.persistence.results import import_inbox

    saves = tmp_path / "saves"
    path = session_with_notes(tmp_path / "elders")
    inbox = saves / "inbox"
    inbox.mkdir(parents=True)
    (inbox / "goed.json").write_text(
        export_results(open_session(path, deck()).game).model_dump_json(), encoding="utf-8"
    )
    (inbox / "fout.json").write_text('{"kind": "x"}', encoding="utf-8")
    count, refused = import_inbox(saves)
    assert count == 1 and len(refused) == 1 and "fout.json" in refused[0]
    assert sorted(p.name for p in inbox.iterdir()) == ["fout.json"]
    assert len(list((saves / "imported").glob("*.json"))) == 1
