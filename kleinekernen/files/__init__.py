"""The lowest layer: reading and writing files safely (plain files only, bounded sizes, atomic writes).

Every other package may use this one; it imports nothing of the game.
"""
