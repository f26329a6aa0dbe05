"""The demo accounts and the demo company: published password and TOTP secret
(synthetic people, never real identifiers)."""

import datetime
import functools

from django.contrib.auth.hashers import make_password

from identity import groups

DEMO_PASSWORD = "Demo-Portal-2026"  # noqa: S105 (published demo password)


# Staff kinds must enrol TOTP (identity.mfa); the demo staff accounts share this
# published base32 secret, to be added to an authenticator app.
DEMO_TOTP_SECRET = "DEMOPORTALTOTPTWOZEROTWOSIXSTAFF"  # noqa: S105


DEMO_ACCOUNTS = [
    # email, display name, person (name, birth, sequence) or None, groups, superuser
    (
        "citizen@example.com",
        "林晓明",
        ("林晓明", datetime.date(1990, 3, 7), 231),
        (),
        False,
    ),
    (
        "citizen2@example.com",
        "陈思远",
        ("陈思远", datetime.date(1985, 11, 20), 118),
        (),
        False,
    ),
    (
        "business@example.com",
        "王建国",
        ("王建国", datetime.date(1984, 6, 15), 57),
        (),
        False,
    ),
    ("staff@example.com", "窗口工作人员", None, (groups.WINDOW_STAFF,), False),
    ("reviewer@example.com", "审批人员", None, (groups.REVIEWER,), False),
    ("supervisor@example.com", "科室负责人", None, (groups.SUPERVISOR,), False),
    ("steward@example.com", "数据管理员", None, (groups.DATA_STEWARD,), False),
    ("editor@example.com", "网站编辑", None, (groups.EDITOR,), False),
    ("admin@example.com", "系统管理员", None, (), True),
]


DEMO_COMPANY = ("示范数字科技有限公司", 10_000_001, "business@example.com")


DEMO_COMPANY_DETAILS = {
    "entity_type": "有限责任公司（自然人投资或控股）",
    "address": "示范省榕城市鼓楼区软件大道89号8层",
    "registered_capital": "500万元人民币",
    "established_on": datetime.date(2019, 5, 20),
}


DEMO_REGION = "350102"


@functools.cache
def demo_password_hash() -> str:
    """The published demo password, hashed once per process: every demo account
    shares it, and each hash costs a few hundred milliseconds by design."""
    return make_password(DEMO_PASSWORD)
