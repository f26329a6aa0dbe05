"""Tests of the e-licence PDF renderer (licences/pdf.py).

The PDFs are checked from the outside with poppler (pdftotext, pdffonts, pdftoppm) and
zbar (zbarimg); a test needing a missing tool is skipped. No database is used: the
licences are unsaved model instances.
"""

import logging
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.utils import timezone
from stdnum.cn import ric
from stdnum.iso7064 import mod_37_36

from common import pdf_fonts
from licences.models import Licence, LicenceType
from licences.pdf import render_licence_pdf, verification_url

WQY_ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
NUMBER_BODY = "JYXK35000020260000123"
NUMBER = NUMBER_BODY + mod_37_36.calc_check_digit(NUMBER_BODY)
TYPE_NAME = "食品经营许可证"
AUTHORITY = "示范省市场监督管理局"
HOLDER = "林晓明"
MASKED_ID = "350102********1234"
# An 18-character resident-ID-shaped run, as poppler would show an unmasked identifier.
ID_RUN = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")


def resident_id(first_17: str) -> str:
    """A resident identity number with a valid check character (fictitious)."""
    return first_17 + ric.calc_check_digit(first_17 + "0")


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: poppler-utils / zbar-tools)")
    return path


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, check=True, text=True).stdout  # noqa: S603


def make_licence(**overrides: object) -> Licence:
    licence_type = LicenceType(code="JYXK", name=TYPE_NAME, issuing_authority=AUTHORITY)
    fields: dict[str, object] = {
        "number": NUMBER,
        "verification_code": "ABCD2345",
        "licence_type": licence_type,
        "holder_name": HOLDER,
        "holder_identifier_masked": MASKED_ID,
        "issuing_authority": AUTHORITY,
        "data": {
            "经营场所": "示范省福州市鼓楼区五四路88号1层",
            "主体业态": "食品销售经营者（网络经营）",
            "经营项目": "预包装食品销售（含冷藏冷冻食品）",
        },
        "issued_at": timezone.now(),
        "valid_until": None,
    }
    fields.update(overrides)
    return Licence(**fields)


def write_pdf(tmp_path: Path, licence: Licence, name: str = "licence.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(render_licence_pdf(licence))
    return path


def pdf_text(path: Path, *options: str) -> str:
    return run(tool("pdftotext"), *options, str(path), "-")


@pytest.fixture(autouse=True)
def fresh_font_choice():
    """Let each test choose the font from its own settings (and log about it)."""
    pdf_fonts.clear_font_cache()
    yield
    pdf_fonts.clear_font_cache()


@pytest.fixture
def embedded_font(settings):
    if not Path(WQY_ZENHEI).is_file():
        pytest.skip(f"{WQY_ZENHEI} is missing (Debian: fonts-wqy-zenhei)")
    settings.PDF_FONT_CANDIDATES = [WQY_ZENHEI]


def test_verification_url_encodes_the_query(settings):
    settings.PORTAL_BASE_URL = "https://portal.example"
    assert verification_url(make_licence()) == (
        f"https://portal.example/verify/?number={NUMBER}&code=ABCD2345"
    )
    odd = make_licence(number="A B&C", verification_code="X=Y")
    assert (
        verification_url(odd)
        == "https://portal.example/verify/?number=A+B%26C&code=X%3DY"
    )


def test_pdf_text_is_extractable_chinese(tmp_path):
    path = write_pdf(tmp_path, make_licence())

    assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    for expected in (
        TYPE_NAME,
        HOLDER,
        NUMBER,
        "发证机关",
        AUTHORITY,
        MASKED_ID,
        "ABCD2345",
    ):
        assert expected in text
    for label in ("证照编号", "持证主体", "证件号码", "发证日期", "有效期至", "验证码"):
        assert label in text
    assert "经营场所" in text
    assert "示范省福州市鼓楼区五四路88号1层" in text
    assert "扫码核验" in text
    assert "本电子证照与纸质证照具有同等法律效力" in text


def test_dates_are_shanghai_local_and_validity_is_printed(tmp_path):
    # 17:30 UTC on 31 March is already 1 April in Shanghai
    issued_at = datetime(2026, 3, 31, 17, 30, tzinfo=UTC)
    dated = make_licence(issued_at=issued_at, valid_until=date(2031, 3, 31))
    text = pdf_text(write_pdf(tmp_path, dated))
    assert "2026年04月01日" in text
    assert "2031年03月31日" in text
    assert "长期" not in text

    text = pdf_text(
        write_pdf(tmp_path, make_licence(issued_at=issued_at), "indefinite.pdf")
    )
    assert "长期" in text


def test_metadata(tmp_path):
    path = write_pdf(tmp_path, make_licence())
    info = run(tool("pdfinfo"), str(path))
    assert re.search(rf"^Title:\s+{TYPE_NAME} {NUMBER}$", info, re.MULTILINE)
    assert re.search(rf"^Author:\s+{AUTHORITY}$", info, re.MULTILINE)
    assert re.search(r"^Subject:\s+\S", info, re.MULTILINE)
    assert re.search(r"^Page size:.*\(A4\)", info, re.MULTILINE)
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)


def test_rendering_is_deterministic():
    licence = make_licence()
    assert render_licence_pdf(licence) == render_licence_pdf(licence)


def test_font_is_embedded(tmp_path, embedded_font):
    path = write_pdf(tmp_path, make_licence())
    # past the two header lines
    lines = run(tool("pdffonts"), str(path)).splitlines()[2:]
    assert lines, "no fonts listed"
    # columns from the right: ... emb sub uni object-id generation
    assert any("WenQuanYi" in line and line.split()[-5] == "yes" for line in lines), (
        lines
    )
    assert all(line.split()[-5] == "yes" for line in lines), (
        f"a font is not embedded: {lines}"
    )


def test_falls_back_to_builtin_cid_font(tmp_path, settings, caplog):
    settings.PDF_FONT_CANDIDATES = ["/nonexistent.ttf"]

    with caplog.at_level(logging.WARNING, logger="licences.pdf"):
        path = write_pdf(tmp_path, make_licence())

    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings, "no warning about the missing font"
    assert "STSong-Light" in warnings[0].getMessage()
    assert b"STSong-Light" in path.read_bytes()
    text = pdf_text(path)
    assert HOLDER in text
    assert TYPE_NAME in text


def test_unusable_font_file_is_skipped(tmp_path, settings, caplog, embedded_font):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"this is not a font")
    settings.PDF_FONT_CANDIDATES = [str(broken), WQY_ZENHEI]

    with caplog.at_level(logging.WARNING, logger="licences.pdf"):
        content = render_licence_pdf(make_licence())

    assert any(str(broken) in r.getMessage() for r in caplog.records)
    assert b"WenQuanYi" in content


def test_font_is_registered_once(settings, embedded_font, monkeypatch):
    render_licence_pdf(make_licence())

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("font registered again")

    monkeypatch.setattr(pdf_fonts, "_register_font", fail)
    render_licence_pdf(make_licence())


def test_qr_code_decodes_to_verification_url(tmp_path):
    zbarimg = tool("zbarimg")
    licence = make_licence()
    path = write_pdf(tmp_path, licence)

    pdftoppm = tool("pdftoppm")
    run(
        pdftoppm,
        "-r",
        "150",
        "-png",
        "-f",
        "1",
        "-l",
        "1",
        str(path),
        str(tmp_path / "page"),
    )
    (png,) = tmp_path.glob("page*.png")
    decoded = run(zbarimg, "--raw", "-q", str(png)).strip()
    assert decoded == verification_url(licence)


class _Boxes(HTMLParser):
    """Collects the page size and word boxes of ``pdftotext -bbox`` output."""

    def __init__(self) -> None:
        super().__init__()
        self.pages: list[tuple[float, float]] = []
        self.words: list[dict[str, float]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "page":
            values = dict(attrs)
            self.pages.append(
                (float(values["width"] or 0), float(values["height"] or 0))
            )
        elif tag == "word":
            self.words.append({key: float(value or 0) for key, value in attrs})


def test_long_value_wraps_within_the_page(tmp_path):
    phrase = "预包装食品销售，散装食品销售，保健食品销售，特殊医学用途配方食品销售；"
    long_value = (phrase * 10)[:300]
    assert len(long_value) == 300
    licence = make_licence(data={"经营项目": long_value, "备注": "无"})
    path = write_pdf(tmp_path, licence)

    boxes = _Boxes()
    boxes.feed(pdf_text(path, "-bbox"))
    assert boxes.pages and boxes.words
    width, height = boxes.pages[0]
    for word in boxes.words:
        assert 0 <= word["xmin"] <= word["xmax"] <= width
        assert 0 <= word["ymin"] <= word["ymax"] <= height
    # the whole value is there, in reading order, spread over several lines
    raw = pdf_text(path, "-raw")
    assert long_value in re.sub(r"\s+", "", raw)
    assert (
        sum(
            1
            for line in raw.splitlines()
            if line.strip() and line.strip() in long_value
        )
        >= 5
    )


def test_very_long_value_continues_on_further_pages(tmp_path):
    long_value = "保健食品销售；" * 700
    path = write_pdf(tmp_path, make_licence(data={"经营项目": long_value}))
    info = run(tool("pdfinfo"), str(path))
    pages = int(re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE).group(1))
    assert pages > 1
    text = pdf_text(path)
    assert "经营项目（续）" in text
    assert f"第{pages}页/共{pages}页" in re.sub(r"\s+", "", text)
    assert "验证码" in text  # the rows after the long one are on the last page


@pytest.mark.parametrize("where", ["data", "holder"])
def test_unmasked_identifier_never_printed(tmp_path, where):
    unmasked = resident_id("11010519491231002")
    other = resident_id("35010219900307100")
    data = {
        "经营场所": "示范省福州市鼓楼区五四路88号1层",
        "法定代表人": "陈一鸣",
        "法定代表人身份证号": unmasked,
        "备注": f"联系人证件 {other}，电话 13800138000",
    }
    if where == "data":
        licence = make_licence(data=data)
    else:
        licence = make_licence(holder_identifier_masked=unmasked, data={"备注": other})

    text = pdf_text(write_pdf(tmp_path, licence))

    assert HOLDER in text
    assert unmasked not in text
    assert other not in text
    assert ID_RUN.search(text.replace(NUMBER, "")) is None
    assert f"{unmasked[:6]}********{unmasked[-4:]}" in text
    if where == "data":
        assert MASKED_ID in text
        assert "13800138000" in text  # other numbers are left alone
