"""A one-page PDF upload and an application submitted with a material, for the
material tests (resolution, reuse, the library and the migrations)."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from reportlab.pdfgen import canvas

from applications.models import ApplicationMaterial
from tests.factories import ApplicationFactory


def pdf_upload(text="page", name="申请书.pdf") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.drawString(72, 720, text)
    document.showPage()
    document.save()
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/pdf")


def submitted_with(applicant, requirement, material, source=None):
    """An application of ``requirement``'s service that ``applicant`` submitted
    with ``material`` for it (uploaded, unless ``source`` says otherwise)."""
    application = ApplicationFactory(applicant=applicant, service=requirement.service)
    ApplicationMaterial.objects.create(
        application=application,
        requirement=requirement,
        name=requirement.name,
        source=source or ApplicationMaterial.Source.UPLOADED,
        material=material,
    )
    return application
