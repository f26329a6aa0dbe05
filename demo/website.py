"""Demo content of the website, seeded by ``manage.py seed_demo`` (idempotent).

Flow: sections under the home page; news, notices, policy documents (each with a
generated PDF attachment), interpretations linked to their policies; a department
page for every catalogue department; banner images drawn with Pillow; the menus
and footer; the approver demo account; English copies of the home page, the
sections and two news articles. Existing pages are found by slug and left as they
are, so a second run creates nothing twice.
"""

import datetime
import io

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from cms.caching import site_content_changed
from cms.models import (
    ArticlePage,
    DepartmentIndexPage,
    DepartmentPage,
    HomePage,
    PolicyAttachment,
    PolicyDocumentPage,
    PolicyIndexPage,
    SectionIndexPage,
    SiteChrome,
)
from demo import website_content as content

EDITORS = "内容编辑"
APPROVERS = "内容审核"
APPROVER_EMAIL = "approver@example.com"
EDITOR_EMAIL = "editor@example.com"
BANNERS = [
    ("政务服务横幅（蓝）", (11, 78, 162)),
    ("政务服务横幅（红）", (179, 38, 30)),
    ("政务服务横幅（绿）", (27, 110, 53)),
]


def _date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def _paragraphs(texts: list[str]) -> list[dict]:
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def _child(parent: Page, model: type[Page], slug: str, **fields) -> tuple[Page, bool]:
    """The live child of ``parent`` with ``slug``, created and published if
    missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _banner(title: str, colour: tuple[int, int, int]):
    from PIL import Image as PillowImage
    from PIL import ImageDraw

    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    picture = PillowImage.new("RGB", (1200, 400), colour)
    draw = ImageDraw.Draw(picture)
    for step in range(0, 1200, 80):
        draw.line([(step, 400), (step + 400, 0)], fill=(255, 255, 255), width=3)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return image_model.objects.create(
        title=title, file=ImageFile(io.BytesIO(buffer.getvalue()), name="banner.png")
    )


def _pdf(title: str, number: str, body: str, paragraphs: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    pdf.setFont("STSong-Light", 16)
    pdf.drawCentredString(width / 2, height - 80, body)
    pdf.setFont("STSong-Light", 12)
    pdf.drawCentredString(width / 2, height - 110, number)
    y = height - 150
    for line in [title, "", *paragraphs]:
        for start in range(0, len(line) or 1, 36):
            pdf.drawString(60, y, line[start : start + 36])
            y -= 20
    pdf.drawString(60, 60, "（示范系统合成文件，仅供演示）")
    pdf.save()
    return buffer.getvalue()


def _attachment(page: PolicyDocumentPage, row) -> None:
    if page.attachments.exists():
        return
    slug, title, number, body, *_rest, paragraphs = row
    document_model = get_document_model()
    document = document_model.objects.create(
        title=f"{title}（PDF）",
        file=ContentFile(_pdf(title, number, body, paragraphs), name=f"{slug}.pdf"),
    )
    PolicyAttachment.objects.create(page=page, document=document, title="正式文本")


def _sections(home: HomePage) -> dict[str, Page]:
    sections = {}
    for slug, title, kind in (
        ("news", "新闻动态", SectionIndexPage.Kind.NEWS),
        ("notices", "通知公告", SectionIndexPage.Kind.NOTICE),
        ("interpretations", "政策解读", SectionIndexPage.Kind.INTERPRETATION),
    ):
        sections[slug], _ = _child(home, SectionIndexPage, slug, title=title, kind=kind)
    sections["policies"], _ = _child(
        home, PolicyIndexPage, "policies", title="政策文件"
    )
    sections["departments"], _ = _child(
        home, DepartmentIndexPage, "departments", title="部门"
    )
    return sections


def _articles(sections, images, departments) -> tuple[list[ArticlePage], int]:
    created = 0
    news = []
    for index, (date, title, summary, source, texts) in enumerate(content.NEWS):
        image = images[index % len(images)] if index < 3 else None
        body = _paragraphs(texts)
        if image is not None:
            body.insert(
                1,
                {
                    "type": "image",
                    "value": {"image": image.pk, "alt": title, "caption": source},
                },
            )
        page, new = _child(
            sections["news"],
            ArticlePage,
            f"news-{index + 1}",
            title=title,
            date=_date(date),
            summary=summary,
            source=source,
            body=body,
            lead_image=image,
            lead_image_alt=title if image else "",
            department=departments[index % len(departments)] if departments else None,
        )
        news.append(page)
        created += new
    for index, (date, title, summary, texts) in enumerate(content.NOTICES):
        _page, new = _child(
            sections["notices"],
            ArticlePage,
            f"notice-{index + 1}",
            title=title,
            date=_date(date),
            summary=summary,
            source="示范省政务服务中心",
            body=_paragraphs(texts),
        )
        created += new
    return news, created


def _policies(sections) -> tuple[dict[str, PolicyDocumentPage], int]:
    policies = {}
    created = 0
    for row in content.POLICIES:
        (
            slug,
            title,
            number,
            body,
            issued,
            effective,
            status,
            subject,
            summary,
            texts,
        ) = row
        page, new = _child(
            sections["policies"],
            PolicyDocumentPage,
            slug,
            title=title,
            document_number=number,
            issuing_body=body,
            issue_date=issued,
            effective_date=effective,
            status=status,
            subject=subject,
            summary=summary,
            body=_paragraphs(texts),
        )
        _attachment(page, row)
        policies[slug] = page
        created += new
    for slug, title, policy_slug, date, texts in content.INTERPRETATIONS:
        _page, new = _child(
            sections["interpretations"],
            ArticlePage,
            slug,
            title=title,
            date=_date(date),
            summary=title,
            source="示范省人民政府办公厅",
            body=_paragraphs(texts),
            policy=policies[policy_slug],
        )
        created += new
    return policies, created


def _department_pages(sections, departments) -> int:
    created = 0
    for department in departments:
        _page, new = _child(
            sections["departments"],
            DepartmentPage,
            department.code.lower(),
            title=department.name,
            department=department,
            address=f"{department.region_name}政务服务中心",
            phone="12345",
            office_hours="工作日 9:00-12:00，13:30-17:30",
        )
        created += new
    return created


def _chrome(site: Site) -> None:
    chrome = SiteChrome.objects.filter(site=site).first() or SiteChrome(site=site)
    chrome.main_menu = [
        ("link", {"label": zh, "label_en": en, "url": url})
        for zh, en, url in content.MENU
    ]
    chrome.footer_columns = [
        (
            "column",
            {
                "title": title,
                "title_en": title_en,
                "links": [{"label": z, "label_en": e, "url": u} for z, e, u in links],
            },
        )
        for title, title_en, links in content.FOOTER
    ]
    chrome.sponsor = (
        "示范省人民政府办公厅主办　示范省大数据管理局承办（演示系统，数据均为合成）"
    )
    chrome.sponsor_en = (
        "Sponsored by the General Office of the Demo Province People's Government "
        "(demonstration system, synthetic data)"
    )
    chrome.address = "示范省榕城市政务路1号"
    chrome.hotline = "12345"
    chrome.email = "portal@portal.example"
    chrome.icp_number = "示ICP备20260001号-1"
    chrome.police_record_number = "示公网安备 35010202000001号"
    chrome.site_code = "3500000001"
    chrome.save()


def _accounts() -> dict[str, bool]:
    """The approver demo account (password and TOTP as the other demo staff) and
    both content groups for the demo editor and approver."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP

    from demo.accounts import DEMO_TOTP_SECRET, demo_password_hash
    from identity import groups
    from identity.models import User

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    approvers, _ = Group.objects.get_or_create(name=APPROVERS)
    staff_kind, _ = Group.objects.get_or_create(name=groups.EDITOR)
    approver = User.objects.filter(email=APPROVER_EMAIL).first()
    created = approver is None
    if created:
        approver = User(username="approver", email=APPROVER_EMAIL)
        approver.password = demo_password_hash()
    approver.display_name = "网站审核人员"
    approver.save()
    EmailAddress.objects.update_or_create(
        user=approver,
        email=APPROVER_EMAIL,
        defaults={"verified": True, "primary": True},
    )
    # The identity "editor" group makes the account a staff kind (TOTP required).
    approver.groups.add(staff_kind, approvers)
    if not Authenticator.objects.filter(
        user=approver, type=Authenticator.Type.TOTP
    ).exists():
        TOTP.activate(approver, DEMO_TOTP_SECRET)
    editor = User.objects.filter(email=EDITOR_EMAIL).first()
    if editor is not None:
        editor.groups.add(editors)
    return {"approver_created": created, "editor_found": editor is not None}


def _translate(page: Page, locale: Locale, **fields) -> tuple[Page, bool]:
    """The live translation of ``page`` into ``locale``, copied and published
    with ``fields`` if missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translation = page.specific.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation, True


def _english(home: HomePage, sections: dict[str, Page], news) -> int:
    locale, _ = Locale.objects.get_or_create(language_code="en")
    created = 0
    _home, new = _translate(
        home,
        locale,
        title="Demo Province Government Services",
        tagline="One sign-in, every government service online",
        intro="",
    )
    created += new
    for slug, title in content.ENGLISH_SECTIONS.items():
        _page, new = _translate(sections[slug], locale, title=title, intro="")
        created += new
    for index, (title, summary, texts) in content.ENGLISH_NEWS.items():
        _page, new = _translate(
            news[index],
            locale,
            title=title,
            summary=summary,
            source="Demo Province Government Service Centre",
            body=_paragraphs(texts),
        )
        created += new
    return created


def seed_cms_demo() -> dict:
    """Create the demo website content; returns counts for the seed summary."""
    from services.selectors import department_list

    with transaction.atomic():
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        sections = _sections(home)
        images = [_banner(title, colour) for title, colour in BANNERS]
        departments = list(department_list())
        news, articles_created = _articles(sections, images, departments[:4])
        policies, policies_created = _policies(sections)
        departments_created = _department_pages(sections, departments)
        _chrome(site)
        accounts = _accounts()
        translations_created = _english(home, sections, news)
    site_content_changed()
    return {
        "articles": ArticlePage.objects.filter(locale=home.locale).count(),
        "articles_created": articles_created,
        "policies": len(policies),
        "policies_created": policies_created,
        "department_pages": len(departments),
        "department_pages_created": departments_created,
        "images": len(images),
        "translations_created": translations_created,
        "approver_created": accounts["approver_created"],
    }
