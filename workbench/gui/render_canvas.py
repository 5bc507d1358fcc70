"""Render canvases of a workspace as PNG pictures, without a window.

The command line and the services have no Qt; for a Workshop-Dokumentation they run
``python -m workbench.gui.render_canvas WORKSPACE OUTDIR CANVAS_ID …`` (offscreen).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from workbench.i18n import tr

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def render(workspace_path: Path, out_dir: Path, canvas_ids: list[str]) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from workbench.gui.canvas_view import CanvasScene
    from workbench.services.canvas_reading import load_canvas
    from workbench.services.workspaces import open_workspace, read

    app = QApplication.instance() or QApplication([])
    ws = open_workspace(workspace_path)
    written = []
    try:
        for canvas_id in canvas_ids:
            data = read(ws, load_canvas, canvas_id)
            scene = CanvasScene()
            scene.show_data(data)
            written.append(render_scene(scene, out_dir / f"{canvas_id}.png"))
            del scene
    finally:
        ws.close()
    del app
    return written


def render_scene(scene: object, path: Path, width_px: int = 2400) -> Path:
    """The whole canvas as a picture *width_px* wide (200 dpi across a page)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    data = scene.data  # type: ignore[attr-defined]
    source = QRectF(0, 0, data.width, data.height).united(scene.itemsBoundingRect())  # type: ignore[attr-defined]
    height_px = round(width_px * source.height() / source.width())
    image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)  # type: ignore[attr-defined]
    painter.end()
    # the stubs want bytes for the format, the binding takes a str
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(tr("Das Bild ließ sich nicht nach „{path}“ schreiben.").format(path=path))
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 3:
        print(
            tr(
                "Aufruf: python -m workbench.gui.render_canvas ARBEITSMAPPE ZIELORDNER LEINWAND-ID …"
            ),
            file=sys.stderr,
        )
        return 2
    for path in render(Path(args[0]), Path(args[1]), args[2:]):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
