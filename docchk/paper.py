"""Name a page size (A4, US Letter, ...) from its dimensions in millimetres.

The sizes and the tolerance are data (``docchk/data/paper_sizes.json``);
either orientation matches.
"""

from __future__ import annotations

from docchk import facts


def size_name(width_mm: float | None, height_mm: float | None) -> str | None:
    """The paper size within tolerance of the dimensions, or None."""
    if not width_mm or not height_mm:
        return None
    data = facts.load("paper_sizes")
    tol = data["tolerance_mm"]
    short, long_ = sorted((width_mm, height_mm))
    for size in data["sizes"]:
        s_short, s_long = sorted((size["width_mm"], size["height_mm"]))
        if abs(short - s_short) <= tol and abs(long_ - s_long) <= tol:
            return size["name"]
    return None


def is_required_size(width_mm: float | None, height_mm: float | None) -> bool:
    return size_name(width_mm, height_mm) == facts.load("paper_sizes")["required"]
