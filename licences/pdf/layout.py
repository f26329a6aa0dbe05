"""Page geometry, colours, fixed wording and paragraph styles of licence PDFs."""

from functools import lru_cache
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle

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
