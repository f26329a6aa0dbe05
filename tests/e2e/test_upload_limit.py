"""The per-file limit in the browser (static/eforms/upload_limit.js): a file over
10 MB chosen on the application form is refused at once, next to its input, in
a live region the input is described by, and is not sent; a file within the
limit clears the message. (Without JavaScript the server refuses it and keeps
everything else: tests/services/test_oversized_uploads.py.)"""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.applying import sign_in_browser
from tests.factories import MaterialRequirementFactory, PersonFactory, ServiceFactory

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

MB = 1024 * 1024


def test_a_file_over_the_limit_is_refused_as_soon_as_it_is_chosen(
    page: Page, live_server
):
    citizen = PersonFactory().user
    service = ServiceFactory()
    requirement = MaterialRequirementFactory(service=service, name="身份证明")
    sign_in_browser(page, live_server.url, citizen)
    page.goto(f"/en/services/{service.code}/apply/")
    upload = page.locator(f"#material-{requirement.pk}")
    message = page.locator(f"#material-{requirement.pk}-too-large")
    expect(message).to_have_attribute("aria-live", "polite")

    upload.set_input_files(
        files=[
            {
                "name": "扫描件.pdf",
                "mimeType": "application/pdf",
                "buffer": b"%PDF-1.7\n" + bytes(11 * MB),
            }
        ]
    )
    expect(message).to_have_text(
        "“扫描件.pdf” is larger than the 10 MB limit. Choose a smaller file: scan "
        "at a lower resolution, or only the pages required."
    )
    assert upload.evaluate("input => input.files.length") == 0
    described = upload.get_attribute("aria-describedby").split()
    assert f"material-{requirement.pk}-too-large" in described
    expect(upload).to_have_attribute("aria-invalid", "true")

    upload.set_input_files(
        files=[{"name": "ok.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1"}]
    )
    expect(message).to_have_text("")
    assert upload.evaluate("input => input.files.length") == 1
    assert f"material-{requirement.pk}-too-large" not in (
        upload.get_attribute("aria-describedby").split()
    )
