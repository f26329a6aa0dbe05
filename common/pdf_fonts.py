"""The CJK font for every PDF the portal prints (e-licences, receipts, decisions).

``cjk_font()`` registers, once per process and per value of
``settings.PDF_FONT_CANDIDATES``, the first candidate TrueType/OpenType font that
exists and loads (``.ttc``/``.otc`` collections: sub-font 0), so that it is subset
and embedded in every PDF. When none works it logs a warning and falls back to
reportlab's built-in CID font ``STSong-Light`` (not embedded; viewers substitute a
system font). Renders never re-read the font file.
"""

import hashlib
import logging
import os
import threading
from collections.abc import Iterable

from django.conf import settings
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

logger = logging.getLogger(__name__)

FALLBACK_FONT = "STSong-Light"

_font_lock = threading.Lock()
_font_cache: dict[tuple[str, ...], str] = {}


def cjk_font() -> str:
    """Name of the registered CJK font to print with (registered on first use)."""
    candidates = tuple(settings.PDF_FONT_CANDIDATES)
    font = _font_cache.get(candidates)
    if font is None:
        with _font_lock:
            font = _font_cache.get(candidates)
            if font is None:
                font = _font_cache[candidates] = _register_font(candidates)
    return font


def clear_font_cache() -> None:
    """Forget which font was chosen (tests; fonts stay registered with reportlab)."""
    with _font_lock:
        _font_cache.clear()


def _register_font(candidates: Iterable[str]) -> str:
    registered = set(pdfmetrics.getRegisteredFontNames())
    for path in candidates:
        if not os.path.isfile(path):
            continue
        name = "PortalCJK-" + hashlib.sha256(path.encode()).hexdigest()[:12]
        if name in registered:
            return name
        try:
            if path.lower().endswith((".ttc", ".otc")):
                font = TTFont(name, path, subfontIndex=0)
            else:
                font = TTFont(name, path)
            pdfmetrics.registerFont(font)
        except Exception:
            logger.warning(
                "PDF font %s could not be registered; trying the next",
                path,
                exc_info=True,
            )
            continue
        logger.info("PDFs use the embedded font %s", path)
        return name
    logger.warning(
        "no usable PDF font among %s; falling back to the built-in %s, which is "
        "not embedded in the PDFs",
        list(candidates),
        FALLBACK_FONT,
    )
    if FALLBACK_FONT not in registered:
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
    return FALLBACK_FONT
