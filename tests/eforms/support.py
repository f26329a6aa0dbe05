"""Valid POST data for the every-type form of conftest (synthetic values)."""

import datetime

from sharing.synthetic import credit_code, resident_id

GOOD_ID = resident_id("350102", datetime.date(1990, 1, 2), 11)
GOOD_CODE = credit_code("350102", 12_345)


def valid_data(**changes) -> dict:
    data = {
        "name": "林晓明",
        "story": "",
        "age": "35",
        "birth": "1990-01-02",
        "kind": "a",
        "resident_id": GOOD_ID,
        "credit_code": GOOD_CODE,
        "phone": "13812345678",
        "email": "lin@example.com",
        "address__province": "350000",
        "address__city": "350100",
        "address__county": "350102",
        "address__detail": "政务路1号",
        "reason_b": "",
        "shareholders__rows": "2",
        "shareholders__0__holder": "林晓明",
        "shareholders__0__share": "10",
        "shareholders__1__holder": "",
        "shareholders__1__share": "",
    }
    data.update(changes)
    return data
