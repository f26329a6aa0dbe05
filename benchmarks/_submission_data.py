"""Data for ``bench_submission``: the service, its 20-field e-form and two materials
obtained through ``sharing``, the applicants (each with a population record and a
licence), each applicant's session after the real form step, and request files of
prepared submissions (``submission_lines``) and form steps (``form_lines``).

Each prepared submission is a new database session, a copy of the applicant's
session after the form step with a fresh ``submission_key``, with auth keys and a
CSRF cookie, so that every measured request submits a different application.
"""

import datetime
import secrets
import uuid
from pathlib import Path
from urllib.parse import urlencode

from benchmarks._wrk_post import post_lines


def form_body() -> list:
    from eforms.definitions import field, options, section

    yes_no = options(("yes", "是"), ("no", "否"))
    return [
        section(
            "申请人信息",
            field("text", "applicant_name", "姓名", prefill="population.name"),
            field("phone", "phone", "手机号码"),
            field("email", "email", "电子邮箱"),
            field("date", "birth_date", "出生日期", latest_days=0),
            field("choice", "sex", "性别", options=options(("m", "男"), ("f", "女"))),
            field("address", "home_address", "现住址", detail_required=True),
        ),
        section(
            "申请事项",
            field(
                "choice",
                "reason",
                "申请原因",
                widget="select",
                options=options(("work", "就业"), ("study", "就学"), ("live", "居住")),
            ),
            field("text", "employer", "工作单位", max_length=100),
            field("phone", "employer_phone", "单位电话"),
            field("number", "years", "居住年限", min_value="0", max_value="80"),
            field("number", "income", "月收入（元）", min_value="0", decimal_places=2),
            field("date", "start_date", "来本市日期", latest_days=0),
            field(
                "multiple_choice",
                "needs",
                "需要的服务",
                options=options(
                    ("school", "子女入学"), ("medical", "医保"), ("car", "车辆")
                ),
            ),
            field("choice", "insured", "是否参保", options=yes_no),
            field("long_text", "remarks", "申请事由", max_length=500),
        ),
        section(
            "紧急联系人",
            field("text", "contact_name", "联系人姓名"),
            field("resident_id", "contact_id", "联系人身份证号码"),
            field("phone", "contact_phone", "联系人手机"),
            field(
                "choice",
                "relation",
                "关系",
                options=options(("p", "父母"), ("s", "配偶")),
            ),
            field("email", "contact_email", "联系人邮箱", required=False),
        ),
    ]


def form_post(n: int) -> dict:
    """The 20 answers as a browser posts them (the name comes from the registry)."""
    from sharing.synthetic import resident_id

    contact = resident_id("350103", datetime.date(1986, 5, 1), n % 999 + 1)
    return {
        "applicant_name": "",
        "phone": f"139{n:08d}",
        "email": f"applicant{n}@example.com",
        "birth_date": "1990-03-07",
        "sex": "m",
        "home_address__province": "350000",
        "home_address__city": "350100",
        "home_address__county": "350102",
        "home_address__detail": "政务路1号3幢201室",
        "reason": "work",
        "employer": "示范数字科技有限公司",
        "employer_phone": "13800000000",
        "years": "3",
        "income": "8500.50",
        "start_date": "2023-09-01",
        "needs": ["school", "medical"],
        "insured": "yes",
        "remarks": "来本市工作三年，申请居住证签注。",
        "contact_name": "林测试",
        "contact_id": contact,
        "contact_phone": "13700000000",
        "relation": "p",
        "contact_email": "",
        "_continue": "1",
    }


def load(applicants: int):
    """The service, its form and its two shared materials, and the applicants
    (a population record and a licence each); returns (service, users)."""
    from eforms.actions import definition_publish
    from sharing.synthetic import resident_id
    from tests.factories import (
        LicenceFactory,
        LicenceTypeFactory,
        MaterialRequirementFactory,
        PersonFactory,
        ServiceFactory,
    )
    from tests.sharing import registry_data

    licence_type = LicenceTypeFactory(code="BMJZ", name="居住证（基准）")
    service = ServiceFactory(name="居住证签注（基准）", licence_type=licence_type)
    MaterialRequirementFactory(
        service=service, name="居住证", licence_type=licence_type, sort_order=1
    )
    MaterialRequirementFactory(
        service=service,
        name="户口簿",
        shared_resource="population.person",
        sort_order=2,
    )
    definition_publish(service=service, title="居住证签注申请表", body=form_body())
    users = []
    for n in range(applicants):
        number = resident_id(
            "350102",
            datetime.date(1985, 1, 1) + datetime.timedelta(days=n * 53 % 7000),
            n % 999 + 1,
        )
        name = f"测试申请人{n:03d}"
        registry_data.person(resident=number, name=name)
        user = PersonFactory(resident_id=number, name=name).user
        LicenceFactory(holder=user, licence_type=licence_type, holder_name=name)
        users.append(user)
    return service, users


def templates_after_form_step(service, users) -> dict:
    """Each applicant's session after the real form step: {user pk: session dict}."""
    from django.test import Client
    from django.urls import reverse

    from applications.applying import pending_key

    url = reverse("applications:apply", kwargs={"code": service.code})
    templates = {}
    for n, user in enumerate(users):
        client = Client()
        client.force_login(user)
        response = client.post(url, form_post(n))
        if response.status_code != 302 or "/review/" not in response["Location"]:
            raise RuntimeError(f"form step refused: {response.status_code}")
        session = dict(client.session.items())
        if len(session[pending_key(service)]["obtained"]) != 2:
            raise RuntimeError("both materials should be obtained through sharing")
        templates[user.pk] = session
    return templates


def sessions(templates: dict, service, count: int, *, fresh_key: bool) -> list:
    """``count`` new database sessions cycling over the applicants, each a copy of
    the applicant's session (a fresh submission key with ``fresh_key``); returns
    [(cookie header, csrf token, submission key)]."""
    from django.conf import settings
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    from applications.applying import pending_key

    key = pending_key(service)
    expires = timezone.now() + datetime.timedelta(days=1)
    store = SessionStore()
    rows, out = [], []
    originals = list(templates.values())
    for n in range(count):
        data = dict(originals[n % len(originals)])
        pending = dict(data[key])
        if fresh_key:
            pending["submission_key"] = str(uuid.uuid4())
        data[key] = pending
        session_key = secrets.token_hex(16)
        rows.append(
            Session(
                session_key=session_key,
                session_data=store.encode(data),
                expire_date=expires,
            )
        )
        csrf = secrets.token_hex(16)  # a 32-character CSRF secret
        cookie = (
            f"{settings.SESSION_COOKIE_NAME}={session_key}; "
            f"{settings.CSRF_COOKIE_NAME}={csrf}"
        )
        out.append((cookie, csrf, pending["submission_key"]))
    Session.objects.bulk_create(rows, batch_size=2000)
    return out


def submission_lines(templates, service, count: int) -> Path:
    from django.urls import reverse

    url = reverse("applications:apply_review", kwargs={"code": service.code})
    entries = [
        (
            cookie,
            urlencode(
                {
                    "csrfmiddlewaretoken": csrf,
                    "submission_key": key,
                    "declaration": "on",
                }
            ),
        )
        for cookie, csrf, key in sessions(templates, service, count, fresh_key=True)
    ]
    return post_lines(url, entries)


def form_lines(templates, service) -> Path:
    from django.urls import reverse

    url = reverse("applications:apply", kwargs={"code": service.code})
    prepared = sessions(templates, service, len(templates), fresh_key=False)
    entries = [
        (cookie, urlencode({**form_post(n), "csrfmiddlewaretoken": csrf}, doseq=True))
        for n, (cookie, csrf, _key) in enumerate(prepared)
    ]
    return post_lines(url, entries)
