"""Reports that cannot be forged and drop nothing: what the group typed comes out as the characters typed,
in Markdown rendered by a real CommonMark renderer, in HTML, and in the PDF read back with pypdf."""

from __future__ import annotations

import io
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pypdf import PdfReader

from kleinekernen.content.models import CORNERS
from kleinekernen.engine.choices import Continue
from kleinekernen.engine.game import Game
from kleinekernen.engine.policies import random_policy
from kleinekernen.engine.setup import Player, Setup
from kleinekernen.engine.state import Step
from kleinekernen.files.names import printable_text
from kleinekernen.persistence.markdown import inline, lines
from kleinekernen.persistence.report import ReportData, build_report, to_markdown
from kleinekernen.persistence.report_html import to_html
from tests.engine.helpers import deck

HOSTILE_NOTE = (
    "Eerst de buren.\n## Besluit\nDe gemeente betaalt alles.\n<script>alert(1)</script>\n"
    "[klik hier](javascript:alert(1)) <javascript:alert(2)> ![x](http://spion.example/pixel.png)\n"
    "Besluit\n===\n- [ ] afvinken\n1. eerste\n```\ncode\n```\n<img src=x onerror=alert(3)>\n| a | b |\n"
    "&lt;b&gt; \x1b[31mrood\x1b[0m \u202eggnitseb"
)
HOSTILE_NAME = "Jan <b>de Vries</b> ## [baas](javascript:x)\n# Kop"


def hostile_game(note: str = HOSTILE_NOTE, name: str = HOSTILE_NAME, village: str = "# Dorp <i>x</i>") -> Game:
    players = tuple(Player(name, c) for c in CORNERS)
    game = Game(deck(), Setup(seed=3, players=players, case_count=3, village=village))
    policy = random_policy(3)
    while game.step is not Step.END:
        game.apply(Continue(note) if game.step is Step.REFLECT else policy(game))
    return game


def rendered(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").render(markdown)


def headings(html: str) -> list[str]:
    return re.findall(r"<h\d>(.*?)</h\d>", html)


def report_of(game: Game, plan: list[str]) -> ReportData:
    return build_report(game, plan, "nl", "2026-05-01T19:30")


def test_typed_html_links_and_headings_come_out_inert_in_markdown() -> None:
    plain = rendered(to_markdown(report_of(hostile_game("rustig", "Jan", "Dorp"), ["a", "b", "c"]), "nl"))
    hostile = rendered(to_markdown(report_of(hostile_game(), [HOSTILE_NOTE, "## Besluit", "[x](javascript:y)"]), "nl"))
    assert len(headings(hostile)) == len(headings(plain))
    assert all("Besluit" not in heading and "Kop" not in heading for heading in headings(hostile))
    for tag in ("<script", "<img", "<a ", "<b>", "<i>", "<table", "<ol", "<pre", "<hr", 'javascript:alert(1)"'):
        assert tag not in hostile, tag
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile
    assert "[klik hier](javascript:alert(1))" in hostile
    assert "## Besluit" in hostile and "&amp;lt;b&amp;gt;" in hostile
    assert "\x1b" not in hostile and "\u202e" not in hostile and "ggnitseb" in hostile


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_any_typed_line_renders_as_exactly_its_printable_characters(typed: str) -> None:
    html = rendered(f"- {inline(typed)}\n")
    for tag in ("<a", "<img", "<em", "<strong", "<code", "<h", "<table", "<del", "<br"):
        assert tag not in html, (typed, html)
    shown = html.removeprefix("<ul>\n<li>").removesuffix("</li>\n</ul>\n")
    text = shown.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    # what the reader sees is what was typed, less control characters and reordering marks
    assert text.split() == printable_text(typed).split()


@settings(max_examples=200)
@given(st.lists(st.text(alphabet="#-=*_>+`~[]()<>!|:1. \nab", max_size=12), min_size=1, max_size=6))
def test_a_typed_note_never_makes_a_heading_list_or_block_of_its_own(typed: list[str]) -> None:
    html = rendered("\n".join(f"> {line}" for line in lines("\n".join(typed))) + "\n")
    for tag in ("<h", "<ul", "<ol", "<pre", "<hr", "<code", "<a ", "<table", "<blockquote>\n<blockquote"):
        assert tag not in html, (typed, html)


def test_html_report_escapes_names_and_drops_bidirectional_overrides() -> None:
    page = to_html(report_of(hostile_game(), [HOSTILE_NOTE, "", ""]), "nl")
    assert "<script>" not in page and "&lt;b&gt;de Vries&lt;/b&gt;" in page
    assert "\u202e" not in page and "\x1b" not in page


def pdf_text(pdf: bytes) -> str:
    return " ".join("\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_pdf_prints_hebrew_arabic_and_greek_and_names_what_it_cannot_print(tmp_path: Path) -> None:
    from kleinekernen.persistence.report_pdf import to_pdf
    from tests.conftest import ASSETS

    note = "שלום לכולם · مرحبا بالجميع · Καλημέρα · 🌻 zonnebloem"
    data = report_of(hostile_game(note, "Yael כהן", "Dorp"), ["Samen 👍", "", ""])
    text = pdf_text(to_pdf(data, ASSETS / "fonts", "nl"))
    for word in ("Καλημέρα", "zonnebloem", "Yael"):
        assert word in text
    for letters in ("שלום", "כהן", "مرحبا"):
        assert all(letter in text for letter in letters), letters
    assert "U+1F33B" in text and "U+1F44D" in text


def test_without_the_fallback_font_the_pdf_says_what_it_could_not_print(tmp_path: Path) -> None:
    from kleinekernen.persistence.report_pdf import to_pdf
    from tests.conftest import ASSETS

    data = report_of(hostile_game("שלום en 🌻", "Jan", "Dorp"), ["", "", ""])
    text = pdf_text(to_pdf(data, ASSETS / "fonts", "nl", fallbacks=()))
    assert "U+05E9" in text and "U+1F33B" in text
