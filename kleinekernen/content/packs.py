"""Packs: a folder of cases under scenarios/cases/ with a small manifest (pack.toml), shared as a zip.

`install_pack` checks a zip before anything lands in scenarios/: names (no '..', no absolute path, no
link), sizes and file counts are capped, every file is read through the loader, and only a sound pack is
moved into place. A refused zip writes nothing outside a temporary folder that is removed again.
"""

from __future__ import annotations

import shutil
import stat
import tempfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import Literal

from pydantic import Field

from .deck import load_deck, slug
from .models import Model
from .problems import Problem
from .tomlfile import parse, validate

MANIFEST = "pack.toml"
MAX_FILES = 300
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 25 * 1024 * 1024
MAX_RATIO = 100
ALLOWED_SUFFIXES = {".toml", ".png", ".jpg", ".jpeg", ".md", ".txt"}


class PackManifest(Model):
    format: Literal[1] = 1
    name: str = Field(min_length=1, max_length=80, description="The pack's name, as the setup shows it.")
    author: str = Field("", max_length=120)
    language: Literal["nl", "en", "nl+en"] = "nl+en"
    version: str = Field("1.0", max_length=20)
    licence: str = Field("", max_length=80, description="Under which licence others may use the cases.")


class PackError(ValueError):
    """A pack that is refused, e.g. PackError('kapot.zip: ../../x.toml leaves the pack')."""


def read_manifest(folder: Path, lang: str = "nl") -> PackManifest | list[Problem]:
    path = folder / MANIFEST
    parsed = parse(str(path), path.read_bytes(), lang)
    if isinstance(parsed, list):
        return parsed
    return validate(str(path), parsed, PackManifest, lang)


def make_pack(folder: Path, output: Path) -> Path:
    """Zip a pack folder: its manifest, cases and pictures (links and other files are left out)."""
    if not (folder / MANIFEST).is_file():
        raise PackError(f"{folder}: no {MANIFEST} in the folder")
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink() and path.suffix.lower() in ALLOWED_SUFFIXES:
                archive.write(path, PurePosixPath(folder.name, *path.relative_to(folder).parts).as_posix())
    return output


def _safe_members(archive: zipfile.ZipFile, name: str) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    members = archive.infolist()
    if len(members) > MAX_FILES:
        raise PackError(f"{name}: {len(members)} files; a pack holds at most {MAX_FILES}")
    total = 0
    safe = []
    for info in members:
        path = PurePosixPath(info.filename.replace("\\", "/"))
        if info.filename.startswith(("/", "\\")) or (len(info.filename) > 1 and info.filename[1] == ":"):
            raise PackError(f"{name}: {info.filename} is an absolute path")
        if ".." in path.parts:
            raise PackError(f"{name}: {info.filename} leaves the pack with '..'")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackError(f"{name}: {info.filename} is a link")
        if info.is_dir():
            continue
        if path.suffix.lower() not in ALLOWED_SUFFIXES:
            raise PackError(f"{name}: {info.filename}: only .toml, pictures and notes belong in a pack")
        if info.file_size > MAX_FILE_BYTES:
            raise PackError(f"{name}: {info.filename} is {info.file_size} bytes; at most {MAX_FILE_BYTES}")
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise PackError(
                f"{name}: {info.filename} unpacks {info.file_size // info.compress_size}× larger: a zip bomb?"
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackError(f"{name}: more than {MAX_TOTAL_BYTES} bytes unpacked")
        safe.append((info, path))
    return safe


def install_pack(zip_path: Path, scenarios: Path, assets: Path, lang: str = "nl") -> Path:
    """Check a pack zip whole and, only if it is sound, put it in scenarios/cases/<pack>."""
    name = zip_path.name
    if zip_path.is_symlink() or not zip_path.is_file() or not zipfile.is_zipfile(zip_path):
        raise PackError(f"{name}: not a zip file")
    with tempfile.TemporaryDirectory() as work:
        unpacked = Path(work) / "pack"
        with zipfile.ZipFile(zip_path) as archive:
            for info, path in _safe_members(archive, name):
                target = unpacked.joinpath(*path.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as source:
                    data = source.read(MAX_FILE_BYTES + 1)
                if len(data) > MAX_FILE_BYTES:
                    raise PackError(f"{name}: {info.filename} is larger than it says")
                target.write_bytes(data)
        manifests = list(unpacked.rglob(MANIFEST))
        if len(manifests) != 1:
            raise PackError(f"{name}: a pack has exactly one {MANIFEST}; found {len(manifests)}")
        folder = manifests[0].parent
        manifest = read_manifest(folder, lang)
        if isinstance(manifest, list):
            raise PackError("\n".join(str(problem) for problem in manifest))
        target = scenarios / "cases" / slug(manifest.name)
        if target.exists():
            raise PackError(f"{name}: a pack called {target.name} is already installed")
        cases = sorted(p for p in folder.rglob("*.toml") if p.name != MANIFEST)
        result = load_deck(scenarios, assets=assets, lang=lang, extra_cases=cases)
        mine = [p for p in result.problems if p.file in {str(c) for c in cases} or p.file.startswith(str(unpacked))]
        if mine:
            raise PackError("\n".join(str(problem) for problem in mine))
        shutil.copytree(folder, target, symlinks=False)
        return target
