"""Tones of a palette role, for the style-sheet modules (plain text, no Qt)."""

from __future__ import annotations


def mix(colour: str, other: str, share: float) -> str:
    """`colour` moved `share` of the way to `other` (#RRGGBB): a tone of a palette role."""
    a = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * share):02X}" for x, y in zip(a, b, strict=True))
