"""Every text the program shows or writes comes from the catalogues: the code outside them holds no Dutch or
English sentence. See literals.py for what the scanner leaves alone, and why."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.i18n.literals import literals_in, scan

PACKAGE = Path(__file__).resolve().parents[2] / "kleinekernen"

LEFT_OUT = [
    PACKAGE / "bench.py",  # bench figures are for developers and scripts, one English line per figure
    PACKAGE / "persistence" / "bench.py",
    PACKAGE / "ui" / "bench.py",
    PACKAGE / "room" / "bench.py",
    PACKAGE / "ui" / "roombench.py",
]

PENDING: dict[str, int] = {
    # Not yet moved to the catalogues (issue 12, item 3): how many literals each file still holds. The
    # count may only go down; a file not listed here may hold none. Move a file's texts, then delete its line.
}


def test_no_file_outside_the_catalogues_holds_a_new_sentence() -> None:
    found = scan([PACKAGE], leave_out=LEFT_OUT)
    per_file = Counter(literal.path.relative_to(PACKAGE).as_posix() for literal in found)
    grown = {
        name: [str(literal) for literal in found if literal.path.relative_to(PACKAGE).as_posix() == name]
        for name, count in per_file.items()
        if count > PENDING.get(name, 0)
    }
    assert grown == {}


def test_the_pending_list_shrinks_with_the_work() -> None:
    found = Counter(literal.path.relative_to(PACKAGE).as_posix() for literal in scan([PACKAGE], leave_out=LEFT_OUT))
    stale = {name: (count, found[name]) for name, count in PENDING.items() if found[name] < count}
    assert stale == {}, "lower these counts (or delete the line of a file that holds none)"


def test_the_scanner_finds_a_sentence_and_leaves_keys_docstrings_and_queries_alone() -> None:
    source = '''
"""A module docstring with words."""
KEY = "engine.rule.klik"
NAME = "case.toml"
FORMAT = "{title}: {text}"
QUERY = "SELECT choice FROM picks"
def f(who):
    """A docstring."""
    return f"{who} cuts the web" + "het dorp wacht af"
PAGE = '<td class="num">' + "<p>Het dorp kiest</p>" + "body{font-family:'Atkinson Hyperlegible',Verdana}"
SVG = '<text font-family="Atkinson Hyperlegible, Verdana" fill="' + '" font-family="Noto Sans" title="Het plan"'

'''
    found = sorted(literal.text for literal in literals_in(Path("sample.py"), source))
    assert found == [
        " cuts the web",
        '" font-family="Noto Sans" title="Het plan"',
        "<p>Het dorp kiest</p>",
        "het dorp wacht af",
    ]
