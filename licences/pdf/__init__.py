"""E-licence PDFs: ``render_licence_pdf`` (layout in ``render``) with the embedded
CJK font of ``common.pdf_fonts``."""

from .render import render_licence_pdf, verification_url

__all__ = [
    "render_licence_pdf",
    "verification_url",
]
