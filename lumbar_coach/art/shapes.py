"""SVG path data for the flat shapes of a picture, in picture pixels (y down)."""

from __future__ import annotations

import math

Node = tuple[float, float, float]
Point = tuple[float, float]


def circle(node: Node) -> str:
    """A full circle, drawn counter-clockwise like every capsule."""
    x, y, r = node
    return f"M{x + r:.1f} {y:.1f}A{r:.1f} {r:.1f} 0 1 0 {x - r:.1f} {y:.1f}A{r:.1f} {r:.1f} 0 1 0 {x + r:.1f} {y:.1f}Z"


def capsule(first: Node, second: Node) -> str:
    """The rounded hull of two circles: a segment of a limb that may taper."""
    x1, y1, r1 = first
    x2, y2, r2 = second
    dx, dy = x2 - x1, y2 - y1
    gap = math.hypot(dx, dy)
    if gap <= abs(r1 - r2) + 1e-6:
        return circle(first if r1 >= r2 else second)
    ux, uy = dx / gap, dy / gap
    c = (r1 - r2) / gap
    s = math.sqrt(1.0 - c * c)
    ax, ay = c * ux - s * uy, c * uy + s * ux
    bx, by = c * ux + s * uy, c * uy - s * ux
    far_large, near_large = (0, 1) if c > 0 else (1, 0)
    return (f"M{x1 + r1 * ax:.1f} {y1 + r1 * ay:.1f}L{x2 + r2 * ax:.1f} {y2 + r2 * ay:.1f}"
            f"A{r2:.1f} {r2:.1f} 0 {far_large} 0 {x2 + r2 * bx:.1f} {y2 + r2 * by:.1f}"
            f"L{x1 + r1 * bx:.1f} {y1 + r1 * by:.1f}A{r1:.1f} {r1:.1f} 0 {near_large} 0 {x1 + r1 * ax:.1f} {y1 + r1 * ay:.1f}Z")


def chain(nodes: tuple[Node, ...]) -> str:
    """One rounded shape through a chain of circles."""
    if len(nodes) == 1:
        return circle(nodes[0])
    return "".join(capsule(a, b) for a, b in zip(nodes, nodes[1:]))


def sweep(start: Point, middle: Point, end: Point) -> int:
    """The SVG sweep flag of an arc from ``start`` through ``middle`` to ``end``."""
    turn = (middle[0] - start[0]) * (end[1] - middle[1]) - (middle[1] - start[1]) * (end[0] - middle[0])
    return 1 if turn > 0 else 0


def hair(node: Node, toward: tuple[float, float, float]) -> str:
    """The half of a head's sphere around ``toward`` (picture x, y down, depth), as seen."""
    x, y, r = node
    hx, hy, hd = toward
    flat = math.hypot(hx, hy)
    if flat < 1e-3:
        return circle(node) if hd > 0 else ""
    hx, hy = hx / flat, hy / flat
    px, py = -hy, hx
    a, b = (x + r * px, y + r * py), (x - r * px, y - r * py)
    top = (x + r * hx, y + r * hy)
    bulge = (x - hd * r * hx, y - hd * r * hy)
    turn = math.degrees(math.atan2(py, px))
    minor = max(abs(hd) * r, 0.01)
    return (f"M{a[0]:.1f} {a[1]:.1f}A{r:.1f} {r:.1f} 0 0 {sweep(a, top, b)} {b[0]:.1f} {b[1]:.1f}"
            f"A{r:.1f} {minor:.2f} {turn:.1f} 0 {sweep(b, bulge, a)} {a[0]:.1f} {a[1]:.1f}Z")


def polyline(points: list[Point]) -> str:
    """An open path through points."""
    head, *rest = points
    return f"M{head[0]:.1f} {head[1]:.1f}" + "".join(f"L{x:.1f} {y:.1f}" for x, y in rest)


def arrowhead(tip: Point, back: Point, size: float) -> str:
    """A closed triangle pointing from ``back`` to ``tip``."""
    dx, dy = tip[0] - back[0], tip[1] - back[1]
    gap = math.hypot(dx, dy) or 1.0
    ux, uy = dx / gap, dy / gap
    bx, by = tip[0] - ux * size, tip[1] - uy * size
    w = size * 0.62
    return (f"M{tip[0] + ux * size * 0.25:.1f} {tip[1] + uy * size * 0.25:.1f}"
            f"L{bx - uy * w:.1f} {by + ux * w:.1f}L{bx + uy * w:.1f} {by - ux * w:.1f}Z")
