"""The HTML report as a browser prints it: headless Chromium (Debian's) prints the five-case evening to A4, and
the printed page one holds what page one of the PDF holds; the details start on a page of their own."""

from __future__ import annotations

import io
from pathlib import Path

from playwright.sync_api import sync_playwright
from pypdf import PdfReader

from kleinekernen.persistence.reports import write_session_reports
from tests.persistence.minutes import PLAN, evening
from tests.persistence.test_minutes_report import assert_page_one, report
from tests.room.test_phone_in_a_browser import ARGS, CHROMIUM


def test_chromium_prints_the_html_report_with_everything_of_page_one_on_its_first_page(tmp_path: Path) -> None:
    html, _pdf = write_session_reports(evening(), PLAN, "2026-05-01T19:30", "nl", tmp_path, "abc123")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.goto(html.as_uri())
        printed = page.pdf(format="A4")
        browser.close()
    first, second, *_ = [p.extract_text() or "" for p in PdfReader(io.BytesIO(printed)).pages]
    assert_page_one(first, report())
    assert "Per casus" not in first and second.lstrip().startswith("Per casus")
