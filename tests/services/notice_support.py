"""Stand-ins for the notices tests: ``notifications.notify`` and
``services.materials.material_store`` are written by other engineers at the same
time; tests record the calls instead of depending on them (the real ones, when
present, are monkeypatched, never changed)."""

import hashlib
import importlib
import io
import sys
import types

from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from services.models import Material

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

try:  # the real one, when the notifications engineer's app is there
    from notifications import notify as REAL_NOTIFY
except ImportError:
    REAL_NOTIFY = None

try:  # the real one, when the materials engineer's module is there
    from services.materials import material_store as REAL_MATERIAL_STORE
except ImportError:
    REAL_MATERIAL_STORE = None


def _module(monkeypatch, name: str) -> types.ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError:
        module = types.ModuleType(name)
        monkeypatch.setitem(sys.modules, name, module)
        return module


def install_stubs(monkeypatch) -> list[dict]:
    """Record notifications; store materials as plain rows. Returns the calls."""
    calls: list[dict] = []

    def notify(**kwargs):
        calls.append(kwargs)

    def material_store(
        *, owner, organisation, requirement_name, uploaded_file, valid_until=None
    ):
        content = uploaded_file.read()
        return Material.objects.create(
            owner=owner,
            organisation=organisation,
            name=requirement_name,
            file=SimpleUploadedFile("m.pdf", content),
            original_name=uploaded_file.name,
            content_type="application/pdf",
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            valid_until=valid_until,
        )

    monkeypatch.setattr(
        _module(monkeypatch, "notifications"), "notify", notify, raising=False
    )
    monkeypatch.setattr(
        _module(monkeypatch, "services.materials"),
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
            codename="approve_additional_notice", content_type__app_label="services"
        )
    )
    # has_perm caches the permissions on the instance
    for attr in ("_perm_cache", "_user_perm_cache"):
        if hasattr(user, attr):
            delattr(user, attr)
    return user
