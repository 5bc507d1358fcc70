"""Child process for the start-up benchmark: prints READY when the window takes input.

Usage: python bench/startup_child.py bare|workbench [WORKSPACE]
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    kind = sys.argv[1]
    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
    else:
        from PySide6.QtCore import QSettings

        from workbench.gui.app import make_application
        from workbench.gui.main_window import MainWindow
        from workbench.gui.settings import Settings
        from workbench.store.workspace import Workspace

        app = make_application()
        settings = Settings(QSettings(sys.argv[3], QSettings.Format.IniFormat))
        window = MainWindow(Workspace.open(sys.argv[2]), settings)
    window.show()
    from PySide6.QtCore import QTimer

    def ready() -> None:
        print("READY", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)  # runs once the event loop is idle: the window takes input
    app.exec()


if __name__ == "__main__":
    main()
