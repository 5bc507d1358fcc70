"""Take a screenshot of the real main window on the demo workspace (offscreen).

Usage: python tools/screenshot.py OUT.png [--section N] [--measure CODE] [--tab N]
       python tools/screenshot.py OUT.png --canvas "Wirkungslogik Kiezbox 2.0" [--size 1920x1080]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--section", type=int, default=1)
    parser.add_argument("--measure", default="P-01")
    parser.add_argument("--tab", type=int, default=0)
    parser.add_argument("--section-tab", type=int, default=0, help="tab of the section's panel")
    parser.add_argument("--size", default="1600x950")
    parser.add_argument("--canvas", default="", help="title of a demo canvas to show instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WERKBANK_DATA_DIR"] = tmp
        os.environ["XDG_CONFIG_HOME"] = tmp
        from PySide6.QtWidgets import QApplication, QTabWidget

        from workbench.gui.app import make_application, open_demo
        from workbench.gui.main_window import MainWindow
        from workbench.services.measures import get_measure
        from workbench.services.workspaces import store_of

        app = make_application()
        window = MainWindow(open_demo())
        from PySide6.QtCore import Qt

        window.setWindowState(Qt.WindowState.WindowNoState)  # the size asked for, not the screen's
        width, height = (int(x) for x in args.size.split("x"))
        window.resize(width, height)
        window.show()
        window.show_section(args.section)
        with store_of(window.workspace).session() as s:
            measure_id = get_measure(s, args.measure).id
        if args.section == 1:
            window.show_measure(measure_id)
        else:
            window.editor.load(measure_id)
        window.editor.tabs.setCurrentIndex(args.tab)
        for _ in range(5):
            app.processEvents()
        panel = window.stack.currentWidget().findChild(QTabWidget)
        if args.section_tab and panel is not None:
            panel.setCurrentIndex(args.section_tab)
            for _ in range(5):
                app.processEvents()
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        if args.canvas:
            from sqlalchemy import select

            from workbench.model import Canvas

            with store_of(window.workspace).session() as s:
                canvas_id = s.scalars(select(Canvas.id).where(Canvas.title == args.canvas)).one()
            canvas = window.workshops.open_canvas(canvas_id)
            canvas.resize(width, height)
            for _ in range(5):
                app.processEvents()
            canvas.view.fit_all()
            app.processEvents()
            canvas.grab().save(args.out)
            canvas.close()
        else:
            window.grab().save(args.out)
        window.close()
        window.workspace.close()
        window.deleteLater()  # delete Qt objects while the application still exists
        QApplication.sendPostedEvents(None, 0)
        QApplication.processEvents()
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
