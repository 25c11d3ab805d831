"""Fuzzing install-pack: seeded byte mutations of real pack zips (stored, deflated, bzip2, lzma).

Every mutated zip is installed or refused with a PackError, each within 2 s, with nothing else escaping
and no half pack left behind. The default suite runs a few hundred; `KLEINEKERNEN_FUZZ=20000` the full run
(its figures are printed with -s).
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import signal
import time
import zipfile
from pathlib import Path
from types import FrameType

from kleinekernen.content.packs import PackError, install_pack
from tests.content.test_pack_install_safety import CASE
from tests.content.test_packs import MANIFEST

LIMIT_SECONDS = 2.0
COUNT = int(os.environ.get("KLEINEKERNEN_FUZZ", "300"))
METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)


def base_zip(method: int) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        archive.writestr("drentse-dorpen/", b"")
        archive.writestr("drentse-dorpen/pack.toml", MANIFEST)
        for n in range(3):
            archive.writestr(f"drentse-dorpen/drents-{n}.toml", CASE.replace("carnavalswagen", f"drents-{n}"))
        archive.writestr("drentse-dorpen/lees-mij.md", "Drie casussen uit Drenthe.\n")
    return buffer.getvalue()


INTERESTING = (0, 1, 0x7F, 0x80, 0xFF, 0xFFFF, 0xFFFFFFFF)


def mutate(data: bytes, generator: random.Random) -> bytes:
    """One to a few changes of the kinds that break zip readers: flipped bytes, boundary numbers in header
    fields, cut or repeated pieces, inserted bytes."""
    out = bytearray(data)
    for _ in range(generator.randint(1, 4)):
        if not out:  # cut to nothing: nothing left to change
            break
        kind = generator.randrange(6)
        at = generator.randrange(len(out))
        if kind == 0:
            out[at] ^= 1 << generator.randrange(8)
        elif kind == 1:
            out[at] = generator.randrange(256)
        elif kind == 2:
            width = generator.choice((2, 4))
            value = generator.choice(INTERESTING) & ((1 << (8 * width)) - 1)
            out[at : at + width] = value.to_bytes(width, "little")
        elif kind == 3:
            out = out[: generator.randrange(len(out) + 1)]
        elif kind == 4:
            end = min(len(out), at + generator.randint(1, 64))
            out[at:at] = out[at:end]
        else:
            out[at:at] = bytes(generator.randrange(256) for _ in range(generator.randint(1, 8)))
    return bytes(out)


class Hang(Exception):
    pass


def on_alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


def test_mutated_pack_zips_are_installed_or_refused_never_anything_else(scenarios_copy: Path, tmp_path: Path) -> None:
    bases = [base_zip(method) for method in METHODS]
    generator = random.Random(2026)
    assets = scenarios_copy.parent / "assets"
    target = scenarios_copy / "cases" / "drentse-dorpen"
    path = tmp_path / "fuzz.zip"
    escaped: list[str] = []
    slowest = 0.0
    installed = refused = 0
    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        for number in range(COUNT):
            path.write_bytes(mutate(bases[number % len(bases)], generator))
            started = time.perf_counter()
            signal.alarm(10)
            try:
                install_pack(path, scenarios_copy, assets)
                installed += 1
            except PackError as error:
                assert "\x1b" not in str(error)
                refused += 1
            except Exception as error:  # anything else is a finding: record it with its input number
                escaped.append(f"{number}: {type(error).__name__}: {error}"[:200])
            finally:
                signal.alarm(0)
            slowest = max(slowest, time.perf_counter() - started)
            if target.exists():
                shutil.rmtree(target)
    finally:
        signal.signal(signal.SIGALRM, previous)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"pack fuzz: {COUNT} zips, {installed} installed, {refused} refused, {len(escaped)} escaped, "
        f"slowest {slowest:.3f} s, peak memory of the process {peak:.0f} MB"
    )
    assert escaped == []
    assert slowest < LIMIT_SECONDS
    assert refused > COUNT // 2
    assert [p.name for p in scenarios_copy.iterdir() if p.name.startswith(".")] == []
