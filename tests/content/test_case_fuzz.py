"""Fuzzed case files: no exception escapes the loader, no input takes 2 s, the process stays under 200 MB.

The suite runs a few hundred inputs; `KLEINEKERNEN_FUZZ=20000` runs the full count (about three minutes).
The fuzzer runs in its own process, so its peak memory is its own, and a hang cannot stall the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO

COUNT = int(os.environ.get("KLEINEKERNEN_FUZZ", "300"))


def test_fuzzed_case_files_give_located_errors_in_bounded_time_and_memory() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.content.case_fuzz", str(COUNT), "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60 + COUNT * 0.1,
        check=False,
    )
    assert done.stderr == ""
    figures = json.loads(done.stdout)
    assert figures["inputs"] == COUNT
    assert (figures["escapes"], figures["first_escapes"]) == (0, [])
    assert (figures["unlocated"], figures["first_unlocated"]) == (0, [])
    assert (figures["hangs"], figures["first_hangs"]) == (0, [])
    assert figures["slowest_seconds"] < 2
    assert figures["peak_memory_mb"] < 200
    assert done.returncode == 0
