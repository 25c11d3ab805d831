"""Checks on a case's illustration file: inside the allowed folders, an image, not too large."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from PIL import Image

from ..files.reading import FileTooLarge, UnreadableFile, read_bytes_bounded
from .messages import say

MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_IMAGE_SIDE = 2400
IMAGE_FORMATS = ("PNG", "JPEG")
ASSETS_PREFIX = "assets/"
MAX_NAME_CHARS = 63
"""Characters of one folder or file name in an illustration's path: 63 fit the 255 bytes file systems allow."""
MAX_PATH_CHARS = 400
SHRINK_TO = 1600
"""Pixels on the long side the message about too large an image suggests: sharp on a 4K card, well under 2 MB."""
_NOT_IN_NAMES = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class ImageIssue:
    key: str
    values: dict[str, object]

    def message(self, lang: str) -> str:
        return say(self.key, lang, **self.values)


def resolve_illustration(written: str, case_folder: Path, assets_folder: Path) -> Path | ImageIssue:
    """The real path of an illustration as written in a case, or why it may not be used.

    A path is relative: to the case's own folder, or to the game's assets folder when it starts with
    `assets/`. It may not climb out with `..`, be absolute, or lead out through a symbolic link; a name
    no file system can hold (a control character, a part longer than a file name may be) is refused
    before the file system is asked.
    """
    if issue := _name_issue(written):
        return issue
    if PurePosixPath(written).is_absolute() or PureWindowsPath(written).is_absolute() or written.startswith("\\"):
        return ImageIssue("image_absolute", {"path": written})
    parts = PurePosixPath(written.replace("\\", "/")).parts
    if ".." in parts:
        return ImageIssue("image_parent", {"path": written})
    base = case_folder
    if written.startswith(ASSETS_PREFIX):
        base, parts = assets_folder, parts[1:]
    try:
        real = base.joinpath(*parts).resolve()
        if not real.is_relative_to(base.resolve()):
            return ImageIssue("image_outside", {"path": written})
        if not real.exists():
            return ImageIssue("image_missing", {"path": written})
    except OSError as error:
        return ImageIssue("image_unreadable", {"path": written, "detail": error.strerror or error})
    return real


def _name_issue(written: str) -> ImageIssue | None:
    if found := _NOT_IN_NAMES.search(written):
        return ImageIssue("image_bad_name", {"path": _visible(written), "code": f"U+{ord(found.group()):04X}"})
    if len(written) > MAX_PATH_CHARS:
        return ImageIssue("image_path_too_long", {"path": written, "length": len(written), "limit": MAX_PATH_CHARS})
    for part in re.split(r"[/\\]", written):
        if len(part) > MAX_NAME_CHARS:
            return ImageIssue("image_name_too_long", {"path": written, "length": len(part), "limit": MAX_NAME_CHARS})
    return None


def _visible(text: str) -> str:
    """The text with every invisible character written as its code, so a message shows where it is."""
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)


def _pixels(path: Path) -> tuple[int, int] | None:
    """Width and height from an image's header (Pillow reads no more than that), or None when it is none."""
    try:
        with Image.open(path) as image:
            return image.size
    except Exception:  # not an image, or one Pillow refuses to open: the size stays unknown
        return None


def check_image(path: Path, written: str) -> ImageIssue | None:
    """None if the file is a plain PNG or JPEG file small enough for a card; else what is wrong."""
    try:
        data = read_bytes_bounded(path, MAX_IMAGE_BYTES)
    except FileTooLarge as error:
        pixels = _pixels(path)
        if pixels is None:
            return ImageIssue("image_too_many_bytes", {"path": written, "size": error.size, "limit": MAX_IMAGE_BYTES})
        values = {"path": written, "kb": -(-error.size // 1024), "limit_kb": MAX_IMAGE_BYTES // 1024}
        return ImageIssue("image_too_big_px", {**values, "width": pixels[0], "height": pixels[1], "aim": SHRINK_TO})
    except UnreadableFile:  # a folder, a pipe or a device where the picture should be
        return ImageIssue("image_not_image", {"path": written})
    except OSError as error:
        return ImageIssue("image_unreadable", {"path": written, "detail": error.strerror or error})
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            kind = image.format
            image.verify()
    except Exception:  # Pillow raises many kinds for a broken file; each means "not an image"
        return ImageIssue("image_not_image", {"path": written})
    if kind not in IMAGE_FORMATS:
        return ImageIssue("image_not_image", {"path": written})
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
        return ImageIssue(
            "image_too_many_pixels",
            {"path": written, "width": width, "height": height, "limit": MAX_IMAGE_SIDE},
        )
    return None
