"""The Qt binding keeps Python's reference counts right where Werkbank leans on it.

PySide6 6.12.0 on Python 3.11 returned None from empty QVariants without a
reference: each combo ``currentData()`` of a filter set to "alle" drained None's
count, and the window aborted after a few hundred keystrokes. pyproject.toml pins
around it; this test fails if a binding with that fault is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox


def test_empty_values_from_qt_keep_none_alive(qapp) -> None:
    combo = QComboBox()
    combo.addItem("alle", None)
    model = QStandardItemModel()
    model.appendRow(QStandardItem("a"))
    before = sys.getrefcount(None)
    for _ in range(2000):
        combo.currentData()
        combo.itemData(0)
        QModelIndex().data()
        model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    assert sys.getrefcount(None) >= before - 10
