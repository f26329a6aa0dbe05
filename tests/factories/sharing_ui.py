"""Factories for the sharing workflow: providers with stewards, resources with
fields, requesting systems with operators, grants, discrepancies and access records.

Codes are prefixed ``t-`` so that they never meet the default catalogue loaded by
migration 0003."""

import datetime

import factory
from django.utils import timezone

from sharing import protection
from sharing.models import (
    AccessRecord,
    Discrepancy,
    Grant,
    Provider,
    RequesterSystem,
    Resource,
    ResourceField,
)
from tests.factories import UserFactory, enrol_totp, next_resident_id

# name, label, sensitivity, mask rule: a subset of the population registry's fields.
PERSON_FIELDS = [
    ("resident_id", "公民身份号码", "sensitive", "id_number"),
    ("name", "姓名", "sensitive", "none"),
    ("sex", "性别", "internal", "none"),
    ("address", "户籍地址", "sensitive", "address"),
    ("ethnicity", "民族", "sensitive", "withhold"),
]


class ProviderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Provider
        skip_postgeneration_save = True

    code = factory.Sequence(lambda n: f"t-provider-{n}")
    name = factory.Sequence(lambda n: f"测试提供部门{n}")

    @factory.post_generation
    def stewards(obj, create, extracted, **kwargs):
        """Stewards are a staff kind: they are enrolled in TOTP (identity.mfa)."""
        if create and extracted:
            obj.stewards.add(*extracted)
            for user in extracted:
                enrol_totp(user)


class ResourceFactory(factory.django.DjangoModelFactory):
    """A conditional resource on the local population registry, with fields."""

    class Meta:
        model = Resource
        skip_postgeneration_save = True

    code = factory.Sequence(lambda n: f"t-resource-{n}")
    name = factory.Sequence(lambda n: f"测试资源{n}")
    provider = factory.SubFactory(ProviderFactory)
    subject_type = "resident_id"
    share_class = "conditional"
    legal_basis = "《测试条例》第一条"
    update_cycle = "daily"
    local_registry = "population"

    @factory.post_generation
    def fields(obj, create, extracted, **kwargs):
        if not create:
            return
        for order, (name, label, sensitivity, rule) in enumerate(
            PERSON_FIELDS if extracted is None else extracted
        ):
            ResourceField.objects.create(
                resource=obj,
                name=name,
                label=label,
                sensitivity=sensitivity,
                mask_rule=rule,
                sort_order=order,
            )


class RequesterSystemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RequesterSystem
        skip_postgeneration_save = True

    code = factory.Sequence(lambda n: f"t-system-{n}")
    name = factory.Sequence(lambda n: f"测试业务系统{n}")
    agency = "示范省测试局"

    @factory.post_generation
    def operators(obj, create, extracted, **kwargs):
        """Operators are a staff kind: they are enrolled in TOTP (identity.mfa)."""
        if create and extracted:
            obj.operators.add(*extracted)
            for user in extracted:
                enrol_totp(user)


class GrantFactory(factory.django.DjangoModelFactory):
    """A pending request for two fields, expiring in a year."""

    class Meta:
        model = Grant

    requester = factory.SubFactory(RequesterSystemFactory)
    resource = factory.SubFactory(ResourceFactory)
    fields = factory.LazyFunction(lambda: ["name", "sex"])
    purpose = "测试用途：预填申请表"
    legal_basis = "《测试条例》第二条"
    expires_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=365)
    )
    status = Grant.Status.PENDING
    requested_by = factory.SubFactory(UserFactory)


class DiscrepancyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Discrepancy
        exclude = ("subject",)

    subject = factory.LazyFunction(next_resident_id)
    resource = factory.SubFactory(ResourceFactory)
    subject_hash = factory.LazyAttribute(lambda o: protection.keyed_hash(o.subject))
    subject_masked = factory.LazyAttribute(lambda o: protection.mask(o.subject))
    field_name = "name"
    reported_value = "林晓明"
    reporter_system = factory.SubFactory(RequesterSystemFactory)
    reported_by = factory.SubFactory(UserFactory)


class AccessRecordFactory(factory.django.DjangoModelFactory):
    """An allowed in-process query; records are append-only, so set everything at
    creation."""

    class Meta:
        model = AccessRecord
        exclude = ("subject",)

    subject = factory.LazyFunction(next_resident_id)
    resource = factory.SubFactory(ResourceFactory)
    provider = factory.SelfAttribute("resource.provider")
    resource_code = factory.SelfAttribute("resource.code")
    requester = factory.SubFactory(RequesterSystemFactory)
    requester_code = factory.SelfAttribute("requester.code")
    subject_hash = factory.LazyAttribute(lambda o: protection.keyed_hash(o.subject))
    fields_requested = factory.LazyFunction(lambda: ["name", "sex"])
    fields_returned = factory.LazyFunction(lambda: ["name", "sex"])
    purpose = "测试用途"
    channel = AccessRecord.Channel.INTERNAL
    outcome = AccessRecord.Outcome.ALLOWED
