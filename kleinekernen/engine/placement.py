"""Whether the group placed a case where its card puts it (the rule `rolbewustzijn` judges the same)."""

from __future__ import annotations

from ..content.models import Case
from .choices import Place


def placement_is_right(case: Case, placement: Place) -> bool:
    return placement.owner == case.owner and placement.needs_other == case.needs_other
