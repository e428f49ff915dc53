"""Real-browser flows: Playwright driving Debian's Chromium against the live server.

Screenshots of every main page go to var/screenshots/ (not committed) at 1280 and 768 px.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from evalhub.conversations.models import Session
from evalhub.dashboard.optional import failures_services
from evalhub.evals.models import EvalCase
from evalhub.prompts.models import Prompt
from tests.dashboard.world import PASSWORD, ProjectData, build_project, make_member

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]

# Every visible form control must have a label (or an aria-label) a screen reader can announce.
UNLABELED_CONTROLS = """
[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
  .filter(el => el.offsetParent !== null && el.labels.length === 0 && !el.getAttribute('aria-label'))
  .map(el => el.name || el.id)
"""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"Debian's Chromium is not installed at {CHROMIUM} (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield chromium
        chromium.close()


class Page:
    """A logged-in tab that records console errors and uncaught exceptions."""

    def __init__(self, browser: Any, base_url: str, *, width: int = 1280) -> None:
        self.base = base_url
        self.context = browser.new_context(viewport={"width": width, "height": 900})
        self.tab = self.context.new_page()
        self.errors: list[str] = []
        self.tab.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.tab.on("pageerror", lambda e: self.errors.append(str(e)))
        self.tab.on("response", lambda r: self.errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)

    def login(self, username: str) -> None:
        self.tab.goto(f"{self.base}/login/")
        self.tab.get_by_label("Username").fill(username)
        self.tab.get_by_label("Password").fill(PASSWORD)
        self.tab.get_by_role("button", name="Log in").click()
        self.tab.wait_for_url(f"{self.base}/")

    def open(self, path: str) -> Any:
        self.tab.goto(f"{self.base}{path}")
        return self.tab

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.tab.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def story(transactional_db: Any, settings: Any) -> ProjectData:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    data = build_project("acme")
    for role in ("viewer", "reviewer", "admin"):
        make_member(data.project, role)
    return data


def test_it_logs_in_and_renders_the_overview_charts(browser: Any, live_server: Any, story: ProjectData) -> None:
    page = Page(browser, live_server.url)
    page.login("acme-viewer")
    page.tab.wait_for_selector("[data-chart='chart-signals'] .main-svg")
    assert page.tab.locator(".chart .main-svg").count() >= 4
    page.shot("overview-1280")
    # Focus order starts with the skip link, then the navigation.
    page.tab.keyboard.press("Tab")
    assert page.tab.evaluate("document.activeElement.textContent") == "Skip to content"
    page.tab.keyboard.press("Tab")
    assert page.tab.evaluate("document.activeElement.textContent") == "evalhub"
    assert page.errors == []
    narrow = Page(browser, live_server.url, width=768)
    narrow.login("acme-viewer")
    narrow.tab.wait_for_selector("[data-chart='chart-signals'] .main-svg")
    narrow.shot("overview-768")
    assert narrow.errors == []


def test_it_reviews_an_item_with_the_keyboard_and_it_leaves_the_queue(browser: Any, live_server: Any, story: ProjectData) -> None:
    page = Page(browser, live_server.url)
    page.login("acme-reviewer")
    tab = page.open("/review/")
    tab.wait_for_selector(f"text=Eval case #{story.candidate.pk}")
    page.shot("review-focus")
    tab.keyboard.press("a")
    tab.wait_for_selector("[data-review-empty]")
    assert tab.locator("#count-cases").inner_text() == "0"
    assert EvalCase.objects.get(pk=story.candidate.pk).status == "accepted"
    if story.failure is not None and hasattr(failures_services(), "failure_review"):
        tab = page.open("/review/?kind=failures&mode=list")
        tab.wait_for_selector(f"#row-failures-{story.failure.pk}")
        page.shot("review-failures-list")
        tab.keyboard.press("d")
        tab.wait_for_selector(f"#row-failures-{story.failure.pk}", state="detached")
        story.failure.refresh_from_db()
        assert story.failure.status == "dismissed"
    assert page.errors == []


def test_it_follows_an_evidence_link_to_the_earlier_session(browser: Any, live_server: Any, story: ProjectData) -> None:
    s1, s2 = story.sessions
    # Enough sessions in between that s-1 sits on an earlier timeline page than s-2.
    for i in range(11):
        Session.objects.create(project=story.project, user=story.end_user, external_id=f"filler-{i}", started_at=s1.started_at + timedelta(minutes=i + 1))
    page = Page(browser, live_server.url)
    page.login("acme-viewer")
    tab = page.open(f"/users/{story.end_user.pk}/?at={s2.external_id}")
    assert tab.locator(f"#m-{story.messages['m1'].pk}").count() == 0
    tab.locator(f"#m-{story.messages['m4'].pk} summary").click()
    page.shot("timeline")
    tab.locator(f"#m-{story.messages['m4'].pk} a.evidence").first.click()
    target = tab.locator(f"#m-{story.messages['m1'].pk}")
    target.wait_for()
    assert "highlight" in (target.get_attribute("class") or "")
    assert tab.url.endswith(f"#m-{story.messages['m1'].pk}")
    page.shot("timeline-evidence")
    assert page.errors == []


def test_it_promotes_and_rolls_back_a_prompt(browser: Any, live_server: Any, story: ProjectData) -> None:
    page = Page(browser, live_server.url)
    page.login("acme-reviewer")
    tab = page.open("/prompts/assistant/")
    page.shot("prompt")
    tab.locator("#v2").get_by_role("link", name="Promote…").click()
    tab.get_by_label("Reason").fill("better on dev")
    page.shot("prompt-promote-confirm")
    tab.get_by_role("button", name="Promote to production").click()
    tab.wait_for_selector("#production-version:has-text('v2')")
    assert Prompt.objects.get(pk=story.prompt.pk).production_version_id == story.v2.pk
    tab.get_by_role("link", name="Roll back…").click()
    tab.get_by_role("button", name="Roll back to v1").click()
    tab.wait_for_selector("#production-version:has-text('v1')")
    assert Prompt.objects.get(pk=story.prompt.pk).production_version.number == 1
    assert page.errors == []


# The dashboard's own URLconf: the root one may route /gate/ to another app's pages first.
@pytest.mark.urls("tests.dashboard.urls")
@pytest.mark.parametrize("width", [1280, 768])
def test_it_screenshots_every_main_page(browser: Any, live_server: Any, story: ProjectData, width: int) -> None:
    page = Page(browser, live_server.url, width=width)
    page.login("acme-admin")
    paths = {
        "sessions": "/sessions/", "eval-sets": "/eval-sets/", "eval-set": f"/eval-sets/{story.eval_set.pk}",
        "eval-case": f"/eval-sets/{story.eval_set.pk}/cases/{story.candidate.pk}", "prompts": "/prompts/",
        "diff": "/prompts/assistant/diff?a=1&b=2", "run": f"/runs/{story.run.pk}", "gate": "/gate/",
        "gate-detail": f"/gate/{story.gate_run.pk}", "settings": "/settings/", "review-list": "/review/?mode=list",
    }
    for name, path in paths.items():
        tab = page.open(path)
        page.shot(f"{name}-{width}")
        unlabeled = tab.evaluate(UNLABELED_CONTROLS)
        assert unlabeled == [], (name, unlabeled)
        # Nothing may force sideways scrolling of the page (wide tables scroll inside their own box).
        assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (name, width)
    assert page.errors == []
