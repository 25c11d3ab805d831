"""Fuzzing import: seeded mutations of a real results file, at byte level and at JSON level.

Every input is imported or refused with a ResultsError, each within 2 s; nothing else escapes and nothing
half-written stays in saves/imported/. The default suite runs a few hundred; `KLEINEKERNEN_FUZZ=20000`
the full run (its figures are printed with -s).
"""

from __future__ import annotations

import json
import os
import random
import resource
import time
from pathlib import Path
from typing import Any

from kleinekernen.persistence.results import ResultsError, export_results, import_results, read_results
from kleinekernen.persistence.sessions import open_session
from tests.content.test_pack_fuzz import mutate
from tests.engine.helpers import deck
from tests.persistence.test_results_and_reports import session_with_notes

COUNT = int(os.environ.get("KLEINEKERNEN_FUZZ", "300"))
ODD_VALUES: list[Any] = [
    None,
    True,
    -1,
    10**12,
    1e308,
    "",
    "\x1b[2J",
    "\u202e",
    "../../etc/passwd",
    "x" * 5000,
    [],
    {},
    [[[[[]]]]],
]


def change_json(value: Any, generator: random.Random) -> Any:
    """The same document with one value somewhere replaced, dropped or duplicated."""
    if isinstance(value, dict) and value and generator.random() < 0.8:
        key = generator.choice(list(value))
        out = dict(value)
        roll = generator.random()
        if roll < 0.15:
            del out[key]
        elif roll < 0.25:
            out[key + generator.choice(["", "x", "\x00"])] = generator.choice(ODD_VALUES)
        else:
            out[key] = change_json(value[key], generator)
        return out
    if isinstance(value, list) and value and generator.random() < 0.8:
        at = generator.randrange(len(value))
        out = list(value)
        if generator.random() < 0.2:
            out.append(out[at])
        else:
            out[at] = change_json(value[at], generator)
        return out
    return generator.choice(ODD_VALUES)


def test_mutated_results_files_are_imported_or_refused_never_anything_else(tmp_path: Path) -> None:
    save = session_with_notes(tmp_path / "elders")
    document = json.loads(export_results(open_session(save, deck()).game, names=True, notes=True).model_dump_json())
    raw = json.dumps(document).encode()
    generator = random.Random(10)
    saves, source = tmp_path / "saves", tmp_path / "resultaten.json"
    escaped: list[str] = []
    slowest = slowest_write = 0.0
    imported = refused = 0
    for number in range(COUNT):
        data = mutate(raw, generator) if number % 2 else json.dumps(change_json(document, generator)).encode()
        if number % 50 == 7:
            data = b"[" * 200_000 + data
        if number % 50 == 11:  # a number of 5,000 digits: Python refuses to parse it (ValueError)
            data = raw.replace(b'"score": ', b'"score": ' + b"9" * 5000, 1)
        source.write_bytes(data)
        started = time.perf_counter()
        try:
            try:
                read_results(source)  # the check of the hostile bytes: this is what must stay under 2 s
            finally:
                slowest = max(slowest, time.perf_counter() - started)
            import_results(source, saves)  # checks again, then writes and fsyncs (the disk's own time)
            imported += 1
        except ResultsError as error:
            assert "\x1b" not in str(error) and "\u202e" not in str(error)
            refused += 1
        except Exception as error:  # anything else is a finding
            escaped.append(f"{number}: {type(error).__name__}: {error}"[:200])
        slowest_write = max(slowest_write, time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"results fuzz: {COUNT} files, {imported} imported, {refused} refused, {len(escaped)} escaped, "
        f"slowest check {slowest:.3f} s (with the fsynced write {slowest_write:.3f} s), "
        f"peak memory of the process {peak:.0f} MB"
    )
    assert escaped == []
    assert slowest < 2.0
    assert imported > 0 and refused > COUNT // 2
    assert all(".tmp" not in p.name for p in (saves / "imported").iterdir())
