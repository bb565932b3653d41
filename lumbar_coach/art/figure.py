"""Draw a stretch as SVG text, at any moment between its start and stretched frames."""

from __future__ import annotations

from lumbar_coach.art import palette, shapes
from lumbar_coach.art.kinematics import skeleton
from lumbar_coach.art.layout import HEIGHT, WIDTH, Placement
from lumbar_coach.art.motion import blend
from lumbar_coach.art.posedata import stretches
from lumbar_coach.art.scene import Head, Part, Prop, Scene, compose
from lumbar_coach.art.stage import ARROW_WIDTH, Stage, stage

OUTLINE_WIDTH = 2.4
MUSCLE_OUTLINE_WIDTH = 1.4


def part_colours(part: Part, highlight: float) -> tuple[str, str]:
    """The fill and outline colour of a part."""
    if part.accent:
        fill = palette.ACCENT_FAR if part.far else palette.ACCENT
        return palette.mix(fill, palette.ACCENT_BRIGHT, highlight), palette.ACCENT_OUTLINE
    return (palette.BODY_FAR if part.far else palette.BODY), palette.OUTLINE


def glow(path: str, highlight: float) -> str:
    """A soft halo behind an accented part while it is highlighted."""
    if highlight <= 0.0:
        return ""
    return (f'<path d="{path}" fill="none" stroke="{palette.ACCENT_GLOW}" stroke-opacity="{0.45 * highlight:.2f}" '
            f'stroke-width="{2 * OUTLINE_WIDTH + 14 * highlight:.1f}"/>')


def part_svg(part: Part, placement: Placement, highlight: float) -> str:
    """A part as an outline pass then a fill pass, so inner joins stay hidden."""
    path = shapes.chain(tuple(placement.node(node) for node in part.nodes))
    fill, outline = part_colours(part, highlight)
    width = MUSCLE_OUTLINE_WIDTH if part.kind == "muscle" else OUTLINE_WIDTH
    halo = glow(path, highlight) if part.accent else ""
    return (f'{halo}<path d="{path}" fill="{outline}" stroke="{outline}" stroke-width="{2 * width:.1f}"/>'
            f'<path d="{path}" fill="{fill}"/>')


def head_svg(head: Head, placement: Placement) -> str:
    """The head with its hair."""
    node = placement.node(head.node)
    hu, hv, hd = head.hair
    outline = shapes.circle(node)
    return (f'<path d="{outline}" fill="{palette.OUTLINE}" stroke="{palette.OUTLINE}" stroke-width="{2 * OUTLINE_WIDTH:.1f}"/>'
            f'<path d="{outline}" fill="{palette.BODY}"/>'
            f'<path d="{shapes.hair(node, (hu, -hv, hd))}" fill="{palette.HAIR}"/>')


def prop_svg(prop: Prop, placement: Placement) -> str:
    """A foam roller seen end on (with its core), or a ball."""
    node = placement.node(prop.node)
    drawn = (f'<path d="{shapes.circle(node)}" fill="{palette.PROP}" stroke="{palette.PROP_OUTLINE}" '
             f'stroke-width="{OUTLINE_WIDTH:.1f}"/>')
    if prop.kind == "roller":
        core = (node[0], node[1], node[2] * 0.38)
        drawn += f'<path d="{shapes.circle(core)}" fill="{palette.PROP_CORE}"/>'
    return drawn


def arrow_svg(board: Stage, opacity: float) -> str:
    """The arrow of movement, faded in as the stretch is reached; nothing at the start."""
    if opacity < 0.01:
        return ""
    fade = f' stroke-opacity="{opacity:.2f}"' if opacity < 1 else ""
    fill_fade = f' fill-opacity="{opacity:.2f}"' if opacity < 1 else ""
    return (f'<path d="{board.arrow_line}" fill="none" stroke="{palette.ARROW}" stroke-width="{ARROW_WIDTH:.1f}" '
            f'stroke-linecap="round"{fade}/><path d="{board.arrow_heads}" fill="{palette.ARROW}"{fill_fade}/>')


def scene_svg(scene: Scene, placement: Placement, highlight: float) -> str:
    """Every shape from back to front."""
    drawn = []
    for shape in scene.shapes:
        if isinstance(shape, Part):
            drawn.append(part_svg(shape, placement, highlight))
        else:
            drawn.append(head_svg(shape, placement) if isinstance(shape, Head) else prop_svg(shape, placement))
    return "".join(drawn)


def render_svg(stretch_id: str, t: float, *, highlight: float = 0.0) -> str:
    """SVG text of a stretch at ``t`` (0 = start, 1 = stretched, eased between).

    ``highlight`` from 0 to 1 brightens the working limb or muscle, for a pulse
    during a hold.
    """
    if stretch_id not in stretches():
        raise KeyError(f"no illustration for stretch {stretch_id!r}")
    board = stage(stretch_id)
    highlight = min(1.0, max(0.0, highlight))
    pose = blend(board.art.start, board.art.stretch, t)
    scene = compose(board.art, skeleton(pose), pose.props, board.project)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">'
            f'{board.floor}<g stroke-linejoin="round">{scene_svg(scene, board.placement, highlight)}</g>'
            f'{arrow_svg(board, min(1.0, max(0.0, t)))}</svg>\n')
