"""Drawing of the fixed parts of a licence page: frame, title, footer, QR code."""

from functools import lru_cache
from xml.sax.saxutils import escape

import segno
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from .layout import (
    ACCENT,
    BORDER_INNER,
    BORDER_OUTER,
    BOTTOM_AREA_TOP,
    CONTENT_WIDTH,
    FOOTER_NOTE,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    QR_BLOCK_WIDTH,
    QR_CAPTION,
    QR_SIZE,
    RULE,
    TITLE_BASELINE,
    TITLE_LEADING,
    TITLE_MAX_HEIGHT,
    TITLE_SIZES,
)


def draw_frame(canvas: Canvas, font: str, type_name: str) -> None:
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


def draw_footer(canvas: Canvas, styles: dict[str, ParagraphStyle], url: str) -> None:
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
