"""The room: every phone in the hall votes, the laptop counts.

A small web server on the laptop's own network (aiohttp, in a thread beside the pygame loop), a page for phones
served from this package, a QR code of the address. Nothing from a phone reaches the disk except the counts the
game keeps in its journal; no pygame here (the screen polls `Room.snapshot()` each frame).
"""
