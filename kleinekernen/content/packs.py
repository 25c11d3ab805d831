"""Packs: a folder of cases under scenarios/cases/ with a small manifest (pack.toml), shared as a zip.

`install_pack` checks a zip before anything lands in scenarios/cases/: names (no '..', no absolute path,
no link, no control or bidirectional character, no two files on one name), sizes and file counts are
capped, every file is read through the loader, and only a sound pack is renamed into place in one step.
The zip is unpacked into a hidden folder beside cases/ (`scenarios/.pack-install-*`, which the deck never
reads), so a kill at any moment leaves the deck with the old packs or with the whole new one, never a
part; `clean_pack_leftovers` removes what a killed install left, at the next install or start. Whatever
the zip library raises on a damaged, encrypted or unsupported zip becomes a `PackError` that says so.
"""

from __future__ import annotations

import contextlib
import io
import lzma
import os
import shutil
import stat
import struct
import tempfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from ..files.atomic import fsync_folder, write_bytes_atomic
from ..files.names import is_clean, shown
from ..i18n import Catalog
from .deck import load_deck, slug
from .manifest import MANIFEST, read_manifest
from .problems import Problem

MAX_FILES = 300
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 25 * 1024 * 1024
MAX_RATIO = 100
MAX_ZIP_BYTES = MAX_TOTAL_BYTES + 1024 * 1024
MAX_NAME_CHARS = 100
MAX_DEPTH = 8
STAGING_PREFIX = ".pack-install-"
REPLACES = "replaces.txt"  # in the staging folder: the name of the pack an upgrade moved aside
OLD = "old"
# What the zip library (and the decompressors under it) may raise on a damaged, encrypted, truncated or
# unsupported zip: each becomes a PackError naming the zip.
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    RuntimeError,  # encrypted members, and RecursionError (a subclass) on a nested damaged header
    NotImplementedError,  # an unsupported compression method
    zlib.error,
    lzma.LZMAError,
    EOFError,  # a truncated bzip2 or lzma stream
    struct.error,
    ValueError,  # bz2 on damaged data, a negative offset, a NUL in a name
    OverflowError,
    IndexError,
    KeyError,
    UnicodeError,
)
ALLOWED_SUFFIXES = {".toml", ".png", ".jpg", ".jpeg", ".md", ".txt"}


class PackError(ValueError):
    """A pack that is refused, e.g. PackError('kapot.zip: ../../x.toml verlaat het pakket met ..')."""


class UpgradeNeeded(PackError):
    """A newer version of an installed pack: installed only when the trainer agrees (`--upgrade`)."""

    def __init__(self, message: str, pack: str = "", old: str = "", new: str = "") -> None:
        super().__init__(message)
        self.pack, self.old, self.new = pack, old, new


def _refused(name: str, lang: str, key: str, /, **values: object) -> PackError:
    """The refusal `pack.KEY` of the catalogue, in `lang`, after the name of the zip or folder."""
    return PackError(f"{name}: {Catalog(lang)(f'pack.{key}', **values)}")


def make_pack(
    folder: Path, output: Path, lang: str = "nl", *, scenarios: Path | None = None, assets: Path | None = None
) -> Path:
    """Zip a pack folder: its manifest, cases and pictures (links and other files are left out).

    With `scenarios`, the whole check runs first (manifest and every case against the deck): a pack with
    errors is refused with them and no zip is written."""
    if not (folder / MANIFEST).is_file():
        raise _refused(str(folder), lang, "no_manifest", manifest=MANIFEST)
    if scenarios is not None:
        _check_folder(folder, scenarios, assets, lang)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink() and path.suffix.lower() in ALLOWED_SUFFIXES:
                archive.write(path, PurePosixPath(folder.name, *path.relative_to(folder).parts).as_posix())
    output.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(output, buffer.getvalue())
    return output


def _check_folder(folder: Path, scenarios: Path, assets: Path | None, lang: str) -> None:
    """PackError listing every problem of the folder's manifest and cases."""
    manifest = read_manifest(folder, lang)
    problems = manifest if isinstance(manifest, list) else []
    cases = sorted(p for p in folder.rglob("*.toml") if p.name != MANIFEST)
    result = load_deck(scenarios, assets=assets or scenarios.parent / "assets", lang=lang, extra_cases=cases)
    problems += [p for p in result.problems if _inside(p.file, folder)]
    if not isinstance(manifest, list):  # a new version of an installed pack: the installed ids are its own
        installed = scenarios / "cases" / slug(manifest.name)
        if installed.is_dir() and not _within(folder, installed):
            problems = [p for p in problems if not any(f"{w}{os.sep}" in p.message for w in _names_of(installed))]
    if problems:
        raise PackError("\n".join(str(problem) for problem in problems))


def _member_path(name: str, info: zipfile.ZipInfo, lang: str) -> PurePosixPath:
    """The member's path inside the pack, or PackError when its name could harm or deceive."""
    raw = info.filename
    if not is_clean(raw):
        raise _refused(name, lang, "control_in_name", member=shown(raw))
    if raw.startswith(("/", "\\")) or (len(raw) > 1 and raw[1] == ":"):
        raise _refused(name, lang, "absolute", member=shown(raw))
    path = PurePosixPath(raw.replace("\\", "/"))
    if ".." in path.parts:
        raise _refused(name, lang, "leaves", member=shown(raw))
    if len(path.parts) > MAX_DEPTH or any(len(part) > MAX_NAME_CHARS for part in path.parts):
        raise _refused(name, lang, "too_deep", member=shown(raw), chars=MAX_NAME_CHARS, depth=MAX_DEPTH)
    if stat.S_ISLNK(info.external_attr >> 16):
        raise _refused(name, lang, "link", member=shown(raw))
    return path


def _safe_members(archive: zipfile.ZipFile, name: str, lang: str) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    members = archive.infolist()
    if len(members) > MAX_FILES:
        raise _refused(name, lang, "too_many", count=len(members), most=MAX_FILES)
    total = 0
    safe = []
    files: set[str] = set()
    folders: set[str] = set()
    for info in members:
        path = _member_path(name, info, lang)
        if info.is_dir():
            continue
        shown_name = shown(info.filename)
        if path.suffix.lower() not in ALLOWED_SUFFIXES:
            raise _refused(name, lang, "kind", member=shown_name)
        key = path.as_posix().casefold()
        if key in files or key in folders:
            raise _refused(name, lang, "twice", member=shown_name)
        parents = {parent.as_posix().casefold() for parent in path.parents if parent.parts}
        if parents & files:
            raise _refused(name, lang, "inside_file", member=shown_name)
        files.add(key)
        folders |= parents
        if info.file_size > MAX_FILE_BYTES:
            raise _refused(name, lang, "file_too_big", member=shown_name, size=info.file_size, most=MAX_FILE_BYTES)
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise _refused(name, lang, "bomb", member=shown_name, ratio=info.file_size // info.compress_size)
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refused(name, lang, "total_too_big", most=MAX_TOTAL_BYTES)
        safe.append((info, path))
    return safe


def _write_durable(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _zip_trouble(error: BaseException) -> str:
    """The catalogue key (pack.damaged.*) of what is wrong with the zip."""
    if isinstance(error, RuntimeError) and "password" in str(error):
        return "damaged.password"
    if isinstance(error, NotImplementedError):
        return "damaged.method"
    return "damaged.other"


def _unpack(zip_path: Path, unpacked: Path, lang: str) -> None:
    """Every sound member of the zip written below `unpacked`; PackError for anything else."""
    name = shown(zip_path.name)
    try:
        size = zip_path.stat().st_size
        if zip_path.is_symlink() or not zip_path.is_file() or not zipfile.is_zipfile(zip_path):
            raise _refused(name, lang, "not_zip")
        if size > MAX_ZIP_BYTES:
            raise _refused(name, lang, "zip_too_big", size=size, most=MAX_ZIP_BYTES)
        with zipfile.ZipFile(zip_path) as archive:
            for info, path in _safe_members(archive, name, lang):
                with archive.open(info) as source:
                    data = source.read(MAX_FILE_BYTES + 1)
                if len(data) > MAX_FILE_BYTES:
                    raise _refused(name, lang, "larger_than_said", member=shown(info.filename))
                _write_durable(unpacked.joinpath(*path.parts), data)
    except PackError:
        raise
    except ZIP_ERRORS as error:
        detail = f"{type(error).__name__}: {shown(str(error))}"
        raise _refused(name, lang, _zip_trouble(error), detail=detail) from None
    except OSError as error:
        raise _refused(name, lang, "cannot_unpack", detail=error.strerror or type(error).__name__) from None


def _put_back(staging: Path, cases: Path) -> None:
    """An old pack moved aside by an upgrade that was killed before the new one was in place goes back."""
    try:
        place = cases / (staging / REPLACES).read_text(encoding="utf-8")
        if (staging / OLD).is_dir() and not place.exists() and place.parent == cases:
            os.rename(staging / OLD, place)
            fsync_folder(cases)
    except (OSError, UnicodeError):
        return


def clean_pack_leftovers(scenarios: Path) -> list[Path]:
    """Remove the hidden folders of installs that were killed half-way; returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(scenarios.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if entry.name.startswith(STAGING_PREFIX) and entry.is_dir() and not entry.is_symlink():
            _put_back(entry, scenarios / "cases")
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def _version(text: str) -> tuple[int, ...]:
    """'1.10' -> (1, 10); a version that is not numbers counts as (0,)."""
    try:
        return tuple(int(part) for part in text.strip().split("."))
    except ValueError:
        return (0,)


def _may_replace(target: Path, new_version: str, upgrade: bool, lang: str, name: str) -> None:
    """PackError unless the installed pack at `target` is older than `new_version` and upgrading is allowed."""
    installed = read_manifest(target, lang)
    old_version = "?" if isinstance(installed, list) else installed.version
    if _version(new_version) <= _version(old_version):
        raise _refused(name, lang, "installed", pack=target.name)
    if not upgrade:
        message = Catalog(lang)("pack.upgrade_needed", pack=target.name, old=old_version, new=new_version)
        raise UpgradeNeeded(f"{name}: {message}", target.name, old_version, new_version)


def _check_unpacked(
    unpacked: Path, scenarios: Path, assets: Path, name: str, lang: str, upgrade: bool = False
) -> tuple[Path, Path]:
    """The pack folder inside `unpacked` and where it goes, or PackError for an unsound or repeated pack."""
    manifests = list(unpacked.rglob(MANIFEST))
    if len(manifests) != 1:
        raise _refused(name, lang, "manifests", manifest=MANIFEST, count=len(manifests))
    folder = manifests[0].parent
    manifest = read_manifest(folder, lang)
    if isinstance(manifest, list):
        raise PackError(_inside_zip(manifest, unpacked, name))
    for label, value in (("name", manifest.name), ("author", manifest.author), ("licence", manifest.licence)):
        if not is_clean(value):
            raise _refused(name, lang, "control_in_manifest", manifest=MANIFEST, field=label, value=shown(value))
    target = scenarios / "cases" / slug(manifest.name)
    if target.exists():
        _may_replace(target, manifest.version, upgrade, lang, name)
    cases = sorted(p for p in folder.rglob("*.toml") if p.name != MANIFEST)
    try:
        result = load_deck(scenarios, assets=assets, lang=lang, extra_cases=cases)
    except RecursionError:
        raise _refused(name, lang, "nested") from None
    mine = [p for p in result.problems if _inside(p.file, unpacked)]
    if target.exists():  # an upgrade: the ids the old version holds are its own, not a clash
        mine = [p for p in mine if not any(f"{written}{os.sep}" in p.message for written in _names_of(target))]
    if mine:
        raise PackError(_inside_zip(mine, unpacked, name))
    return folder, target


def _inside(file: str, folder: Path) -> bool:
    """Whether a problem's file (as `display_name` wrote it: relative to the working folder, or whole) is below
    `folder`."""
    try:
        return Path(file).resolve().is_relative_to(folder.resolve())
    except (OSError, ValueError):
        return False


def _names_of(folder: Path) -> set[str]:
    """The ways a message may name `folder`: whole, resolved, and relative to the working folder."""
    names = {str(folder), str(folder.resolve())}
    with contextlib.suppress(ValueError):  # another drive on Windows
        names.add(os.path.relpath(folder))
    return names


def _inside_zip(problems: list[Problem], unpacked: Path, name: str) -> str:
    """Problems located as in the zip (`pakket.zip: p/case.toml:3:1: …`), never in the hidden install folder."""
    lines = []
    for problem in problems:
        file = problem.file
        if _inside(file, unpacked):
            file = f"{name}: {Path(file).resolve().relative_to(unpacked.resolve()).as_posix()}"
        message = problem.message
        for written in sorted(_names_of(unpacked), key=len, reverse=True):
            message = message.replace(f"{written}{os.sep}", f"{name}: ")
        lines.append(str(Problem(file, problem.line, problem.col, problem.field, message)))
    return "\n".join(lines)


def zip_destination(folder: Path, output: Path | None, scenarios: Path, lang: str = "nl") -> Path:
    """Where `pack` writes the zip of `folder`: `output`, else NAME.zip in the working folder; never inside the
    pack or scenarios/ (the working folder is then the game's own folder, next to scenarios/)."""
    if output is not None:
        if _within(output, folder) or _within(output, scenarios):
            raise _refused(str(output), lang, "zip_inside", folder=str(folder), scenarios=str(scenarios))
        return output
    place = Path.cwd()
    if _within(place, folder) or _within(place, scenarios):
        place = scenarios.parent
    return place / f"{folder.resolve().name}.zip"


def _within(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, ValueError):
        return False


def install_pack(zip_path: Path, scenarios: Path, assets: Path, lang: str = "nl", *, upgrade: bool = False) -> Path:
    """Check a pack zip whole and, only if it is sound, rename it into scenarios/cases/<pack> in one step.

    An older installed version is replaced (with `upgrade`): it is first moved into the hidden install folder,
    next to a note naming its place, so a kill between the two renames is undone by `clean_pack_leftovers`."""
    name = shown(zip_path.name)
    clean_pack_leftovers(scenarios)
    try:
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=scenarios))
    except OSError as error:
        raise _refused(name, lang, "cannot_stage", folder=scenarios, detail=error.strerror) from None
    try:
        unpacked = staging / "pack"
        _unpack(zip_path, unpacked, lang)
        folder, target = _check_unpacked(unpacked, scenarios, assets, name, lang, upgrade)
        try:
            for written in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
                fsync_folder(written)
            if target.exists():
                _write_durable(staging / REPLACES, target.name.encode("utf-8"))
                fsync_folder(staging)
                os.rename(target, staging / OLD)
                fsync_folder(target.parent)
            os.rename(folder, target)
            fsync_folder(target.parent)
        except OSError as error:
            raise _refused(name, lang, "cannot_place", folder=target.parent, detail=error.strerror) from None
        return target
    finally:
        shutil.rmtree(staging, ignore_errors=True)
