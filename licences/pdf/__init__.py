"""E-licence PDFs: ``render_licence_pdf`` (layout in ``render``) with an embedded
CJK font chosen in ``fonts``."""

from .fonts import FALLBACK_FONT, clear_font_cache, licence_font
from .render import render_licence_pdf, verification_url

__all__ = [
    "FALLBACK_FONT",
    "clear_font_cache",
    "licence_font",
    "render_licence_pdf",
    "verification_url",
]
