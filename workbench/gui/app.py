"""Starting the window: application object, language, which workspace to open."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from workbench import APP_NAME, __version__, i18n
from workbench.gui import settings as opt
from workbench.gui.settings import Settings
from workbench.i18n import tr
from workbench.model.base import orm_preparation
from workbench.resources import resource_path
from workbench.services.workspaces import (
    OpenWorkspace,
    WorkspaceError,
    open_demo,
    open_workspace,
)


def make_application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("de.werkbank.Werkbank")
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"werkbank-{size}.png")))
    app.setWindowIcon(icon)
    install_translators(app)
    apply_contrast(app)
    return app


def install_translators(app: QApplication) -> None:
    """Qt's own texts (standard buttons, dialogs) and the Designer forms in the chosen
    language. Numbers keep the German form everywhere (1.234,56 €; dates are written by
    workbench.formats as TT.MM.JJJJ): that is how the administration's documents and our
    parsers write them. The locale carries the interface's language, which Qt reports to
    assistive technology: English in Germany (en-DE: German number symbols) when the
    interface is English – it said de_DE, and a screen reader read English in German."""
    code = i18n.language()
    language = QLocale.Language.English if code == "en" else QLocale.Language.German
    QLocale.setDefault(QLocale(language, QLocale.Country.Germany))
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    if code != i18n.SOURCE:
        forms = QTranslator(app)  # the catalogue compiled by pyside6-lrelease (make, the build)
        if forms.load(str(i18n.catalogue_path(code, ".qm"))):
            app.installTranslator(forms)
    qt_texts = QTranslator(app)
    if code != "en" and qt_texts.load(
        QLocale(QLocale.Language.German),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt_texts)  # Qt's source language is English


def apply_contrast(app: QApplication) -> None:
    """Contrast as BITV 2.0 asks (text 4.5:1, focus frames 3:1), in every theme.

    The light theme gets selected rows white on dark blue (8.6:1; the style's #308cc6 gave
    3.7:1) and placeholder text at 7:1 (it was 4.0:1). A dark or high-contrast system theme
    keeps its colours where they are good enough; a pair that falls short is mended.
    Every theme gets a visible frame around the focused table, list and tab bar."""
    from PySide6.QtGui import QColor, QPalette

    palette = app.palette()
    role = QPalette.ColorRole
    dark = palette.color(role.Base).lightness() < 128
    base = palette.color(role.Base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        highlight, text = (
            palette.color(group, role.Highlight),
            palette.color(group, role.HighlightedText),
        )
        if not dark:
            highlight, text = QColor("#0B4F9C"), QColor("#FFFFFF")
        elif contrast(highlight, text) < 4.5:
            text = max((QColor("#000000"), QColor("#FFFFFF")), key=lambda c: contrast(highlight, c))
            if contrast(highlight, text) < 4.5:
                highlight, text = QColor("#9CC9FF"), QColor("#000000")
        palette.setColor(group, role.Highlight, highlight)
        palette.setColor(group, role.HighlightedText, text)
    if not dark:
        palette.setColor(role.PlaceholderText, QColor("#595959"))
    elif contrast(palette.color(role.PlaceholderText), base) < 4.5:
        palette.setColor(role.PlaceholderText, QColor("#B8B8B8"))
    if contrast(palette.color(role.Text), base) < 4.5:
        palette.setColor(role.Text, QColor("#FFFFFF") if dark else QColor("#000000"))
    app.setPalette(palette)
    app.setStyleSheet(
        app.styleSheet() + focus_style(dark) + field_style(field_border(palette), dark)
    )


def field_border(palette: QPalette) -> QColor:
    """The border of input fields: the text colour moved towards the background until just
    short of 3:1 is lost against both the field and the window around it (WCAG 1.4.11; the
    style's own border was 2.0:1 in the light theme and 1.19:1 in a dark one)."""

    role = QPalette.ColorRole
    base, window, text = (
        palette.color(role.Base),
        palette.color(role.Window),
        palette.color(role.Text),
    )
    from workbench.gui.labels import tint

    border = QColor(text)
    for step in range(1, 20):  # as light a line as still holds 3.2:1 (a margin over 3:1)
        candidate = tint(text, base, step / 20)
        if min(contrast(candidate, base), contrast(candidate, window)) < 3.2:
            break
        border = candidate
    return border


def field_style(border: QColor, dark: bool = False) -> str:
    """Input fields drawn with *border* (1 px), and 2 px in the focus colour when focused."""
    fields = "QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDoubleSpinBox, QComboBox"
    focused = ", ".join(f"{f.strip()}:focus" for f in fields.split(","))
    return (
        f" {fields} {{ border: 1px solid {border.name()}; border-radius: 2px;"
        " padding: 1px 2px; }"
        f" {focused} {{ border: 2px solid {FOCUS_COLOUR[dark]}; padding: 0px 1px; }}"
        " QComboBox { padding: 1px 4px; } QComboBox:focus { padding: 0px 3px; }"
        " QComboBox::drop-down { border: 0px; width: 20px; }"
        f" QComboBox::down-arrow {{ image: url({_arrow_file(border)}); width: 12px; height: 12px; }}"
    )


def _arrow_file(colour: QColor) -> str:
    """The combo box's arrow (Phosphor „caret-down“) in *colour*, as a file a style sheet can
    name: a bordered combo box has no arrow of the style's own."""
    import tempfile

    from workbench.resources import resource_path

    source = resource_path("icons", "ui", "caret-down.svg").read_text(encoding="utf-8")
    target = Path(tempfile.gettempdir()) / f"werkbank-pfeil-{colour.name()[1:]}.svg"
    if not target.exists():
        target.write_text(
            source.replace("<path ", f'<path fill="{colour.name()}" ', 1), encoding="utf-8"
        )
    return target.as_posix()


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


#: The frame on the widget with the focus: 2 pixels, at least 3:1 against its background.
FOCUS_COLOUR = {False: "#0B4F9C", True: "#9CC9FF"}


def focus_style(dark: bool = False) -> str:
    return (
        "QAbstractItemView:focus, QTabBar:focus, QAbstractScrollArea:focus"
        f" {{ border: 2px solid {FOCUS_COLOUR[dark]}; }}"
    )


FOCUS_STYLE = focus_style()


def choose_workspace(path: str | None, demo: bool, settings: Settings) -> OpenWorkspace:
    """The workspace named on the command line, else the demo if asked, else the last one."""
    if path:
        return open_workspace(path)
    if demo:
        return open_demo()
    last = settings.get(opt.LAST_WORKSPACE)
    if last and Path(last).exists():
        try:
            return open_workspace(last)
        except WorkspaceError:
            settings.forget_workspace(last)
    return open_demo()


def prepare_orm_while_idle() -> None:
    """Start-up leaves the ORM classes for later (model.base.MODEL_MODULES): set them up
    step by step from the event loop, input handled in between, instead of on the first
    click. (A thread was worse: it held the interpreter lock against the window's
    painting, which then stalled for up to 0.6 s.)"""
    steps = orm_preparation()

    def next_step() -> None:
        if steps:
            steps.pop(0)()
            QTimer.singleShot(0, next_step)

    QTimer.singleShot(0, next_step)


def run_gui(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="workbench", add_help=False)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("workspace", nargs="?")
    args, qt_args = parser.parse_known_args(list(argv))
    app = make_application(qt_args)
    settings = Settings()
    from workbench.gui.dialogs import Dialogs  # after the language is chosen

    try:
        workspace = choose_workspace(args.workspace, args.demo, settings)
    except WorkspaceError as exc:
        Dialogs().error(tr("Werkbank"), str(exc))
        return 1
    from workbench.gui.main_window import MainWindow  # after the language is chosen

    window = MainWindow(workspace, settings)
    window.show()
    prepare_orm_while_idle()
    if os.environ.get("WERKBANK_QUIT_WHEN_SHOWN"):  # start-up measurements: leave once shown
        QTimer.singleShot(0, window.close)
    return app.exec()
