"""The beamer: note text the back of a room can read, measured on the projected picture."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from tests.gui.canvas_helpers import open_canvas
from workbench.gui.canvas_items import NOTE_FONT_PX
from workbench.gui.facilitation import READING_PX, PresentationWindow, reading_pages
from workbench.gui.main_window import MainWindow
from workbench.model import Canvas
from workbench.services import canvas as cv
from workbench.services.workspaces import store_of


def _ink_rows(image, rect) -> list[int]:
    """Rows of *rect* in *image* that hold dark text pixels (the note text is #1A1A1A-ish)."""
    rows = []
    for y in range(max(0, rect.top()), min(image.height(), rect.bottom())):
        for x in range(max(0, rect.left()), min(image.width(), rect.right())):
            if QColor(image.pixel(x, y)).lightness() < 150:
                rows.append(y)
                break
    return rows


def _line_height(rows: list[int]) -> int:
    """Height of the tallest run of inked rows: a line of the note's text, ascender to
    descender (an author's name above it is a smaller, separate run)."""
    runs, start, previous = [], None, None
    for y in rows:
        if previous is None or y != previous + 1:
            if start is not None:
                runs.append(previous - start + 1)
            start = y
        previous = y
    if start is not None:
        runs.append(previous - start + 1)
    return max(runs, default=0)


def test_every_note_is_shown_at_reading_size_on_a_1080p_projector(
    window: MainWindow, qtbot
) -> None:
    """At the whole canvas's fitted zoom the note text was 17–19 px on a 1920 × 1080 beamer;
    the presentation shows zone by zone so that every note's text is at least 28 px high on
    the projected picture, and every note stands whole on at least one page."""
    with store_of(window.workspace).session() as s:
        demo = s.scalars(select(Canvas.id).where(Canvas.title == "Wirkungslogik Kiezbox 2.0")).one()
    canvas = open_canvas(qtbot, window, demo)
    scene = canvas.scene
    # the demo's wall, and a long German compound beside it
    canvas.ops.run(
        "Notiz", cv.add_note, demo, 60.0, 60.0, "Nachbarschaftshäuser als Kiezbox-Standorte"
    )
    assert len(scene.notes) > 10
    presentation = PresentationWindow(scene, canvas.timer, canvas.title)
    qtbot.addWidget(presentation)
    presentation.resize(1920, 1080)
    presentation.show()
    qtbot.waitExposed(presentation)
    presentation.build_pages()
    presentation.show_page(-1)
    fitted = presentation.view.scale_factor()
    assert NOTE_FONT_PX * fitted < READING_PX  # the problem: the whole canvas is too small
    assert presentation.pages
    seen_whole: set[str] = set()
    measured = 0
    viewport = presentation.view.viewport()
    for number in range(len(presentation.pages)):
        presentation.show_page(number)
        qtbot.wait(10)
        zoom = presentation.view.scale_factor()
        picture = viewport.grab().toImage()
        visible = QRectF(presentation.view.mapToScene(viewport.rect()).boundingRect())
        for note_id, item in scene.notes.items():
            if not visible.contains(item.sceneBoundingRect().adjusted(4, 4, -4, -4)):
                continue
            seen_whole.add(note_id)
            assert item.text_font.pixelSize() * zoom >= READING_PX - 0.01
            if item.data and item.data.text.strip():
                # measured on the picture: a line's ink at least 0.7 × 28 px high (capitals
                # and ascenders are about 0.73 of the font's pixel size)
                box = presentation.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
                line = _line_height(_ink_rows(picture, box.adjusted(12, 10, -12, -10)))
                assert line >= 0.7 * READING_PX, (item.data.text, line)
                measured += 1
    assert seen_whole == set(scene.notes)
    assert measured > 10
    # the room is told where it is, and Pos1 shows the whole canvas again
    assert "Seite" in presentation.page_label.text()
    qtbot.keyClick(presentation.view, Qt.Key.Key_Home)
    assert presentation.page == -1
    assert "Ganze Leinwand" in presentation.page_label.text()
    qtbot.keyClick(presentation.view, Qt.Key.Key_PageDown)
    assert presentation.page == 0
    presentation.close()


def test_a_zone_larger_than_the_screen_at_reading_size_is_shown_in_overlapping_pieces() -> None:
    zone = QRectF(0, 0, 4000, 1500)
    pages = reading_pages([(zone, "Ideen", 24.0)], QSizeF(1920, 1080), 28.0)
    zoom = 28.0 / 24.0
    assert len(pages) > 1
    for page in pages:
        assert page.rect.width() <= 1920 / zoom + 0.01
        assert page.rect.height() <= 1080 / zoom + 0.01
        assert zone.contains(page.rect)
    # every point of the zone is on a page, and pieces overlap by more than a note
    covered = QRectF()
    for page in pages:
        covered = covered.united(page.rect)
    assert covered == zone
    assert pages[0].rect.right() - pages[1].rect.left() >= 210
    assert pages[0].title == f"Ideen (1/{len(pages)})"
    # a zone that fits at reading size is one page, fitted
    small = reading_pages([(QRectF(0, 0, 800, 500), "Ziel", 24.0)], QSizeF(1920, 1080), 28.0)
    assert [p.title for p in small] == ["Ziel"]
