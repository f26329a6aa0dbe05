"""Rendering of e-licence (电子证照) PDFs.

Flow of ``render_licence_pdf(licence)``:

1. Font: ``common.pdf_fonts.cjk_font()`` registers, once per process and per value of
   ``settings.PDF_FONT_CANDIDATES``, the first candidate TrueType/OpenType font
   that exists and loads (``.ttc``/``.otc`` collections: sub-font 0), so that the
   font is subset and embedded in every PDF. When none works it logs a warning and
   falls back to reportlab's built-in CID font ``STSong-Light`` (not embedded;
   viewers substitute a system font). The choice is cached: renders never re-read
   the font file.
2. Content: the labelled rows are built (licence number, holder, masked holder
   identifier, each key/value of ``licence.data`` in order, issuing authority, issue
   date in Asia/Shanghai, validity, verification code). Every holder-supplied value
   passes through ``_mask_resident_ids``, a last line of defence that masks anything
   that is a valid resident identity number: the PDF only ever shows masked ones.
3. Layout: A4 portrait. Long values wrap inside their cell with CJK line breaking;
   rows that do not fit continue on further pages (a value taller than a whole page
   is split, its label repeated with "（续）"). Each page has a double border, the
   licence type name as title, the footer note and, bottom right, a QR code of
   ``verification_url(licence)`` captioned with the URL.
4. Output: the canvas is written in reportlab's invariant mode with the creation
   date set to the issue time, so rendering the same licence twice gives the same
   bytes. Title, author, subject and keywords are set in the PDF metadata.
"""

import logging
import re
from collections.abc import Callable
from datetime import date, datetime
from io import BytesIO
from urllib.parse import urlencode
from xml.sax.saxutils import escape

from django.conf import settings
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle
from stdnum.cn import ric
from stdnum.exceptions import ValidationError

from common.pdf_fonts import cjk_font
from sharing.protection import mask

from ..models import Licence
from .drawing import draw_footer, draw_frame
from .layout import (
    BORDER_INNER,
    CELL_PADDING_TOP,
    CELL_PADDING_X,
    CELL_PADDING_Y,
    CONTENT_WIDTH,
    INDEFINITE,
    LABEL_BACKGROUND,
    LABEL_WIDTH,
    LICENCE_TIMEZONE,
    MARGIN,
    MIN_SPLIT_HEIGHT,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TABLE_BOTTOM,
    TABLE_TOP,
    VALUE_WIDTH,
    _styles,
)

logger = logging.getLogger(__name__)

# 18-character runs shaped like a resident identity number (6 region + 8 birth date +
# 3 sequence + check character); those with a valid birth date and check are masked.
_RESIDENT_ID = re.compile(
    r"(?<![0-9A-Za-z])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])"
)


# --- public interface ----------------------------------------------------------------


def verification_url(licence: Licence) -> str:
    """The public verification page for this licence, as encoded in its QR code."""
    query = urlencode({"number": licence.number, "code": licence.verification_code})
    return f"{settings.PORTAL_BASE_URL}/verify/?{query}"


def render_licence_pdf(licence: Licence) -> bytes:
    """Render the licence as a PDF document and return its bytes."""
    font = cjk_font()
    styles = _styles(font)
    type_name = licence.licence_type.name
    issued_local = _local(licence.issued_at)
    url = verification_url(licence)

    buffer = BytesIO()
    canvas = Canvas(
        buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=font
    )
    canvas.setTitle(f"{type_name} {licence.number}")
    canvas.setAuthor(licence.issuing_authority)
    canvas.setSubject(f"电子证照 {type_name}")
    canvas.setKeywords([licence.number, type_name])
    canvas.setCreator("citizen_portal e-licence renderer")
    canvas.setDateFormatter(_pdf_date_formatter(issued_local))

    pages = _paginate(_rows(licence, issued_local), styles, TABLE_TOP - TABLE_BOTTOM)
    for page_number, cells in enumerate(pages, start=1):
        draw_frame(canvas, font, type_name)
        table = _page_table(cells, font)
        _, height = table.wrap(CONTENT_WIDTH, PAGE_HEIGHT)
        table.drawOn(canvas, MARGIN, TABLE_TOP - height)
        draw_footer(canvas, styles, url)
        if len(pages) > 1:
            canvas.setFont(font, 8)
            canvas.setFillColor(MUTED)
            canvas.drawCentredString(
                PAGE_WIDTH / 2,
                BORDER_INNER + 8,
                f"第 {page_number} 页 / 共 {len(pages)} 页",
            )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- content -------------------------------------------------------------------------


def _local(moment: datetime) -> datetime:
    return moment.astimezone(LICENCE_TIMEZONE) if moment.tzinfo else moment


def _chinese_date(day: date) -> str:
    return f"{day.year:04d}年{day.month:02d}月{day.day:02d}日"


def _mask_resident_ids(text: str) -> str:
    """Mask any valid resident identity number in ``text`` (first 6 and last 4 kept)."""

    def replace(match: re.Match[str]) -> str:
        if not _is_resident_id(match.group(0)):
            return match.group(0)
        logger.warning("a resident identity number was masked in a licence PDF field")
        return mask(match.group(0))

    return _RESIDENT_ID.sub(replace, text)


def _is_resident_id(candidate: str) -> bool:
    """Check character and birth date of a resident identity number (not the region)."""
    try:
        ric.get_birth_date(candidate)
    except ValidationError:
        return False
    return ric.calc_check_digit(candidate) == candidate[-1].upper()


def _printable(value: object) -> str:
    return "" if value is None else _mask_resident_ids(str(value))


def _rows(licence: Licence, issued_local: datetime) -> list[tuple[str, str]]:
    data = licence.data if isinstance(licence.data, dict) else {}
    valid_until = licence.valid_until
    return [
        ("证照编号", licence.number),
        ("持证主体", _printable(licence.holder_name)),
        ("证件号码", _printable(licence.holder_identifier_masked)),
        *((_printable(key), _printable(value)) for key, value in data.items()),
        ("发证机关", _printable(licence.issuing_authority)),
        ("发证日期", _chinese_date(issued_local.date())),
        ("有效期至", _chinese_date(valid_until) if valid_until else INDEFINITE),
        ("验证码", licence.verification_code),
    ]


Cell = tuple[Paragraph, Paragraph]


def _paginate(
    rows: list[tuple[str, str]], styles: dict[str, ParagraphStyle], available: float
) -> list[list[Cell]]:
    """Distribute the rows over pages; rows are kept whole unless taller than a page."""
    pages: list[list[Cell]] = [[]]
    remaining = available
    for label_text, value_text in rows:
        label = Paragraph(escape(label_text), styles["label"])
        value = Paragraph(escape(value_text).replace("\n", "<br/>"), styles["value"])
        while True:
            height = _row_height(label, value)
            if height <= remaining + 0.01:
                pages[-1].append((label, value))
                remaining -= height
                break
            if height > available and remaining >= MIN_SPLIT_HEIGHT:
                parts = value.split(
                    VALUE_WIDTH - 2 * CELL_PADDING_X, remaining - CELL_PADDING_Y
                )
                if len(parts) == 2:
                    pages[-1].append((label, parts[0]))
                    label = Paragraph(escape(f"{label_text}（续）"), styles["label"])
                    value = parts[1]
            if not pages[-1]:  # a fresh page and still no fit: draw what we can
                pages[-1].append((label, value))
                remaining = 0
                break
            pages.append([])
            remaining = available
    return pages


def _row_height(label: Paragraph, value: Paragraph) -> float:
    _, label_height = label.wrap(LABEL_WIDTH - 2 * CELL_PADDING_X, PAGE_HEIGHT)
    _, value_height = value.wrap(VALUE_WIDTH - 2 * CELL_PADDING_X, PAGE_HEIGHT)
    return max(label_height, value_height) + CELL_PADDING_Y


def _page_table(cells: list[Cell], font: str) -> Table:
    return Table(
        [list(row) for row in cells],
        colWidths=[LABEL_WIDTH, VALUE_WIDTH],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("BOX", (0, 0), (-1, -1), 1.2, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_BACKGROUND),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING_TOP),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING_Y - CELL_PADDING_TOP),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
            ]
        ),
    )


def _pdf_date_formatter(moment: datetime) -> Callable[..., str]:
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    stamp = f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{minutes:02d}'"
    return lambda *_: stamp
