"""Fixtures of the website tests: the home page from the data migration and a
small tree below it (sections, articles, a policy document, a department page)."""

import datetime

import pytest
from wagtail.models import Page

from cms.models import (
    ArticlePage,
    DepartmentIndexPage,
    DepartmentPage,
    HomePage,
    PolicyDocumentPage,
    PolicyIndexPage,
    SectionIndexPage,
)


def add_child(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def home(db) -> HomePage:
    return HomePage.objects.get(depth=2, locale__language_code="zh-hans")


@pytest.fixture
def news_section(home) -> SectionIndexPage:
    return add_child(
        home,
        SectionIndexPage(
            title="新闻动态", slug="news", kind=SectionIndexPage.Kind.NEWS
        ),
    )


@pytest.fixture
def notice_section(home) -> SectionIndexPage:
    return add_child(
        home,
        SectionIndexPage(
            title="通知公告", slug="notices", kind=SectionIndexPage.Kind.NOTICE
        ),
    )


@pytest.fixture
def make_article(news_section):
    def make(title="全省政务服务工作会议召开", parent=None, **fields):
        fields.setdefault("slug", f"a-{ArticlePage.objects.count() + 1}")
        fields.setdefault("date", datetime.date(2026, 11, 1))
        fields.setdefault("summary", "会议部署下一阶段重点工作。")
        fields.setdefault(
            "body",
            [
                {"type": "heading", "value": {"text": "会议要求", "level": "h2"}},
                {"type": "paragraph", "value": "<p>进一步提升网上办事便利度。</p>"},
                {
                    "type": "quote",
                    "value": {"text": "让数据多跑路，群众少跑腿。", "source": ""},
                },
            ],
        )
        return add_child(parent or news_section, ArticlePage(title=title, **fields))

    return make


@pytest.fixture
def article(make_article) -> ArticlePage:
    return make_article(source="省政务服务中心")


@pytest.fixture
def policy_index(home) -> PolicyIndexPage:
    return add_child(home, PolicyIndexPage(title="政策文件", slug="policies"))


@pytest.fixture
def policy(policy_index) -> PolicyDocumentPage:
    return add_child(
        policy_index,
        PolicyDocumentPage(
            title="示范省人民政府办公厅关于深化一网通办改革的实施意见",
            slug="yiwangtongban",
            document_number="示政办〔2026〕12号",
            issuing_body="示范省人民政府办公厅",
            issue_date=datetime.date(2026, 3, 15),
            effective_date=datetime.date(2026, 4, 1),
            subject="政务服务",
            summary="推进政务服务事项全程网办。",
            body=[{"type": "paragraph", "value": "<p>各市、县人民政府：</p>"}],
        ),
    )


@pytest.fixture
def department_page(home, service) -> DepartmentPage:
    index = add_child(home, DepartmentIndexPage(title="部门", slug="departments"))
    return add_child(
        index,
        DepartmentPage(
            title=service.department.name,
            slug=service.department.code.lower(),
            department=service.department,
            address="示范省榕城市政务路1号",
            phone="0591-12345678",
        ),
    )
