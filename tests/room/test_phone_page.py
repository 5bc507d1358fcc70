"""The room in a real browser: Debian's chromium with its chromedriver, headless, on
loopback, 360 px wide like a phone. Two notes in two zones, a dot, and they are on the
canvas through the one write path; the page is usable by keyboard, names every control,
announces errors, asks no other host, and text stays text."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from workbench.model import Canvas, Note, Vote
from workbench.room.server import Room
from workbench.services import room_notes
from workbench.store.workspace import Workspace

CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def browser(tmp_path: Path):
    if BROWSER is None or not Path(CHROMEDRIVER).exists():
        pytest.skip(
            "chromium/chromium-driver fehlen (Debian: apt-get install chromium chromium-driver)"
        )
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = BROWSER
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--window-size=360,780",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--lang=de-DE",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    # a phone's screen: 360 CSS pixels wide (a desktop window is at least 500)
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": 360, "height": 780, "pixelRatio": 2}}
    )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()


class Applier:
    """What `workbench serve` does: applies what arrives, every fifth of a second."""

    def __init__(self, ws: Workspace, room: Room, canvas_id: str) -> None:
        self.ws, self.room, self.canvas_id = ws, room, canvas_id
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        while not self.stop.is_set():
            time.sleep(0.2)
            self.room.apply_to(self.ws, self.canvas_id)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)


def _canvas(ws: Workspace) -> str:
    with ws.session() as s:
        return s.scalars(select(Canvas.id).order_by(Canvas.title)).first()


def test_a_participant_writes_two_notes_and_gives_a_dot_from_a_phone(
    demo_path: Path, browser
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    ws = Workspace.open(demo_path)
    canvas_id = _canvas(ws)
    with ws.session() as s:
        canvas = room_notes.room_canvas(s, canvas_id)
    room = Room(canvas, "127.0.0.1")
    address = room.start()
    applier = Applier(ws, room, canvas_id)
    try:
        browser.get(address)
        wait = WebDriverWait(browser, 10)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#zone-list input"))
        assert browser.find_element(By.TAG_NAME, "h1").text == canvas.title
        # 360 px: nothing wider than the screen
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
        # every control has a name: radios by their labels, the fields by theirs
        for field in browser.find_elements(By.CSS_SELECTOR, "input, textarea"):
            label = browser.find_elements(
                By.CSS_SELECTOR, f"label[for='{field.get_attribute('id')}']"
            )
            assert label and label[0].text.strip(), field.get_attribute("id")
        # sending without a text: the error is announced (role=alert) and focus goes to it
        radios = browser.find_elements(By.CSS_SELECTOR, "#zone-list input")
        radios[0].click()
        browser.find_element(By.ID, "send").click()
        wait.until(lambda d: d.find_element(By.ID, "error").text)
        assert browser.find_element(By.ID, "error").get_attribute("role") == "alert"
        assert browser.switch_to.active_element.get_attribute("id") == "text"
        hostile = '<img src=x onerror="alert(1)"> =HYPERLINK("http://x")'
        for radio, text in ((radios[0], "Mehr Sitzbänke am Platz"), (radios[1], hostile)):
            radio.click()
            browser.find_element(By.ID, "text").send_keys(text)
            browser.find_element(By.ID, "send").click()
            wait.until(lambda d: "Notiz angekommen" in d.find_element(By.ID, "status").text)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            with ws.session() as s:
                notes = s.execute(
                    select(Note.zone_id, Note.text).where(Note.canvas_id == canvas_id)
                ).all()
            if "Mehr Sitzbänke am Platz" in {n.text for n in notes} and hostile in {
                n.text for n in notes
            }:
                break
            time.sleep(0.1)
        placed = {n.text: n.zone_id for n in notes}
        assert placed["Mehr Sitzbänke am Platz"] == canvas.zones[0].id
        assert placed[hostile] == canvas.zones[1].id  # stored as the text it is
        # the facilitator opens the voting: the notes show with a button each, as text
        room.set(voting=True)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#notes .note button"))
        assert not browser.find_elements(By.CSS_SELECTOR, "#notes img")  # no HTML got through
        button = next(
            b
            for b in browser.find_elements(By.CSS_SELECTOR, "#notes .note button")
            if "Mehr Sitzbänke" in b.get_attribute("aria-label")
        )
        button.click()
        wait.until(lambda d: "Punkt vergeben" in d.find_element(By.ID, "status").text)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            with ws.session() as s:
                votes = s.scalar(
                    select(Vote.id).join(Note).where(Note.text == "Mehr Sitzbänke am Platz")
                )
            if votes:
                break
            time.sleep(0.1)
        assert votes
        # no request left this laptop: every URL the page asked for is the room's
        import json as _json

        urls = set()
        for entry in browser.get_log("performance"):
            message = _json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                url = message["params"]["request"]["url"]
                if url.startswith(("http:", "https:", "ws:", "wss:")):  # not chrome:// itself
                    urls.add(url)
        assert urls and all(u.startswith(address.rsplit("/", 2)[0]) for u in urls), urls
        browser.save_screenshot(str(demo_path.parent / "handy-360.png"))
    finally:
        applier.close()
        room.stop()
        ws.close()


def test_the_page_works_by_keyboard_alone(demo_path: Path, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    ws = Workspace.open(demo_path)
    canvas_id = _canvas(ws)
    with ws.session() as s:
        canvas = room_notes.room_canvas(s, canvas_id)
    room = Room(canvas, "127.0.0.1")
    address = room.start()
    try:
        browser.get(address)
        WebDriverWait(browser, 10).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "#zone-list input")
        )
        body = browser.find_element(By.TAG_NAME, "body")
        body.send_keys(Keys.TAB)  # the first zone
        assert browser.switch_to.active_element.get_attribute("name") == "zone"
        browser.switch_to.active_element.send_keys(Keys.SPACE)
        browser.switch_to.active_element.send_keys(Keys.TAB)  # the text
        browser.switch_to.active_element.send_keys("Per Tastatur")
        browser.switch_to.active_element.send_keys(Keys.TAB, Keys.TAB, Keys.ENTER)  # name, send
        WebDriverWait(browser, 10).until(
            lambda d: "Notiz angekommen" in d.find_element(By.ID, "status").text
        )
        (sent,) = room.take()
        assert (sent.kind, sent.text, sent.zone_id) == ("note", "Per Tastatur", canvas.zones[0].id)
        # the focus is seen: an outline on the focused control
        outline = browser.execute_script(
            "const e = document.activeElement; return getComputedStyle(e).outlineStyle;"
        )
        assert outline != "none"
    finally:
        room.stop()
        ws.close()


def test_the_page_speaks_english_when_werkbank_does(demo_path: Path, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from workbench import i18n

    before = i18n.language()
    ws = Workspace.open(demo_path)
    with ws.session() as s:
        canvas = room_notes.room_canvas(s, _canvas(ws))
    ws.close()
    i18n.set_language("en")
    room = Room(canvas, "127.0.0.1")
    address = room.start()
    try:
        browser.get(address)
        WebDriverWait(browser, 10).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "#zone-list input")
        )
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
        assert browser.find_element(By.ID, "send").text == "Send note"
        assert browser.find_element(By.CSS_SELECTOR, "label[for='text']").text == "Your note"
    finally:
        room.stop()
        i18n.set_language(before)
