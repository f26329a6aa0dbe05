"""Demo administrative divisions of the fictional province 示范省."""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Region

PROVINCE_NAME: Final = "示范省"
PROVINCE_CODE: Final = "350000"

REGIONS: Final[list[Region]] = [
    {"code": "350000", "name": "示范省", "level": "province", "parent": None},
    {"code": "350100", "name": "榕城市", "level": "city", "parent": "350000"},
    {"code": "350200", "name": "鹭岛市", "level": "city", "parent": "350000"},
    {"code": "350102", "name": "鼓楼区", "level": "county", "parent": "350100"},
    {"code": "350103", "name": "台江区", "level": "county", "parent": "350100"},
    {"code": "350125", "name": "青峰县", "level": "county", "parent": "350100"},
    {"code": "350203", "name": "海湾区", "level": "county", "parent": "350200"},
    {"code": "350206", "name": "东屿区", "level": "county", "parent": "350200"},
]
