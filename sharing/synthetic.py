"""Synthetic, checksum-valid identifiers for demo data, tests and benchmarks.

The numbers are generated, never taken from real people: sequence codes come from a
deterministic generator, and every value carries a correct check character so that
validation code is exercised exactly as with real numbers. Sharing is the bottom
layer, so the demo registries, identity's demo accounts and the tests all take their
numbers from here.
"""

import datetime
import random

from stdnum.cn import ric

from . import identifiers

# Real county-level region codes in Fujian. stdnum checks that the code existed in
# the birth year: these districts date from 1983 (350121, a county, has no range).
DEMO_REGION_CODES = ["350102", "350103", "350104", "350105", "350203"]
TIMELESS_REGION_CODE = "350121"


def resident_id(region: str, birth: datetime.date, sequence: int) -> str:
    """An 18-character resident ID with a valid check digit (sequence 1..999)."""
    body = f"{region}{birth:%Y%m%d}{sequence:03d}"
    # stdnum expects the full 18 characters and ignores the last one.
    return body + ric.calc_check_digit(body + "0")


def credit_code(
    region: str, serial: int, *, authority: str = "9", kind: str = "1"
) -> str:
    """An 18-character unified social credit code with a valid embedded organisation
    code and check character (authority 9 = market regulation, kind 1 = enterprise)."""
    org = f"{serial:08d}"
    check = identifiers.organisation_code_check_character(org)
    body = f"{authority}{kind}{region}{org}{check}"
    return body + identifiers.credit_code_check_character(body)


def social_security_card_number(index: int) -> str:
    """'A' + 8 digits, distinct for every index below 10**8."""
    return f"A{(index * 48_271 + 12_345_678) % 10**8:08d}"


def health_card_number(index: int) -> str:
    """'H35' + 15 digits, distinct for every index below 10**15."""
    return f"H35{(index * 7_919 + 400_000_000_009) % 10**15:015d}"


def random_resident_id(rng: random.Random) -> str:
    birth = datetime.date(1945, 1, 1) + datetime.timedelta(
        days=rng.randrange(0, 365 * 60)
    )
    region = (
        rng.choice(DEMO_REGION_CODES) if birth.year >= 1983 else TIMELESS_REGION_CODE
    )
    return resident_id(region, birth, rng.randrange(1, 999))
