"""Draw the app icon (a page with a folded corner and a check mark) as ICO and PNG.

Run from the repository root: `python packaging/make_icon.py`. The drawing is pure geometry,
so the same Pillow gives the same files; the results are committed so a build needs no Pillow
step. Drawn at 4x and scaled down for smooth edges; each ICO size is scaled from the master.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PIL import Image, ImageDraw

MASTER = 1024
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
PNG_SIZE = 256
PAPER = (255, 255, 255, 255)
EDGE = (31, 58, 104, 255)  # dark navy, reads as "official document"
FOLD = (203, 214, 232, 255)
LINES = (150, 166, 192, 255)
CHECK = (22, 140, 76, 255)  # green: "ready to file"
HERE = Path(__file__).resolve().parent


def _scale(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Points given on a 0..100 grid, in master pixels."""
    return [(x * MASTER / 100, y * MASTER / 100) for x, y in points]


def draw_master() -> Image.Image:
    """The icon at MASTER pixels on a transparent background."""
    image = Image.new("RGBA", (MASTER, MASTER), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    unit = MASTER / 100
    page = _scale([(18, 6), (64, 6), (82, 24), (82, 94), (18, 94)])
    draw.polygon(page, fill=PAPER, outline=EDGE, width=round(4 * unit))
    draw.polygon(
        _scale([(64, 6), (64, 24), (82, 24)]), fill=FOLD, outline=EDGE, width=round(4 * unit)
    )
    for y in (36, 47, 58):
        draw.line(_scale([(28, y), (72, y)]), fill=LINES, width=round(4.5 * unit))
    draw.line(
        _scale([(38, 75), (52, 88), (90, 50)]),
        fill=CHECK,
        width=round(11 * unit),
        joint="curve",
    )
    for x, y in ((38, 75), (90, 50)):  # round the stroke's ends
        r = 5.5 * unit
        cx, cy = x * unit, y * unit
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=CHECK)
    return image


def write_icons(folder: Path) -> tuple[Path, Path]:
    """Write kassatsiya.ico (all Windows sizes) and kassatsiya.png into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    master = draw_master()
    ico, png = folder / "kassatsiya.ico", folder / "kassatsiya.png"
    master.save(ico, format="ICO", sizes=ICO_SIZES)
    master.resize((PNG_SIZE, PNG_SIZE), Image.Resampling.LANCZOS).save(png, optimize=True)
    return ico, png


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE / "icons", help="output folder")
    for path in write_icons(parser.parse_args().out):
        print(path)


if __name__ == "__main__":
    main()
