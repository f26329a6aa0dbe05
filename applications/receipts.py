"""Application receipts (受理回执 / 申请回执) as A4 PDFs.

``receipt_pdf(application)`` lays out, with reportlab's platypus: the title (an
acceptance receipt once the window accepted the application, else a submission
receipt), the application number, service, applicant (name and masked ID only), the
organisation acted for, submission time, status, committed time limit and due date,
the materials with where each came from (e-licence, data sharing, uploaded...), a QR
code of the tracking URL with the URL printed beside it, and the department.

The receipt is a formal Chinese document like the e-licence, so it is rendered in
the portal's default language whatever the request's language, with the CJK font
chosen by ``common.pdf_fonts`` (embedded when installed). Codes (number, URL) are
set in Helvetica so that they stay selectable and searchable as plain text.
"""

from io import BytesIO
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import timezone, translation
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from applications.models import Application, ApplicationMaterial
from common.pdf_fonts import cjk_font

QR_SIZE = 32 * mm
CODE_FONT = "Helvetica"
# The formal wording of where each material came from, as printed on receipts.
SOURCE_LABELS = {
    ApplicationMaterial.Source.LICENCE: "电子证照",
    ApplicationMaterial.Source.REGISTRY: "政务数据共享",
    ApplicationMaterial.Source.REUSED: "复用已提交材料",
    ApplicationMaterial.Source.UPLOADED: "申请人上传",
    ApplicationMaterial.Source.MISSING: "未提交",
}


def tracking_url(application: Application) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return settings.PORTAL_BASE_URL + application.get_absolute_url()


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=15)
    return {
        "title": ParagraphStyle(
            "title", parent=base, fontSize=20, leading=28, alignment=1, spaceAfter=6
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, alignment=1, textColor=colors.grey
        ),
        "heading": ParagraphStyle(
            "heading", parent=base, fontSize=12.5, leading=18, spaceBefore=10
        ),
        "cell": base,
        "label": ParagraphStyle(
            "label", parent=base, textColor=colors.HexColor("#444")
        ),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=13),
    }


def _code(text: str) -> str:
    return f'<font face="{CODE_FONT}">{escape(text)}</font>'


def _applicant(application: Application) -> str:
    person = application.applicant.person_or_none
    name = application.data.get("applicant_name") or (
        person.name if person else str(application.applicant)
    )
    if person and person.identifier_masked:
        return f"{escape(name)}（{_code(person.identifier_masked)}）"
    return escape(name)


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else "—"


def _facts(application: Application) -> list[tuple[str, str]]:
    service = application.service
    rows = [
        ("申请编号", _code(application.number)),
        ("事项名称", escape(service.name)),
        ("申请人", _applicant(application)),
    ]
    if application.on_behalf_of_id:
        rows.append(("代为办理", escape(application.on_behalf_label)))
    rows += [
        ("提交时间", _code(_local(application.submitted_at))),
        ("办件状态", escape(str(application.get_status_display()))),
        ("承诺时限", f"{service.committed_days} 个工作日"),
    ]
    if application.accepted_at:
        rows.append(("受理时间", _code(_local(application.accepted_at))))
    if application.due_date:
        rows.append(("办结期限", _code(application.due_date.isoformat())))
    rows.append(("受理部门", escape(service.department.name)))
    return rows


def _table(rows: list[list], widths: list[float], header: bool = False) -> Table:
    table = Table(rows, colWidths=widths)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f7")))
    else:
        style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7")))
    table.setStyle(TableStyle(style))
    return table


def _qr(url: str) -> Drawing:
    widget = QrCodeWidget(url, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(
        QR_SIZE,
        QR_SIZE,
        transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0],
    )
    drawing.add(widget)
    return drawing


def receipt_pdf(application: Application) -> bytes:
    """Render the receipt of ``application`` and return the PDF bytes."""
    with translation.override(settings.LANGUAGE_CODE):
        return _render(application)


def _render(application: Application) -> bytes:
    font = cjk_font()
    styles = _styles(font)
    accepted = application.accepted_at is not None
    title = "受理回执" if accepted else "申请回执"
    url = tracking_url(application)
    width = A4[0] - 40 * mm

    story: list = [
        Paragraph(escape(title), styles["title"]),
        Paragraph(escape(application.service.department.name), styles["subtitle"]),
        Spacer(1, 6 * mm),
    ]
    facts = [
        [Paragraph(label, styles["label"]), Paragraph(value, styles["cell"])]
        for label, value in _facts(application)
    ]
    story.append(_table(facts, [32 * mm, width - 32 * mm]))

    story.append(Paragraph("申请材料", styles["heading"]))
    materials = [
        [Paragraph(text, styles["label"]) for text in ("序号", "材料名称", "来源")]
    ]
    for index, material in enumerate(application.materials.all(), start=1):
        materials.append(
            [
                Paragraph(str(index), styles["cell"]),
                Paragraph(escape(material.name), styles["cell"]),
                Paragraph(
                    SOURCE_LABELS.get(material.source, material.source), styles["cell"]
                ),
            ]
        )
    if len(materials) == 1:
        materials.append(
            [Paragraph("—", styles["cell"]), Paragraph("无", styles["cell"]), ""]
        )
    story.append(_table(materials, [14 * mm, width - 64 * mm, 50 * mm], header=True))

    story.append(Spacer(1, 8 * mm))
    track = [
        _qr(url),
        [
            Paragraph("扫描二维码或访问以下地址查询办理进度：", styles["cell"]),
            Paragraph(_code(url), styles["small"]),
            Spacer(1, 3 * mm),
            Paragraph(
                "本回执由系统自动生成。办件状态以网上查询结果为准。",
                styles["small"],
            ),
            Paragraph(f"打印时间：{_code(_local(timezone.now()))}", styles["small"]),
        ],
    ]
    track_table = Table([track], colWidths=[QR_SIZE + 6 * mm, width - QR_SIZE - 6 * mm])
    track_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(track_table)

    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"{title} {application.number}",
        author=application.service.department.name,
        subject=application.service.name,
        creator="citizen_portal receipts",
    )
    document.build(story)
    return buffer.getvalue()
