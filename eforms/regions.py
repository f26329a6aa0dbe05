"""Administrative divisions offered by the address cascade (province, city,
county), as pure data so that the data migration can load them with historical
models. They mirror the demo province of ``demo/catalogue/regions.toml``
(eforms may not import services); a nationwide table is loaded the same way."""

REGIONS = [
    # code, name, level, parent code
    ("350000", "示范省", "province", None),
    ("350100", "榕城市", "city", "350000"),
    ("350200", "鹭岛市", "city", "350000"),
    ("350102", "鼓楼区", "county", "350100"),
    ("350103", "台江区", "county", "350100"),
    ("350125", "青峰县", "county", "350100"),
    ("350203", "海湾区", "county", "350200"),
    ("350206", "东屿区", "county", "350200"),
]


def load(apps) -> None:
    """Create or update the rows (idempotent), parents first."""
    Region = apps.get_model("eforms", "Region")
    for code, name, level, parent in REGIONS:
        Region.objects.update_or_create(
            code=code, defaults={"name": name, "level": level, "parent_id": parent}
        )
