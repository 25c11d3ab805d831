"""The report for the minutes: page one says who, what and the plan; headings never stand alone at a
page's foot; the chart is drawn as vectors with labels that stand apart; the files write themselves."""

from __future__ import annotations

import io
import itertools
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from kleinekernen.i18n import Catalog
from kleinekernen.persistence.chart import Label, layout_chart, svg_measure
from kleinekernen.persistence.report import ReportData, build_report, to_markdown
from kleinekernen.persistence.report_html import to_html
from kleinekernen.persistence.report_pdf import PT, ReportPdf, to_pdf
from kleinekernen.persistence.reports import write_session_reports
from tests.conftest import ASSETS
from tests.persistence.minutes import DISAGREES, NOTES, PLAN, PLAYERS, VILLAGE, evening

NAMED = [p.name for p in PLAYERS if p.name != "Burgers 2"]


def flat(text: str) -> str:
    return " ".join(text.split())


def report(notes: tuple[str, ...] = NOTES, cases: int = 5, lang: str = "nl") -> ReportData:
    return build_report(evening(notes, cases), PLAN, lang, "2026-05-01T19:30")


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def assert_page_one(text: str, data: ReportData) -> None:
    text = flat(text)
    assert "2026-05-01 19:30" in text and VILLAGE in text
    for name in NAMED:
        assert name in text, name
    assert "Burgers 2" not in text and "Burgers: Burgers" not in text
    assert "nog 1 speler" in text  # the unnamed second burger is counted, not named
    for case in data.cases:
        assert flat(case.title) in text and flat(case.line) in text
    moved = data.cases[DISAGREES]  # the card's placement and the group's, both on the case's line
    assert not moved.matches and f"Kaart: {moved.card}; de groep: {moved.group}." in flat(moved.line)
    assert all(case.matches and f"Kaart en groep: {case.card}." in case.line for case in data.cases if case != moved)
    for note in NOTES:
        assert note in text, note
    for question, answer in data.plan:
        assert flat(question) in text and answer in text


def test_page_one_of_the_pdf_holds_date_village_players_every_case_and_note_and_the_whole_plan() -> None:
    data = report()
    assert len(data.cases) == 5 and all(case.note for case in data.cases)
    first, *rest = pages(to_pdf(data, ASSETS / "fonts", "nl"))
    assert_page_one(first, data)
    assert rest and "Bijlage" not in first and "Per casus" not in first


def test_an_empty_list_is_a_sentence_not_a_heading_over_nothing() -> None:
    data = report()
    assert not data.webs_left  # this evening leaves no web
    webs = "Spinnenwebben over: 0"
    page = to_html(data, "nl")
    assert f"<p>{webs}</p>" in page and f"<h3>{webs}</h3>" not in page
    assert f"## {webs}" not in to_markdown(data, "nl") and webs in to_markdown(data, "nl")
    text = " ".join(pages(to_pdf(data, ASSETS / "fonts", "nl")))
    assert webs in flat(text)


def test_the_html_and_markdown_open_with_the_same_page_one() -> None:
    data = report()
    page = to_html(data, "nl")
    first = re.sub(r"<[^>]+>", " ", page.split('<section class="details">')[0]).replace("&amp;", "&")
    assert_page_one(first, data)
    markdown = to_markdown(data, "nl").split("## Per casus")[0].replace("\\", "")
    assert_page_one(markdown, data)


def test_the_lessons_list_says_how_often_each_went_well_and_wrong_and_leaves_out_the_rest() -> None:
    data = report()
    assert data.lessons and all(re.search(r"\d× (goed|mis)", lesson) for lesson in data.lessons)
    assert not any(": 0" in lesson for lesson in data.lessons)
    english = report(lang="en")
    assert all(re.search(r"\d× (well|wrong)", lesson) for lesson in english.lessons)


def test_the_appendix_gives_every_reason_and_names_its_corner() -> None:
    game = evening()
    data = build_report(game, PLAN, "nl", "2026-05-01T19:30")
    text = flat(" ".join(pages(to_pdf(data, ASSETS / "fonts", "nl"))))
    appendix = text.split("Bijlage")[1]
    for result in game.results:
        for change in result.changes:
            assert flat(change.reason.nl)[:60] in appendix
    corner_reasons = [r for case in data.cases for r in case.reasons if " — Burgers: " in r or " — Overheid: " in r]
    assert corner_reasons


HEADINGS = (
    "Spelers per hoek",
    "De casussen",
    "Actieplan",
    "Per casus",
    "Notities",
    "Gespreksvraag",
    "Lessen in liefde",
)


def last_line(text: str) -> str:
    return [line for line in text.splitlines() if line.strip()][-1].strip()


@pytest.mark.parametrize("lines", [1, 3, 6, 9, 13, 18])
def test_no_pdf_page_ends_on_a_heading(lines: int) -> None:
    """Notes of every length move the page breaks to every place; a heading never ends a page."""
    notes = tuple("\n".join(f"{note} Regel {n}." for n in range(lines)) for note in NOTES)
    data = report(notes)
    headings = set(HEADINGS) | {flat(q) for q, _ in data.plan} | {"De balans: meters per casus"}
    headings |= {f"{n}. {case.title}" for n, case in enumerate(data.cases, 1)}
    texts = pages(to_pdf(data, ASSETS / "fonts", "nl"))
    assert len(texts) >= 4
    for number, text in enumerate(texts[:-1], 1):
        assert last_line(text) not in headings, (lines, number, last_line(text))


def overlaps(a: Label, b: Label) -> bool:
    al, at, ar, ab = a.box
    bl, bt, br, bb = b.box
    return al < br and bl < ar and at < bb and bt < ab


@pytest.mark.parametrize("cases", [3, 5, 12])
def test_chart_axis_labels_are_distinct_and_never_overlap(cases: int) -> None:
    data = report(cases=cases)
    assert data.summary is not None
    page = ReportPdf(ASSETS / "fonts", ())
    for measure, width, size in ((svg_measure, 720, 16), (page.measure(), page.width, 9 * PT)):
        chart = layout_chart(data.summary, Catalog("nl"), measure, width, size)
        texts = [label.text for label in chart.labels]
        assert len(texts) == len(set(texts)) and {"0", "50", "100"} <= set(texts)
        assert all(str(n) in " ".join(texts) for n in range(1, cases + 1))
        for a, b in itertools.combinations(chart.labels, 2):
            assert not overlaps(a, b), (a.text, b.text)
        assert all(label.box[0] >= 0 and label.box[2] <= width + 0.01 for label in chart.labels)


def test_the_chart_is_svg_in_the_html_and_vector_paths_in_the_pdf() -> None:
    data = report()
    page = to_html(data, "nl")
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert svg.count("<polyline") >= 5 and "1: " in svg and "data:image" not in page and "<img" not in page
    pdf = to_pdf(data, ASSETS / "fonts", "nl")
    reader = PdfReader(io.BytesIO(pdf))
    assert all(not page.images for page in reader.pages)  # no picture anywhere
    chart_at = next(n for n, text in enumerate(pages(pdf)) if "meters per casus" in text)
    drawn = reader.pages[chart_at].get_contents().get_data()  # type: ignore[union-attr]
    assert drawn.count(b" l\n") >= 5 * 5 and drawn.count(b" d\n") >= 4  # line segments, dashed lines
    chart_page = pages(pdf)[chart_at]
    assert all(f"{n}: " in chart_page for n in range(1, 6)) and "Energie" in chart_page


def test_the_reports_write_themselves_named_after_village_and_date_and_again_in_place(tmp_path: Path) -> None:
    game = evening()
    first = write_session_reports(game, PLAN, "2026-05-01T19:30", "nl", tmp_path, "sessie-20260501-193000-abc123")
    assert [p.name for p in first] == [
        "verslag-oosterwolde-zn-2026-05-01-abc123.html",
        "verslag-oosterwolde-zn-2026-05-01-abc123.pdf",
    ]
    before = {p.name: p.read_bytes() for p in first}
    again = write_session_reports(game, PLAN, "2026-05-01T19:30", "nl", tmp_path, "sessie-20260501-193000-abc123")
    assert again == first and sorted(p.name for p in tmp_path.iterdir()) == sorted(before)
    assert again[0].read_bytes() == before[first[0].name]
    assert pages(again[1].read_bytes())[0] == pages(before[first[1].name])[0]
    english = write_session_reports(game, PLAN, "2026-05-01T19:30", "en", tmp_path / "en", "abc123", forms=("md",))
    assert [p.name for p in english] == ["report-oosterwolde-zn-2026-05-01-abc123.md"]


def test_a_file_name_keeps_no_character_a_folder_or_terminal_could_trip_on(tmp_path: Path) -> None:
    from kleinekernen.persistence.reports import report_stem

    assert report_stem("../Dorp\u202e\x1b[31m / Zuid", "2026-05-01 19:30", "x") == "verslag-dorp-31m-zuid-2026-05-01-x"
    assert report_stem("", "2026-05-01 19:30") == "verslag-2026-05-01"
    assert report_stem("Sint-Oedenrode Ëe", "2026-05-01") == "verslag-sint-oedenrode-ëe-2026-05-01"
