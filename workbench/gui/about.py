"""The About dialog: name, version, the Qt in use and the licences of bundled libraries.

Qt and PySide6 are used under the LGPL v3: the dialog names the Qt version and where its
source is, and that the Qt libraries may be replaced (they are separate files).
"""

from __future__ import annotations

from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QLabel, QTextBrowser, QVBoxLayout, QWidget

from workbench import __version__
from workbench.gui.forms import ok_cancel
from workbench.i18n import tr

#: Who publishes Werkbank (as in the Windows installer and the AppStream file).
PUBLISHER = "Werkbank-Team"

#: Bundled libraries, their licence and where their source is.
LIBRARIES: list[tuple[str, str, str]] = [
    ("PySide6-Essentials", "LGPL-3.0-only", "https://code.qt.io/cgit/pyside/pyside-setup.git/"),
    ("shiboken6", "LGPL-3.0-only", "https://code.qt.io/cgit/pyside/pyside-setup.git/"),
    ("SQLAlchemy", "MIT", "https://github.com/sqlalchemy/sqlalchemy"),
    ("alembic", "MIT", "https://github.com/sqlalchemy/alembic"),
    (tr("Mako"), "MIT", "https://github.com/sqlalchemy/mako"),
    ("MarkupSafe", "BSD-3-Clause", "https://github.com/pallets/markupsafe"),
    ("greenlet", tr("MIT und PSF-2.0"), "https://github.com/python-greenlet/greenlet"),
    ("openpyxl", "MIT", "https://foss.heptapod.net/openpyxl/openpyxl"),
    ("et_xmlfile", "MIT", "https://foss.heptapod.net/openpyxl/et_xmlfile"),
    ("python-docx", "MIT", "https://github.com/python-openxml/python-docx"),
    ("lxml", "BSD-3-Clause", "https://github.com/lxml/lxml"),
    ("typing_extensions", "PSF-2.0", "https://github.com/python/typing_extensions"),
    ("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    ("cryptography", tr("Apache-2.0 oder BSD-3-Clause"), "https://github.com/pyca/cryptography"),
    ("cffi", "MIT", "https://github.com/python-cffi/cffi"),
    ("pycparser", "BSD-3-Clause", "https://github.com/eliben/pycparser"),
]


def installed_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "–"


def about_html() -> str:
    rows = "".join(
        f"<tr><td>{name}</td><td>{installed_version(name)}</td><td>{licence}</td>"
        f"<td>{source}</td></tr>"
        for name, licence, source in LIBRARIES
        if installed_version(name) != "–"
    )  # only what this installation carries
    return tr(
        "<h2>Werkbank {version__}</h2><p>Maßnahmen einer kommunalen Digital- und Smart-City-Strategie planen, Workshops moderieren und Word- und Excel-Dokumente erstellen – offline, auf dem eigenen Rechner.</p><p>Herausgeber: {PUBLISHER}. Werkbank ist freie Software: Sie dürfen sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und verändern (GPL-3.0-or-later). Sie wird ohne jede Gewährleistung bereitgestellt. Lizenztext: https://www.gnu.org/licenses/gpl-3.0.html und die Datei LICENSE.</p><h3>Qt</h3><p>Diese Anwendung verwendet Qt {value} über PySide6 {pyside_version} unter der GNU Lesser General Public License v3 (LGPL-3.0). Die Qt-Bibliotheken liegen als eigene Dateien bei und können durch eine andere, kompatible Fassung ersetzt werden. Quelltext von Qt: https://download.qt.io/official_releases/qt/ und https://code.qt.io; Lizenztext: https://www.gnu.org/licenses/lgpl-3.0.html</p><h3>Mitgelieferte Bibliotheken</h3><table cellspacing='0' cellpadding='3'><tr><th align='left'>Bibliothek</th><th align='left'>Version</th><th align='left'>Lizenz</th><th align='left'>Quelltext</th></tr>{rows}</table><p>Python {value2} (PSF-2.0) mit SQLite {value3} (gemeinfrei).</p>"
    ).format(
        version__=__version__,
        PUBLISHER=PUBLISHER,
        value=qVersion(),
        pyside_version=pyside_version,
        rows=rows,
        value2=_python_version(),
        value3=_sqlite_version(),
    ) + tr(
        "<p>Symbole: Phosphor Icons 1.3.0 (MIT), https://phosphoricons.com – Lizenztext in "
        "resources/icons/ui/LICENSE-phosphor.txt.</p>"
    )


def _sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


def _python_version() -> str:
    import platform

    return platform.python_version()


class AboutDialog(QDialog):
    """Über Werkbank."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Über Werkbank"))
        text = QTextBrowser()
        text.setAccessibleName(tr("Über Werkbank"))
        text.setOpenExternalLinks(True)
        text.setHtml(about_html())
        icon = QLabel()
        icon.setPixmap(self.windowIcon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignLeft)
        buttons = ok_cancel(self, tr("Schließen"))
        buttons.button(buttons.StandardButton.Cancel).hide()
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
