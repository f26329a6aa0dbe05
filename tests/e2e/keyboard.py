"""Driving a page with the keyboard alone, as a person without a mouse does.

``tab_to`` presses Tab (or Shift+Tab) until the focused element is the wanted one
and checks that the focus is visible there; ``choose_by_arrows`` moves a closed
``<select>`` with the arrow keys; ``type_date`` types a date into an
``<input type=date>`` segment by segment. The page is only read through
``focused`` (which element has the focus, and whether it shows it): values are
never set by script.
"""

import datetime

from playwright.sync_api import Page

FOCUSED = """() => {
  const el = document.activeElement;
  const select = el && el.tagName === "SELECT" ? el : null;
  return {
    id: el ? el.id : "",
    name: el ? (el.getAttribute("name") || "") : "",
    value: el && "value" in el ? String(el.value) : "",
    tag: el ? el.tagName.toLowerCase() : "",
    text: el ? el.textContent.trim().slice(0, 40) : "",
    chosen: select && select.selectedOptions[0]
      ? select.selectedOptions[0].textContent.trim() : "",
    visible: !!el && el.matches(":focus-visible"),
    outline: el ? getComputedStyle(el).outlineStyle : "",
  };
}"""


def focused(page: Page) -> dict:
    """What has the focus: id, name, value, tag, text, the chosen option of a
    select, and whether the focus is shown (``:focus-visible`` with an outline)."""
    return page.evaluate(FOCUSED)


def assert_focus_visible(now: dict) -> None:
    assert now["visible"] and now["outline"] != "none", now


def tab_to(page: Page, matches, *, key: str = "Tab", limit: int = 120) -> dict:
    """Press Tab (or Shift+Tab) until the focused element satisfies ``matches``;
    the focus there must be visible."""
    seen = []
    for _press in range(limit):
        page.keyboard.press(key)
        now = focused(page)
        if matches(now):
            assert_focus_visible(now)
            return now
        seen.append(now["id"] or now["name"] or now["text"])
    raise AssertionError(f"focus never reached the control; it went {seen}")


def tab_to_id(page: Page, element_id: str, *, key: str = "Tab") -> dict:
    return tab_to(page, lambda now: now["id"] == element_id, key=key)


def tab_to_element(page: Page, locator, *, key: str = "Tab", limit: int = 120) -> dict:
    """``tab_to`` the element of ``locator`` (for a control known by its place
    rather than by its id or text)."""
    handle = locator.element_handle()
    return tab_to(
        page,
        lambda _now: page.evaluate("el => el === document.activeElement", handle),
        key=key,
        limit=limit,
    )


def choose_by_arrows(page: Page, label: str, *, limit: int = 20) -> None:
    """With a closed ``<select>`` focused, press Arrow Down until the option
    ``label`` is chosen (options of hidden, disabled groups are skipped by the
    browser as they are for a person)."""
    for _press in range(limit):
        if focused(page)["chosen"] == label:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"Arrow Down never chose {label!r}: {focused(page)}")


def type_date(page: Page, day: datetime.date) -> None:
    """Type ``day`` into the focused ``<input type=date>``. Chromium's date field
    takes its segment order from the browser's own language (en-US for the
    Debian Chromium under test, whatever the page's locale): month, day, year;
    each segment moves on once full."""
    page.keyboard.type(day.strftime("%m%d%Y"))
    typed = focused(page)["value"]
    assert typed == day.isoformat(), (
        f"the date field took {typed!r} for {day.isoformat()}: the browser's date "
        "segment order is not month/day/year"
    )
