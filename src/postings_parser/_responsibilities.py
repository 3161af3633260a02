"""Stage 3c: the responsibilities section as a list of items."""

from __future__ import annotations

from ._blocks import Normalized
from ._models import Responsibilities, Section


def find_responsibilities(norm: Normalized, sections: list[Section]) -> Responsibilities | None:
    """The responsibilities of a posting, from its sections (None until item extraction lands)."""
    del norm, sections
    return None
