"""Het Kleine Kernen Spel, digitaal: a reflective facilitation game for villages."""

__version__ = "0.1.0"
