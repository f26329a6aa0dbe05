"""Content-Security-Policy violations seen by the browser, for every browser test.

Flow: ``CSPViolations.watch(context)`` listens to the console of every page of a
Playwright browser context and adds an init script to each of its documents (and
frames) that turns the DOM's ``securitypolicyviolation`` event into a console
error; any console message about the Content Security Policy (Chromium's own
"Refused to ..." lines, or the init script's) is recorded. The shared ``context``
fixture (tests/e2e/conftest.py) fails the test when one was recorded, so an inline
script, style attribute, ``javascript:`` URL, foreign resource, forbidden framing
or form target blocked by the policy fails whichever browser test met it.
"""

from dataclasses import dataclass, field

from playwright.sync_api import BrowserContext, ConsoleMessage

MARK = "[csp-violation]"

# Runs before any page script, in every document and frame of the context.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(
    "%s " + event.effectiveDirective + " blocked " + (event.blockedURI || "inline")
      + " in " + event.documentURI
      + (event.sourceFile ? " at " + event.sourceFile + ":" + event.lineNumber : "")
      + (event.sample ? " (" + event.sample + ")" : "")
  );
}, true);
""".replace("%s", MARK)

POLICY_WORDS = ("Content Security Policy", "Content-Security-Policy", MARK)


def is_policy_message(text: str) -> bool:
    return any(word in text for word in POLICY_WORDS)


@dataclass
class CSPViolations:
    messages: list[str] = field(default_factory=list)

    def watch(self, context: BrowserContext) -> None:
        context.add_init_script(script=REPORT_VIOLATIONS)
        context.on("console", self._on_console)

    def _on_console(self, message: ConsoleMessage) -> None:
        if is_policy_message(message.text):
            page = message.page
            where = page.url if page is not None else "?"
            self.messages.append(f"{message.text} [on {where}]")

    def take(self) -> list[str]:
        """The violations recorded so far, forgotten once taken."""
        taken, self.messages = self.messages, []
        return taken

    def assert_none(self, *, where: str = "") -> None:
        found = self.take()
        if found:
            lines = "\n".join(f"  {message}" for message in found)
            heading = f"{len(found)} Content-Security-Policy violation(s)"
            raise AssertionError(f"{heading} {where or ''}:\n{lines}".rstrip())
