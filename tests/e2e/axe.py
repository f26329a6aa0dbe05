"""Accessibility checks with axe-core inside the Debian Chromium.

Flow: ``axe_script()`` finds ``node_modules/axe-core/axe.min.js`` (installed by
``npm ci`` from the committed package-lock.json; skipped without it, failed under
CI, see tests/services_support.py); ``axe_violations(page)`` injects it into the
page Playwright has open and runs ``axe.run`` restricted to the WCAG 2.0 and 2.1
A and AA rules; ``assert_no_serious_violations`` fails listing every serious or
critical violation with its rule id, help text and the first offending selectors.
"""

from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from tests.services_support import need

PROJECT_ROOT = Path(__file__).resolve().parents[2]
AXE_SCRIPT = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
BLOCKING_IMPACTS = frozenset({"serious", "critical"})
TARGETS_SHOWN = 3

# Only violations come back: passes and incomplete results would be serialised
# out of the browser for nothing.
RUN_AXE = """async (tags) => {
  const results = await window.axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
  });
  return results.violations;
}"""


def axe_script() -> Path:
    """The axe-core bundle, or skip (fail under CI) when ``npm ci`` has not run."""
    need(
        AXE_SCRIPT.is_file(),
        "axe-core is not installed: run `npm ci` (Node.js and npm are needed)",
    )
    return AXE_SCRIPT


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """Run axe-core on the page as it is now; every WCAG A/AA violation found."""
    # A navigation drops the injected script, so inject it once per document.
    # Evaluated, not added as a <script> element: the portal's
    # Content-Security-Policy refuses inline scripts (and the violation would
    # fail the test, tests/e2e/csp.py).
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_script().read_text(encoding="utf-8"))
    return page.evaluate(RUN_AXE, list(WCAG_TAGS))


def blocking_violations(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in violations if v.get("impact") in BLOCKING_IMPACTS]


def describe_violation(violation: dict[str, Any]) -> str:
    targets = [
        " ".join(map(str, node.get("target", [])))
        for node in violation.get("nodes", [])[:TARGETS_SHOWN]
    ]
    more = len(violation.get("nodes", [])) - len(targets)
    where = "; ".join(targets) + (f"; and {more} more" if more > 0 else "")
    return (
        f"[{violation.get('impact')}] {violation.get('id')}: "
        f"{violation.get('help')} at {where}"
    )


def assert_no_serious_violations(
    violations: list[dict[str, Any]], *, where: str = ""
) -> None:
    """Fail listing each serious or critical violation (minor and moderate ones
    are left to review: the issue's bar is no serious or critical ones)."""
    blocking = blocking_violations(violations)
    if blocking:
        lines = "\n".join(f"  {describe_violation(v)}" for v in blocking)
        heading = f"axe-core found {len(blocking)} serious/critical violation(s)"
        raise AssertionError(f"{heading} on {where or 'the page'}:\n{lines}")
