"""Names that cannot forge what a terminal or a folder shows: no control and no bidirectional characters.

An ESC in a zip member's name would let a pack rewrite the terminal's screen when the name is printed; a
U+202E (right-to-left override) makes `gevaarlijk\u202etxt.exe` look like `gevaarlijkexe.txt`. `is_clean`
tells whether a name is free of them, `shown` turns any name into one that is safe to print (each such
character becomes a visible `\\x1b` or `\\u202e`).
"""

from __future__ import annotations

import unicodedata

# Categories that never belong in a name: controls (C0, DEL, C1), formats (bidirectional embeddings,
# overrides and isolates, zero-width characters), surrogates, private use, unassigned, line and
# paragraph separators.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def is_hidden(character: str) -> bool:
    return unicodedata.category(character) in HIDDEN_CATEGORIES


def is_clean(name: str) -> bool:
    """Whether a name shows exactly what it holds: no control, format or bidirectional character."""
    return not any(is_hidden(character) for character in name)


def _escape(character: str) -> str:
    point = ord(character)
    if point < 0x100:
        return f"\\x{point:02x}"
    if point < 0x10000:
        return f"\\u{point:04x}"
    return f"\\U{point:08x}"


def shown(name: str) -> str:
    """The name safe to print: every hidden character written out as an escape, the rest unchanged."""
    return "".join(_escape(character) if is_hidden(character) else character for character in name)


# Embeddings, overrides and isolates: they reorder what follows them, so typed text could show another
# text than it holds. The marks U+200E and U+200F only nudge neutral characters and are kept.
BIDI_REORDERING = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable_text(text: str) -> str:
    """Typed text safe for a document: control characters and bidirectional reorderings removed, tabs as
    spaces, line breaks kept (as \\n). Letters of every script, emoji and their joiners stay."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(
        character
        for character in text
        if character == "\n" or (unicodedata.category(character) != "Cc" and character not in BIDI_REORDERING)
    )
