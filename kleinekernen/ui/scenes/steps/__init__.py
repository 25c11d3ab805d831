"""The case's steps, one view each: draw, place, roles and moves, hand-over, outcome, reveal, reflect."""
