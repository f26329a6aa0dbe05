"""A one-page PDF upload, for the material tests (``test_materials``, resolution,
and ``test_material_library``)."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from reportlab.pdfgen import canvas


def pdf_upload(text="page", name="申请书.pdf") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.drawString(72, 720, text)
    document.showPage()
    document.save()
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/pdf")
