"""The room's address as a QR code (segno): modules for the screen to draw, or a PNG."""

from __future__ import annotations

import io

import segno


def qr_modules(address: str) -> list[list[bool]]:
    """The QR code's dark (True) and light modules, row by row, with its quiet zone."""
    code = segno.make(address, error="m", micro=False)
    return [[bool(module) for module in row] for row in code.matrix_iter(scale=1, border=4)]


def qr_png(address: str, scale: int = 8) -> bytes:
    out = io.BytesIO()
    segno.make(address, error="m", micro=False).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()
