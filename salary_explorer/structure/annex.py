"""The method of the annex to Permenaker 1/2017 (struktur dan skala upah): pure arithmetic.

- Tabel Rumus Skala Upah (annex p. 8): minimum, midpoint, maximum and range spread, any two give the
  other two. Spread (rentang) is measured on the minimum, ``(max - min) / min``; the midpoint is the
  arithmetic one, ``(min + max) / 2``.
- The pay line ``Y = a + b.X``: through two points (the lowest and highest grade midpoints, annex
  Bab II and IV) or fitted by least squares through every job (the annex's Excel scatter, p. 44).
- Grading by point intervals: jobs' job-evaluation points mapped to golongan by equal intervals.

Figures stay unrounded inside; ``rupiah`` rounds half-up to whole rupiah at the end, as the annex's
printed midpoints are (rounding the slope first puts them 1-2 rupiah off).
"""

from __future__ import annotations

import math
from dataclasses import dataclass


def rupiah(x: float) -> int:
    """Whole rupiah, half-up (2.391.666,67 -> 2.391.667)."""
    return int(math.floor(x + 0.5))


# ---------- the six formulas ----------
def from_min_max(low: float, high: float) -> tuple[float, float]:
    """Formula 1: (spread, mid)."""
    return (high - low) / low, (high + low) / 2


def from_min_spread(low: float, spread: float) -> tuple[float, float]:
    """Formula 2: (max, mid)."""
    return low * (spread + 1), low * (spread + 2) / 2


def from_min_mid(low: float, mid: float) -> tuple[float, float]:
    """Formula 3: (max, spread)."""
    return 2 * mid - low, 2 * (mid - low) / low


def from_max_spread(high: float, spread: float) -> tuple[float, float]:
    """Formula 4: (min, mid). The annex OCR shows ``Spread + 2`` under Min; the algebra needs ``Spread + 1``."""
    return high / (spread + 1), high * (spread + 2) / (2 * (spread + 1))


def from_max_mid(high: float, mid: float) -> tuple[float, float]:
    """Formula 5: (min, spread)."""
    return 2 * mid - high, 2 * (high - mid) / (2 * mid - high)


def from_mid_spread(mid: float, spread: float) -> tuple[float, float]:
    """Formula 6: (min, max)."""
    return 2 * mid / (spread + 2), 2 * mid * (spread + 1) / (spread + 2)


def complete(
    *, low: float | None = None, mid: float | None = None, high: float | None = None, spread: float | None = None
) -> tuple[float, float, float, float]:
    """Any two of min, mid, max and spread -> (min, mid, max, spread), by the annex's six formulas."""
    known = {k for k, v in {"low": low, "mid": mid, "high": high, "spread": spread}.items() if v is not None}
    if len(known) != 2:
        raise ValueError(f"give exactly two of min, mid, max, spread (got {sorted(known) or 'none'})")
    if known == {"low", "high"}:
        spread, mid = from_min_max(low, high)
    elif known == {"low", "spread"}:
        high, mid = from_min_spread(low, spread)
    elif known == {"low", "mid"}:
        high, spread = from_min_mid(low, mid)
    elif known == {"high", "spread"}:
        low, mid = from_max_spread(high, spread)
    elif known == {"high", "mid"}:
        low, spread = from_max_mid(high, mid)
    else:
        low, high = from_mid_spread(mid, spread)
    return low, mid, high, spread


# ---------- the pay line ----------
@dataclass(frozen=True)
class Line:
    """``Y = a + b.X``: X a golongan number (two-point) or job-evaluation points (least squares)."""

    a: float
    b: float
    method: str  # "two_point" | "least_squares"
    r2: float | None = None  # least squares only

    def at(self, x: float) -> float:
        return self.a + self.b * x


def two_point_line(x1: float, y1: float, xn: float, yn: float) -> Line:
    """The line through (x1, y1) and (xn, yn): ``b = (yn - y1) / (xn - x1)``, ``a = y1 - b.x1`` (unrounded)."""
    if xn == x1:
        raise ValueError("the two points need different X")
    b = (yn - y1) / (xn - x1)
    return Line(y1 - b * x1, b, "two_point")


def least_squares_line(xs: list[float], ys: list[float]) -> Line:
    """Ordinary least squares of Y on X (at least two distinct X)."""
    n = len(xs)
    if n != len(ys) or n < 2:
        raise ValueError("need at least two points")
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        raise ValueError("every point has the same X")
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    b = sxy / sxx
    a = my - b * mx
    syy = sum((y - my) ** 2 for y in ys)
    r2 = (sxy * sxy) / (sxx * syy) if syy else 1.0
    return Line(a, b, "least_squares", r2)


# ---------- grading by points ----------
@dataclass(frozen=True)
class Intervals:
    """Equal point intervals: golongan g holds points in [start + (g-1).width, start + g.width)."""

    start: float
    width: float
    n: int

    def grade(self, points: float) -> int:
        g = int(math.floor((points - self.start) / self.width)) + 1
        return min(max(g, 1), self.n)

    def bounds(self, g: int) -> tuple[float, float]:
        return self.start + (g - 1) * self.width, self.start + g * self.width

    def centre(self, g: int) -> float:
        low, high = self.bounds(g)
        return (low + high) / 2


def equal_intervals(points: list[float], n: int) -> Intervals:
    """``n`` equal intervals from the lowest to the highest points (the highest job falls in golongan n)."""
    if n < 1:
        raise ValueError("at least one golongan")
    low, high = min(points), max(points)
    width = (high - low) / n if high > low else 1.0
    return Intervals(low, width, n)
