"""The chat UI in a real headless browser: Debian's chromium driven by Playwright."""

import re
import shutil

import pytest
from playwright.sync_api import expect, sync_playwright

from app.main import create_app
from app.services import Dossier
from tests.conftest import CORPUS, ROOT, LiveServer, free_port, make_settings

CHROMIUM = "/usr/bin/chromium"
SCREENSHOT = ROOT / "docs" / "screenshot.png"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def ui_url(tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("ui"))
    dossier = Dossier(settings)
    dossier.ingest.ingest_paths([CORPUS])
    with LiveServer(create_app(settings, dossier), free_port()) as live:
        yield live.url + "/ui/"


@pytest.fixture(scope="module")
def page(ui_url):
    assert shutil.which(CHROMIUM), "Debian chromium is required: apt-get install chromium (make test does it)"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"])
        page = browser.new_page(viewport={"width": 1200, "height": 1300})
        page.set_default_timeout(60_000)
        page.goto(ui_url)
        yield page
        browser.close()


def ask(page, question: str) -> None:
    box = page.locator("#dossier-chat").locator("xpath=ancestor::*[contains(@class,'gradio-container')]") \
        .get_by_role("textbox").first
    box.fill(question)
    box.press("Enter")


def ask_in_chat_tab(page, question: str) -> None:
    page.get_by_role("tab", name="Chat").click()
    ask(page, question)


def bot_messages(page):
    return page.locator("#dossier-chat .message.bot, #dossier-chat [data-testid='bot']")


def test_chat_answers_with_citations_sources_and_follow_up(page):
    expect(page.get_by_text("Who commands KFOR now?").first).to_be_visible()  # examples on first load
    ask(page, "Who commands KFOR now?")
    expect(bot_messages(page).last).to_contain_text(re.compile("Ulutaş"))
    expect(bot_messages(page).last).to_contain_text(re.compile(r"\[\d\]"))
    source = page.locator("#dossier-sources details.dossier-source").first
    expect(source).to_be_visible()
    source.locator("summary").click()
    mark = source.locator("mark")
    expect(mark).to_be_visible()
    expect(mark).to_contain_text("Ulutaş")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)

    ask(page, "Which Serbian general complained to him?")  # only makes sense after the first question
    expect(bot_messages(page).last).to_contain_text("Mojsilović")


def test_unanswerable_looks_different_and_new_conversation_clears(page):
    ask(page, "What was the contract price of the Skydagger deal?")
    expect(bot_messages(page).last).to_contain_text("The sources do not say")
    expect(page.locator("#dossier-declined")).to_be_visible()
    page.locator("#dossier-new").click()
    expect(bot_messages(page)).to_have_count(0)


def test_uploaded_document_becomes_answerable(page, tmp_path):
    doc = tmp_path / "lighthouse.md"
    doc.write_text("Harbour notes\n\nThe Frobnitz lighthouse is painted bright vermilion and was built in 1871.\n")
    page.get_by_role("tab", name="Documents").click()
    page.locator("#dossier-upload input[type=file]").set_input_files(str(doc))
    page.locator("#dossier-upload-button").click()
    expect(page.locator("#dossier-doc-status")).to_contain_text("lighthouse.md: added")
    expect(page.locator("#dossier-documents")).to_contain_text("lighthouse.md")
    ask_in_chat_tab(page, "What colour is the Frobnitz lighthouse?")
    expect(bot_messages(page).last).to_contain_text("vermilion")


def test_document_can_be_deleted_from_the_documents_tab(page):
    page.get_by_role("tab", name="Documents").click()
    expect(page.locator("#dossier-documents")).to_contain_text("lighthouse.md")
    choice = page.locator("#dossier-delete-choice input")
    choice.click()
    choice.fill("lighthouse.md")
    page.get_by_role("option", name="lighthouse.md").click()
    page.locator("#dossier-delete-button").click()
    expect(page.locator("#dossier-doc-status")).to_contain_text("Deleted lighthouse.md")
    expect(page.locator("#dossier-documents")).not_to_contain_text("lighthouse.md")
    ask_in_chat_tab(page, "What colour is the Frobnitz lighthouse?")
    expect(bot_messages(page).last).to_contain_text("The sources do not say")
