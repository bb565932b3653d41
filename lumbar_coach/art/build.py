"""Regenerate the committed illustrations and icons under ``assets/``."""

from __future__ import annotations

from pathlib import Path

from lumbar_coach.art.figure import render_svg
from lumbar_coach.art.icon import ICON_SIZES, icon_png_path, icon_svg
from lumbar_coach.art.model import FRAMES
from lumbar_coach.art.posedata import stretches

ICON_NAME = "lumbar-coach.svg"


def checkout_assets() -> Path:
    """The ``assets`` folder of the source checkout this package sits in."""
    return Path(__file__).resolve().parents[2] / "assets"


def frame_files() -> dict[str, str]:
    """Every illustration's path under ``assets/`` and its SVG text."""
    return {f"images/{stretch_id}-{frame}.svg": render_svg(stretch_id, float(index))
            for stretch_id in stretches() for index, frame in enumerate(FRAMES)}


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text with plain newlines, making the folder if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def build_images(assets: Path) -> list[Path]:
    """Write every frame's SVG; the paths written."""
    written = []
    for relative, text in frame_files().items():
        write_text(assets / relative, text)
        written.append(assets / relative)
    return written


# The Windows and macOS app icons the packaging spec uses.
PLATFORM_ICONS = (("lumbar-coach.ico", 256, "ICO"), ("lumbar-coach.icns", 512, "ICNS"))


def build_icons(assets: Path) -> list[Path]:
    """Write the icon SVG and its PNG renders at every size; the paths written."""
    from lumbar_coach.art.export import write_png

    icons = assets / "icons"
    write_text(icons / ICON_NAME, icon_svg())
    written = [icons / ICON_NAME]
    for size in ICON_SIZES:
        write_png(icon_svg(), icons / icon_png_path(size), size, size)
        written.append(icons / icon_png_path(size))
    for name, size, image_format in PLATFORM_ICONS:
        write_png(icon_svg(), icons / name, size, size, image_format=image_format)
        written.append(icons / name)
    return written


def build(assets: Path) -> list[Path]:
    """Regenerate everything; the paths written."""
    return build_images(assets) + build_icons(assets)
