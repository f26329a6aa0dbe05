"""Synthetic, checksum-valid identifiers for demo data and tests.

The numbers are generated, never taken from real people: sequence codes are drawn
from a deterministic generator, and every value carries a correct check character so
that validation code is exercised exactly as with real numbers.
"""

import datetime
import random

from stdnum.cn import ric, uscc

# Real county-level region codes in Fujian. stdnum checks that the code existed in
# the birth year: these districts date from 1983 (350121, a county, has no range).
DEMO_REGION_CODES = ["350102", "350103", "350104", "350105", "350203"]
TIMELESS_REGION_CODE = "350121"

_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def resident_id(region: str, birth: datetime.date, sequence: int) -> str:
    """An 18-character resident ID with a valid check digit (sequence 1..999)."""
    body = f"{region}{birth:%Y%m%d}{sequence:03d}"
    # stdnum expects the full 18 characters and ignores the last one.
    return body + ric.calc_check_digit(body + "0")


def organisation_code_check(body: str) -> str:
    """The check character of a 9-character organisation code (GB 11714)."""
    total = sum(
        int(char, 36) * weight
        for char, weight in zip(body, _ORG_CODE_WEIGHTS, strict=True)
    )
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def credit_code(
    region: str, serial: int, *, authority: str = "9", kind: str = "1"
) -> str:
    """An 18-character unified social credit code with valid embedded organisation
    code and check character (authority 9 = market regulation, kind 1 = enterprise)."""
    org_body = f"{serial:08d}"
    body = f"{authority}{kind}{region}{org_body}{organisation_code_check(org_body)}"
    return body + uscc.calc_check_digit(body)


def random_resident_id(rng: random.Random) -> str:
    birth = datetime.date(1945, 1, 1) + datetime.timedelta(
        days=rng.randrange(0, 365 * 60)
    )
    region = (
        rng.choice(DEMO_REGION_CODES) if birth.year >= 1983 else TIMELESS_REGION_CODE
    )
    return resident_id(region, birth, rng.randrange(1, 999))
