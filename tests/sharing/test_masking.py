import datetime

from sharing.masking import mask_address, mask_value
from sharing.models import MaskRule


def test_resident_id_keeps_region_and_last_four():
    assert mask_value(MaskRule.ID_NUMBER, "350102199003072315") == "350102********2315"


def test_name_keeps_first_character():
    assert mask_value(MaskRule.NAME, "欧阳晓明") == "欧***"


def test_address_is_truncated_to_district():
    assert (
        mask_address("示范省榕城市鼓楼区政务路1号3幢201室") == "示范省榕城市鼓楼区****"
    )
    assert mask_address("某县城关镇人民路8号") == "某县****"


def test_address_without_district_keeps_a_third():
    assert mask_address("人民路八号院子里") == "人民****"


def test_phone_keeps_first_three_and_last_four():
    assert mask_value(MaskRule.PHONE, "13912345678") == "139****5678"


def test_date_keeps_year():
    assert mask_value(MaskRule.DATE_YEAR, datetime.date(1990, 3, 7)) == "1990-**-**"
    assert mask_value(MaskRule.DATE_YEAR, "1990-03-07") == "1990-**-**"


def test_empty_values_pass_through():
    assert mask_value(MaskRule.NAME, "") == ""
    assert mask_value(MaskRule.ID_NUMBER, None) is None
