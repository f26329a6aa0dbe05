"""Rendering of e-licence (电子证照) PDFs.

Flow of ``render_licence_pdf(licence)``:

1. Font: ``licence_font()`` registers, once per process and per value of
   ``settings.LICENCE_FONT_CANDIDATES``, the first candidate TrueType/OpenType font
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

import hashlib
import logging
import os
import re
import threading
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import lru_cache
from io import BytesIO
from urllib.parse import urlencode
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

import segno
from django.conf import settings
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle
from stdnum.cn import ric
from stdnum.exceptions import ValidationError

from .models import Licence

logger = logging.getLogger(__name__)

FALLBACK_FONT = "STSong-Light"
LICENCE_TIMEZONE = ZoneInfo("Asia/Shanghai")
FOOTER_NOTE = (
    "本电子证照与纸质证照具有同等法律效力，可通过二维码或登录本平台 /verify/ 核验。"
)
QR_CAPTION = "扫码核验"
INDEFINITE = "长期"

PAGE_WIDTH, PAGE_HEIGHT = A4
BORDER_OUTER = 24.0  # inset of the thick outer border
BORDER_INNER = 30.0  # inset of the thin inner border
MARGIN = 54.0  # inset of the content
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
TITLE_BASELINE = PAGE_HEIGHT - 112.0  # of the title's last line
TITLE_SIZES = (32, 30, 28, 26, 24, 22, 20, 18, 16, 15, 14, 13, 12)
TITLE_LEADING = 1.25  # times the font size
TITLE_MAX_HEIGHT = 58.0  # first line's size plus the leading of further lines
TABLE_TOP = PAGE_HEIGHT - 176.0
QR_SIZE = 96.0
QR_BLOCK_WIDTH = 132.0
BOTTOM_AREA_TOP = MARGIN + QR_SIZE + 40.0  # top of the QR code and footer area
TABLE_BOTTOM = BOTTOM_AREA_TOP + 14.0
LABEL_WIDTH = 118.0
VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH
CELL_PADDING_X = 8.0
CELL_PADDING_TOP = 7.0
CELL_PADDING_Y = 15.0  # top and bottom together
MIN_SPLIT_HEIGHT = 80.0  # split an over-tall value only into at least this much space

ACCENT = colors.HexColor("#9B1C1C")  # seal red, for borders and title
RULE = colors.HexColor("#9E5A4F")
LABEL_BACKGROUND = colors.HexColor("#F8F1E7")
TEXT = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")

# 18-character runs shaped like a resident identity number (6 region + 8 birth date +
# 3 sequence + check character); those with a valid birth date and check are masked.
_RESIDENT_ID = re.compile(
    r"(?<![0-9A-Za-z])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])"
)

_font_lock = threading.Lock()
_font_cache: dict[tuple[str, ...], str] = {}


# --- public interface ----------------------------------------------------------------


def verification_url(licence: Licence) -> str:
    """The public verification page for this licence, as encoded in its QR code."""
    query = urlencode({"number": licence.number, "code": licence.verification_code})
    return f"{settings.PORTAL_BASE_URL}/verify/?{query}"


def render_licence_pdf(licence: Licence) -> bytes:
    """Render the licence as a PDF document and return its bytes."""
    font = licence_font()
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
        _draw_frame(canvas, font, type_name)
        table = _page_table(cells, font)
        _, height = table.wrap(CONTENT_WIDTH, PAGE_HEIGHT)
        table.drawOn(canvas, MARGIN, TABLE_TOP - height)
        _draw_footer(canvas, styles, url)
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


# --- fonts ---------------------------------------------------------------------------


def licence_font() -> str:
    """Name of the registered CJK font to print with (registered on first use)."""
    candidates = tuple(settings.LICENCE_FONT_CANDIDATES)
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
        name = "LicenceCJK-" + hashlib.sha256(path.encode()).hexdigest()[:12]
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
                "licence font %s could not be registered; trying the next",
                path,
                exc_info=True,
            )
            continue
        logger.info("licence PDFs use the embedded font %s", path)
        return name
    logger.warning(
        "no usable licence font among %s; falling back to the built-in %s, which is "
        "not embedded in the PDFs",
        list(candidates),
        FALLBACK_FONT,
    )
    if FALLBACK_FONT not in registered:
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
    return FALLBACK_FONT


@lru_cache(maxsize=8)
def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "licence-base",
        fontName=font,
        fontSize=12,
        leading=18,
        textColor=TEXT,
        wordWrap="CJK",
    )
    return {
        "label": ParagraphStyle("licence-label", parent=base, alignment=TA_CENTER),
        "value": ParagraphStyle("licence-value", parent=base, alignment=TA_LEFT),
        "note": ParagraphStyle(
            "licence-note", parent=base, fontSize=9, leading=14, textColor=MUTED
        ),
        "caption": ParagraphStyle(
            "licence-caption",
            parent=base,
            fontSize=9.5,
            leading=12,
            alignment=TA_CENTER,
        ),
        "url": ParagraphStyle(
            "licence-url",
            parent=base,
            fontSize=6,
            leading=7.5,
            alignment=TA_CENTER,
            textColor=MUTED,
        ),
    }


# --- content -------------------------------------------------------------------------


def _local(moment: datetime) -> datetime:
    return moment.astimezone(LICENCE_TIMEZONE) if moment.tzinfo else moment


def _chinese_date(day: date) -> str:
    return f"{day.year:04d}年{day.month:02d}月{day.day:02d}日"


def _mask_resident_ids(text: str) -> str:
    """Mask any valid resident identity number in ``text`` (first 6 and last 4 kept)."""

    def mask(match: re.Match[str]) -> str:
        if not _is_resident_id(match.group(0)):
            return match.group(0)
        logger.warning("a resident identity number was masked in a licence PDF field")
        return f"{match.group(1)}{'*' * 8}{match.group(2)}"

    return _RESIDENT_ID.sub(mask, text)


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


# --- drawing -------------------------------------------------------------------------


def _draw_frame(canvas: Canvas, font: str, type_name: str) -> None:
    """Borders, corner ornaments, title and subtitle."""
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2.4)
    canvas.rect(
        BORDER_OUTER,
        BORDER_OUTER,
        PAGE_WIDTH - 2 * BORDER_OUTER,
        PAGE_HEIGHT - 2 * BORDER_OUTER,
    )
    canvas.setLineWidth(0.8)
    canvas.rect(
        BORDER_INNER,
        BORDER_INNER,
        PAGE_WIDTH - 2 * BORDER_INNER,
        PAGE_HEIGHT - 2 * BORDER_INNER,
    )
    ornament = 14.0
    canvas.setLineWidth(1.4)
    for x, y, dx, dy in (
        (BORDER_INNER + 5, BORDER_INNER + 5, 1, 1),
        (PAGE_WIDTH - BORDER_INNER - 5, BORDER_INNER + 5, -1, 1),
        (BORDER_INNER + 5, PAGE_HEIGHT - BORDER_INNER - 5, 1, -1),
        (PAGE_WIDTH - BORDER_INNER - 5, PAGE_HEIGHT - BORDER_INNER - 5, -1, -1),
    ):
        canvas.lines([(x, y, x + dx * ornament, y), (x, y, x, y + dy * ornament)])

    # title: the licence type name, as large as fits, slightly emboldened
    size, spacing, lines = _title_layout(type_name, font)
    canvas.setLineWidth(size / 40)
    canvas.setFillColor(ACCENT)
    for index, line in enumerate(lines):
        width = _spaced_width(line, font, size, spacing)
        text = canvas.beginText()
        text.setFont(font, size)
        text.setCharSpace(spacing)
        text.setTextRenderMode(2)  # fill and stroke: a bolder face from a regular font
        baseline = TITLE_BASELINE + (len(lines) - 1 - index) * size * TITLE_LEADING
        text.setTextOrigin((PAGE_WIDTH - width) / 2, baseline)
        text.textOut(line)
        text.setTextRenderMode(0)  # the text state outlives the text object: reset it
        text.setCharSpace(0)
        canvas.drawText(text)

    canvas.setFont(font, 10.5)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(PAGE_WIDTH / 2, TITLE_BASELINE - 28, "（电子证照）")
    canvas.setStrokeColor(ACCENT)
    rule_y = TITLE_BASELINE - 42
    canvas.setLineWidth(1.6)
    canvas.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, rule_y - 3, PAGE_WIDTH - MARGIN, rule_y - 3)
    canvas.restoreState()


def _spaced_width(text: str, font: str, size: float, spacing: float) -> float:
    return pdfmetrics.stringWidth(text, font, size) + spacing * max(len(text) - 1, 0)


@lru_cache(maxsize=256)
def _title_layout(title: str, font: str) -> tuple[float, float, tuple[str, ...]]:
    """Font size, character spacing and lines: the largest size that fits the box."""
    for size in TITLE_SIZES:
        spacing = size * (0.12 if size >= 24 else 0.04)
        lines = _wrap_title(title, font, size, spacing)
        if size + (len(lines) - 1) * size * TITLE_LEADING <= TITLE_MAX_HEIGHT:
            break
    return size, spacing, lines


def _wrap_title(title: str, font: str, size: float, spacing: float) -> tuple[str, ...]:
    """Break between characters into balanced lines that fit the content width."""
    total = _spaced_width(title, font, size, spacing)
    count = max(1, -(-int(total) // int(CONTENT_WIDTH)))
    per_line = -(-len(title) // count)
    lines: list[str] = []
    line = ""
    for char in title:
        candidate = line + char
        too_wide = _spaced_width(candidate, font, size, spacing) > CONTENT_WIDTH
        if line and (too_wide or len(candidate) > per_line):
            lines.append(line)
            line = char
        else:
            line = candidate
    lines.append(line)
    return tuple(lines)


def _draw_footer(canvas: Canvas, styles: dict[str, ParagraphStyle], url: str) -> None:
    """The QR code with its caption bottom right, the legal note bottom left."""
    block_x = PAGE_WIDTH - MARGIN - QR_BLOCK_WIDTH
    qr_x = block_x + (QR_BLOCK_WIDTH - QR_SIZE) / 2
    qr_y = BOTTOM_AREA_TOP - QR_SIZE
    _draw_qr(canvas, url, qr_x, qr_y, QR_SIZE)

    caption = Paragraph(QR_CAPTION, styles["caption"])
    _, caption_height = caption.wrap(QR_BLOCK_WIDTH, 20)
    caption_y = qr_y - 4 - caption_height
    caption.drawOn(canvas, block_x, caption_y)
    url_paragraph = Paragraph(escape(url), styles["url"])
    _, url_height = url_paragraph.wrap(QR_BLOCK_WIDTH, 40)
    url_paragraph.drawOn(canvas, block_x, caption_y - 2 - url_height)

    note_width = CONTENT_WIDTH - QR_BLOCK_WIDTH - 24
    # one clause a line: breaking the second clause anywhere reads badly
    note = Paragraph(escape(FOOTER_NOTE).replace("，", "，<br/>", 1), styles["note"])
    _, note_height = note.wrap(note_width, 60)
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(
        MARGIN, MARGIN + note_height + 6, MARGIN + note_width, MARGIN + note_height + 6
    )
    canvas.restoreState()
    note.drawOn(canvas, MARGIN, MARGIN)


def _draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """Draw a QR code of ``data`` as runs of dark modules, with a 2-module margin."""
    qr = segno.make(data, error="m", micro=False)
    border = 2
    matrix = [list(row) for row in qr.matrix_iter(scale=1, border=0)]
    count = len(matrix)
    module = size / (count + 2 * border)
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (border + row_index + 1) * module
        column = 0
        while column < count:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < count and row[column]:
                column += 1
            path.rect(
                x + (border + start) * module, top, (column - start) * module, module
            )
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
