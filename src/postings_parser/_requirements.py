"""Stage 3d: degree and years-of-experience requirements."""

from __future__ import annotations

from ._blocks import Normalized
from ._models import Requirement, Section


def find_requirements(norm: Normalized, sections: list[Section]) -> list[Requirement]:
    """The requirements stated in a posting (empty until requirement extraction lands)."""
    del norm, sections
    return []
