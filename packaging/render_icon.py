"""Render resources/icons/annotator.svg into the raster icons a bundle needs.

``python packaging/render_icon.py OUT_DIR`` writes annotator.png (256 px, for
Linux and the window), annotator.ico (Windows) and annotator.icns (macOS).
Qt draws them, so the build needs nothing besides PySide6 and no binary icon is
kept in the repository.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "annotator.svg"
SIZE = 256


def render(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (keeps Qt up)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icon: {SVG} is not a valid SVG")
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix in ("png", "ico", "icns"):
        target = out_dir / f"annotator.{suffix}"
        if not image.save(str(target), suffix.upper()):
            raise SystemExit(f"render_icon: Qt could not write {target}")
        written.append(target)
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icon")):
        print(path)
