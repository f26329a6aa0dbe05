import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import WorkflowState

from cms.models import ArticlePage
from cms.tasks import publish_scheduled_pages
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    user = StaffUserFactory()
    user.groups.add(Group.objects.get(name="内容编辑"))
    return user


@pytest.fixture
def approver():
    user = StaffUserFactory()
    user.groups.add(Group.objects.get(name="内容审核"))
    return user


@pytest.fixture
def draft(news_section, editor):
    page = ArticlePage(title="待审核的新闻", slug="draft-news", live=False)
    news_section.add_child(instance=page)
    page.save_revision(user=editor)
    return page


def test_home_page_uses_the_publishing_workflow(home, draft):
    assert home.get_workflow().name == "内容发布审核"
    assert draft.get_workflow().name == "内容发布审核"


def test_editor_may_edit_but_not_publish(draft, editor, approver):
    assert draft.permissions_for_user(editor).can_edit()
    assert not draft.permissions_for_user(editor).can_publish()
    assert draft.permissions_for_user(approver).can_publish()


def test_submission_stays_unpublished_until_approved(client, draft, editor, approver):
    draft.get_workflow().start(draft, editor)
    draft.refresh_from_db()
    state = draft.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not draft.live
    task = state.current_task_state.task.specific
    assert not task.user_can_access_editor(draft, editor) or not task.get_actions(
        draft, editor
    )
    assert task.get_actions(draft, approver)

    state.current_task_state.approve(user=approver)
    draft.refresh_from_db()
    assert draft.live
    assert client.get(draft.url).status_code == 200


def test_rejected_submission_is_not_published(draft, editor, approver):
    draft.get_workflow().start(draft, editor)
    draft.refresh_from_db()
    draft.current_workflow_state.current_task_state.reject(user=approver)
    draft.refresh_from_db()
    assert not draft.live


def test_scheduled_page_is_published_by_the_task(client, news_section, approver):
    page = ArticlePage(title="定时发布的新闻", slug="scheduled", live=False)
    news_section.add_child(instance=page)
    page.save_revision(
        user=approver,
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    publish_scheduled_pages()
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200


def test_future_scheduled_page_stays_unpublished(news_section, approver):
    page = ArticlePage(title="明天发布", slug="tomorrow", live=False)
    news_section.add_child(instance=page)
    page.save_revision(
        user=approver, approved_go_live_at=timezone.now() + datetime.timedelta(days=1)
    )
    publish_scheduled_pages()
    page.refresh_from_db()
    assert not page.live


def test_scheduled_publishing_runs_every_minute(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["cms-publish-scheduled-pages"]
    assert entry["task"] == "cms.tasks.publish_scheduled_pages"
    assert entry["schedule"] == 60
