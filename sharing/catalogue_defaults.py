"""The resource catalogue every installation starts with (loaded by migration 0003,
kept in step by ``seed_demo``): the reference registries' providers and resources,
this portal as a requesting system, and the grants it needs for its own purposes.
Pure data, so that the migration can use it with historical models.
"""

PORTAL_SYSTEM = {
    "code": "citizen-portal",
    "name": "示范省一体化政务服务平台",
    "agency": "示范省政务服务管理局",
}

PROVIDERS = [
    {
        "code": "public-security",
        "name": "示范省公安厅",
        "description": "人口基础信息库的提供单位。",
    },
    {
        "code": "market-regulation",
        "name": "示范省市场监督管理局",
        "description": "法人基础信息库（市场主体登记）的提供单位。",
    },
    {
        "code": "human-resources",
        "name": "示范省人力资源和社会保障厅",
        "description": "社会保障卡信息的提供单位。",
    },
    {
        "code": "health-commission",
        "name": "示范省卫生健康委员会",
        "description": "居民健康卡信息的提供单位。",
    },
    {
        "code": "licence-library",
        "name": "示范省电子证照库",
        "description": "电子证照（本平台签发的证照）的提供单位。",
    },
]

SOCIAL_SECURITY_BASIS = "《社会保障卡管理办法》；《中华人民共和国社会保险法》第七十四条"
LICENCE_LIBRARY_BASIS = "《国务院关于加快推进电子证照扩大应用领域和全国互通互认的意见》"
HEALTH_CARD_BASIS = (
    "《居民健康卡管理办法（试行）》；"
    "《中华人民共和国基本医疗卫生与健康促进法》第九十二条"
)

_PERSON_FIELDS = [
    # name, label, sensitivity, mask rule
    ("resident_id", "公民身份号码", "sensitive", "id_number"),
    ("name", "姓名", "sensitive", "none"),
    ("sex", "性别", "internal", "none"),
    ("birth_date", "出生日期", "sensitive", "none"),
    ("ethnicity", "民族", "sensitive", "withhold"),
    ("address", "户籍地址", "sensitive", "address"),
    ("household_number", "户号", "sensitive", "withhold"),
    ("relation_to_head", "与户主关系", "internal", "none"),
]
_ENTITY_FIELDS = [
    ("credit_code", "统一社会信用代码", "public", "none"),
    ("name", "名称", "public", "none"),
    ("entity_type", "类型", "public", "none"),
    ("legal_representative_name", "法定代表人", "public", "none"),
    ("legal_representative_id", "法定代表人身份证号码", "sensitive", "id_number"),
    ("address", "住所", "public", "none"),
    ("registered_capital", "注册资本", "public", "none"),
    ("established_on", "成立日期", "public", "none"),
    ("status", "登记状态", "public", "none"),
]
_CARD_FIELDS = [
    ("card_number", "卡号", "sensitive", "id_number"),
    ("holder_id", "持卡人身份号码", "sensitive", "id_number"),
    ("holder_name", "持卡人姓名", "sensitive", "none"),
    ("issued_on", "发卡日期", "internal", "none"),
    ("issuer", "发卡机构", "internal", "none"),
    ("status", "卡状态", "internal", "none"),
]

RESOURCES = [
    {
        "code": "population.person",
        "name": "人口基础信息",
        "provider": "public-security",
        "subject_type": "resident_id",
        "share_class": "conditional",
        "legal_basis": "《中华人民共和国居民身份证法》第六条、第十三条；"
        "《政务信息资源共享管理暂行办法》第九条",
        "update_cycle": "realtime",
        "local_registry": "population",
        "fields": _PERSON_FIELDS,
        "description": "居民身份证号码、姓名、性别、出生日期、户籍地址及户籍关系。",
    },
    {
        "code": "legal-entity.basic",
        "name": "法人基础信息",
        "provider": "market-regulation",
        "subject_type": "credit_code",
        "share_class": "unconditional",
        "legal_basis": "",
        "update_cycle": "daily",
        "local_registry": "legal_entity",
        "open_data": True,
        "fields": _ENTITY_FIELDS,
        "description": "市场主体登记信息：名称、类型、法定代表人、住所、状态。",
    },
    {
        "code": "social-security.card",
        "name": "社会保障卡信息（按卡号）",
        "provider": "human-resources",
        "subject_type": "social_security_card",
        "share_class": "conditional",
        "legal_basis": SOCIAL_SECURITY_BASIS,
        "update_cycle": "daily",
        "local_registry": "social_security_card",
        "fields": _CARD_FIELDS,
        "description": "社会保障卡卡号、持卡人及卡状态。",
    },
    {
        "code": "social-security.card-of-person",
        "name": "社会保障卡信息（按身份号码）",
        "provider": "human-resources",
        "subject_type": "resident_id",
        "share_class": "conditional",
        "legal_basis": SOCIAL_SECURITY_BASIS,
        "update_cycle": "daily",
        "local_registry": "social_security_card_by_holder",
        "fields": _CARD_FIELDS,
        "description": "按公民身份号码查询其在用的社会保障卡。",
    },
    {
        "code": "health.card",
        "name": "居民健康卡信息（按卡号）",
        "provider": "health-commission",
        "subject_type": "health_card",
        "share_class": "conditional",
        "legal_basis": HEALTH_CARD_BASIS,
        "update_cycle": "daily",
        "local_registry": "health_card",
        "fields": _CARD_FIELDS,
        "description": "居民健康卡卡号、持卡人及卡状态。",
    },
    {
        "code": "health.card-of-person",
        "name": "居民健康卡信息（按身份号码）",
        "provider": "health-commission",
        "subject_type": "resident_id",
        "share_class": "conditional",
        "legal_basis": HEALTH_CARD_BASIS,
        "update_cycle": "daily",
        "local_registry": "health_card_by_holder",
        "fields": _CARD_FIELDS,
        "description": "按公民身份号码查询其居民健康卡。",
    },
    {
        "code": "licences.by-holder",
        "name": "电子证照（按持证人身份号码）",
        "provider": "licence-library",
        "subject_type": "resident_id",
        "share_class": "conditional",
        "legal_basis": LICENCE_LIBRARY_BASIS,
        "update_cycle": "realtime",
        # Provided by the licences app (licences.library), registered at start-up.
        "local_registry": "licence_library",
        "fields": [("licences", "电子证照", "internal", "none")],
        "description": "按公民身份号码查询其持有的电子证照：类型、编号、状态、"
        "签发日期、有效期至、签发机关。",
    },
    {
        "code": "population.criminal-record",
        "name": "违法犯罪记录",
        "provider": "public-security",
        "subject_type": "resident_id",
        "share_class": "none",
        "legal_basis": "《中华人民共和国刑事诉讼法》第二百八十六条；"
        "《公安机关办理犯罪记录查询工作规定》：仅依法定程序查询，不予共享",
        "update_cycle": "realtime",
        "backend": "unavailable",
        "local_registry": "",
        "fields": [("has_record", "是否有记录", "secret", "withhold")],
        "description": "不予共享：无犯罪记录证明须通过公安机关专门程序开具。",
    },
]

# What this portal itself may read, and why (purposes its apps declare).
PORTAL_LEGAL_BASIS = "《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》"

PORTAL_GRANTS = [
    {
        "resource": "legal-entity.basic",
        "fields": [
            "credit_code",
            "name",
            "legal_representative_name",
            "legal_representative_id",
            "status",
        ],
        "unmasked_fields": ["legal_representative_id"],
        "purpose": "法人身份核验：确认申请人是否为法定代表人",
        "legal_basis": PORTAL_LEGAL_BASIS,
    },
    {
        "resource": "population.person",
        "fields": [
            "resident_id",
            "name",
            "sex",
            "birth_date",
            "address",
            "household_number",
            "relation_to_head",
        ],
        "unmasked_fields": ["resident_id", "address", "household_number"],
        "purpose": "身份核验与申请表单预填（一网通办）",
        "legal_basis": PORTAL_LEGAL_BASIS,
    },
    {
        "resource": "social-security.card",
        "fields": [
            "card_number",
            "holder_id",
            "holder_name",
            "issued_on",
            "issuer",
            "status",
        ],
        "unmasked_fields": ["holder_id", "card_number"],
        "purpose": "一证通办：以社会保障卡识别申请人",
        "legal_basis": PORTAL_LEGAL_BASIS,
    },
    {
        "resource": "social-security.card-of-person",
        "fields": ["card_number", "holder_name", "issued_on", "issuer", "status"],
        "unmasked_fields": ["card_number"],
        "purpose": "身份关联：查找本人社会保障卡",
        "legal_basis": PORTAL_LEGAL_BASIS,
    },
    {
        "resource": "health.card",
        "fields": [
            "card_number",
            "holder_id",
            "holder_name",
            "issued_on",
            "issuer",
            "status",
        ],
        "unmasked_fields": ["holder_id", "card_number"],
        "purpose": "一证通办：以居民健康卡识别申请人",
        "legal_basis": PORTAL_LEGAL_BASIS,
    },
    {
        "resource": "health.card-of-person",
        "fields": ["card_number", "holder_name", "issued_on", "issuer", "status"],
        "unmasked_fields": ["card_number"],
        "purpose": "身份关联：查找本人居民健康卡",
        "legal_basis": PORTAL_LEGAL_BASIS,
    },
    {
        "resource": "licences.by-holder",
        "fields": ["licences"],
        "unmasked_fields": [],
        "purpose": "办件材料：调取申请人电子证照",
        "legal_basis": PORTAL_LEGAL_BASIS,
    },
]
PORTAL_GRANT_YEARS = 5


def apply(apps, now) -> None:
    """Create or update the default catalogue with the given app registry (the
    migration's historical models, or django.apps.apps)."""
    import datetime

    Provider = apps.get_model("sharing", "Provider")
    Resource = apps.get_model("sharing", "Resource")
    ResourceField = apps.get_model("sharing", "ResourceField")
    RequesterSystem = apps.get_model("sharing", "RequesterSystem")
    Grant = apps.get_model("sharing", "Grant")

    providers = {}
    for row in PROVIDERS:
        providers[row["code"]], _ = Provider.objects.update_or_create(
            code=row["code"],
            defaults={"name": row["name"], "description": row["description"]},
        )
    resources = {}
    for row in RESOURCES:
        resource, _ = Resource.objects.update_or_create(
            code=row["code"],
            defaults={
                "name": row["name"],
                "provider": providers[row["provider"]],
                "description": row.get("description", ""),
                "subject_type": row["subject_type"],
                "share_class": row["share_class"],
                "legal_basis": row["legal_basis"],
                "update_cycle": row["update_cycle"],
                "open_data": row.get("open_data", False),
                "backend": row.get("backend", "local"),
                "local_registry": row["local_registry"],
            },
        )
        for order, (name, label, sensitivity, rule) in enumerate(row["fields"]):
            ResourceField.objects.update_or_create(
                resource=resource,
                name=name,
                defaults={
                    "label": label,
                    "sensitivity": sensitivity,
                    "mask_rule": rule,
                    "sort_order": order,
                },
            )
        resources[row["code"]] = resource
    portal, _ = RequesterSystem.objects.update_or_create(
        code=PORTAL_SYSTEM["code"],
        defaults={"name": PORTAL_SYSTEM["name"], "agency": PORTAL_SYSTEM["agency"]},
    )
    for row in PORTAL_GRANTS:
        resource = resources[row["resource"]]
        existing = Grant.objects.filter(
            requester=portal, resource=resource, status="approved", expires_at__gt=now
        ).first()
        if existing:
            continue
        Grant.objects.create(
            requester=portal,
            resource=resource,
            fields=row["fields"],
            unmasked_fields=row["unmasked_fields"],
            purpose=row["purpose"],
            legal_basis=row["legal_basis"],
            valid_from=now,
            expires_at=now + datetime.timedelta(days=365 * PORTAL_GRANT_YEARS),
            status="approved",
            decided_at=now,
            decision_note="平台建设时经各提供部门确认的初始授权。",
        )
