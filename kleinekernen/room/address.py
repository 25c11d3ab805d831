"""Where the room listens: the laptop's address on the hall's network, and the room code in the path."""

from __future__ import annotations

import contextlib
import secrets
import socket

CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
"""No 0/o, 1/l/i: a code people can read off the beamer and type."""
CODE_LENGTH = 6
LOOPBACK = "127.0.0.1"


def room_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def lan_address() -> str:
    """The laptop's address on its local network (the hall's Wi-Fi or its own hotspot), loopback without one.

    A UDP socket "connected" to a private address makes the system pick the interface it would use; no packet
    is sent, and nothing on the internet is asked.
    """
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("10.254.254.254", 1))
        address = str(probe.getsockname()[0])
        if address and not address.startswith("0."):
            return address
    return LOOPBACK


DEFAULT_PORT = 8321
ADDRESS_VARIABLE = "KLEINEKERNEN_ROOM"
"""HOST or HOST:PORT where the room listens, when the facilitator chooses (e.g. 127.0.0.1:0 to keep it local)."""


def chosen_address(value: str | None) -> tuple[str | None, int]:
    """The facilitator's choice (KLEINEKERNEN_ROOM): (host, port); (None, DEFAULT_PORT) means the LAN address.

    A port that is not a number 0..65535 falls back to the default; 0 is any free port."""
    if not value:
        return None, DEFAULT_PORT
    host, _, port = value.strip().rpartition(":") if ":" in value else (value.strip(), "", "")
    number = int(port) if port.isdigit() and int(port) <= 65535 else DEFAULT_PORT
    return host or None, number
