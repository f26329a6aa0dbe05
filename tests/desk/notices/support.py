"""Support of the notice tests.

Stand-ins: ``notifications.notify`` records its calls and
``applications.actions.materials.material_store`` keeps a plain row without checking
the file, so that the notice rules are tested apart from delivery and upload
checks. Tests that want the real ones put them back (``REAL_NOTIFY``,
``REAL_MATERIAL_STORE``). Helpers: a notice of one item (``issue``) and a
supplement of all its items (``supplement``)."""

import datetime
import hashlib
import io

from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

import notifications
from applications.actions import application_supplement
from applications.actions import materials as material_actions
from applications.models import Material
from desk.actions import notice_issue
from workdays.calendar import add_working_days

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
REAL_NOTIFY = notifications.notify
REAL_MATERIAL_STORE = material_actions.material_store


def install_stubs(monkeypatch) -> list[dict]:
    """Record notifications; store materials as plain rows. Returns the calls."""
    calls: list[dict] = []

    def notify(**kwargs):
        calls.append(kwargs)

    def material_store(
        *,
        owner,
        organisation,
        uploaded_file,
        requirement=None,
        requirement_name="",
        valid_until=None,
    ):
        content = uploaded_file.read()
        return Material.objects.create(
            owner=owner,
            organisation=organisation,
            requirement=requirement,
            name=requirement_name or requirement.name,
            file=SimpleUploadedFile("m.pdf", content),
            original_name=uploaded_file.name,
            content_type="application/pdf",
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            valid_until=valid_until,
        )

    monkeypatch.setattr(notifications, "notify", notify, raising=False)
    monkeypatch.setattr(
        material_actions,
        "material_store",
        material_store,
        raising=False,
    )
    return calls


def pdf_file(name: str = "scan.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF_BYTES, content_type="application/pdf")


def real_pdf_file(name: str = "scan.pdf") -> SimpleUploadedFile:
    """A well-formed one-page PDF, for the real upload validation."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawString(72, 720, "supplement")
    canvas.showPage()
    canvas.save()
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/pdf")


def make_supervisor(user):
    user.user_permissions.add(
        Permission.objects.get(
            codename="approve_additional_notice", content_type__app_label="applications"
        )
    )
    # has_perm caches the permissions on the instance
    for attr in ("_perm_cache", "_user_perm_cache"):
        if hasattr(user, attr):
            delattr(user, attr)
    return user


ITEM = {"name": "营业执照复印件", "problem": "missing", "reason": "未提交"}


def future(days: int = 5) -> datetime.date:
    """``days`` working days from today (a notice's deadline)."""
    return add_working_days(timezone.localdate(), days)


def issue(application, actor, items=None, **kwargs):
    """A notice listing ``items`` (``ITEM`` by default), due in five working days
    unless ``deadline`` is given."""
    return notice_issue(
        application=application,
        actor=actor,
        items=items if items is not None else [ITEM],
        deadline=kwargs.pop("deadline", future()),
        **kwargs,
    )


def supplement(application, applicant, notice):
    """The applicant supplies a file for every item of ``notice``."""
    return application_supplement(
        application=application,
        applicant=applicant,
        files={item.pk: pdf_file() for item in notice.items.all()},
    )


def after_first_notice(application, staff, citizen):
    """``application`` after a first notice, supplemented (a further notice is
    now a second one)."""
    notice = issue(application, staff)
    supplement(application, citizen, notice)
    application.refresh_from_db()
    return application
