"""factory-boy factories for the sharing exchange: requesting systems with a token,
grants, and catalogue resources. The default catalogue (providers, resources, the
``citizen-portal`` system and its grants) comes from migration 0003; these add to it.
Registry rows: see ``tests.sharing.registry_data``."""

import datetime

import factory
from django.utils import timezone

from sharing.models import (
    Grant,
    Provider,
    RequesterSystem,
    Resource,
    ResourceField,
    ShareClass,
    SubjectType,
)


class RequesterSystemFactory(factory.django.DjangoModelFactory):
    """A requesting system with a freshly issued token, kept in plain text on the
    instance as ``token`` (pass ``issue_token=False`` for a system without one)."""

    class Meta:
        model = RequesterSystem
        skip_postgeneration_save = True

    code = factory.Sequence(lambda n: f"agency-system-{n}")
    name = factory.Sequence(lambda n: f"示范省第{n}业务系统")
    agency = "示范省某厅"

    @factory.post_generation
    def issue_token(obj, create, extracted, **kwargs):
        obj.token = obj.issue_token() if create and extracted is not False else ""


class ProviderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Provider
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"provider-{n}")
    name = factory.Sequence(lambda n: f"示范省第{n}数据提供单位")


class ResourceFactory(factory.django.DjangoModelFactory):
    """A local, unconditional resource; ``fields`` (post-generation) takes rows of
    (name, label, sensitivity, mask rule) as in ``sharing.catalogue_defaults``."""

    class Meta:
        model = Resource
        skip_postgeneration_save = True

    code = factory.Sequence(lambda n: f"test.resource-{n}")
    name = factory.Sequence(lambda n: f"测试资源{n}")
    provider = factory.SubFactory(ProviderFactory)
    subject_type = SubjectType.RESIDENT_ID
    share_class = ShareClass.UNCONDITIONAL
    backend = Resource.Backend.LOCAL
    local_registry = "population"

    @factory.post_generation
    def fields(obj, create, extracted, **kwargs):
        if not create or not extracted:
            return
        for order, (name, label, sensitivity, rule) in enumerate(extracted):
            ResourceField.objects.create(
                resource=obj,
                name=name,
                label=label,
                sensitivity=sensitivity,
                mask_rule=rule,
                sort_order=order,
            )


def _default_resource() -> Resource:
    return Resource.objects.get(code="population.person")


class GrantFactory(factory.django.DjangoModelFactory):
    """An approved grant in force, on ``population.person`` by default, for every
    field of the resource (none unmasked) unless told otherwise."""

    class Meta:
        model = Grant

    requester = factory.SubFactory(RequesterSystemFactory)
    resource = factory.LazyFunction(_default_resource)
    fields = factory.LazyAttribute(
        lambda o: list(o.resource.fields.values_list("name", flat=True))
    )
    unmasked_fields = factory.LazyFunction(list)
    purpose = "业务办理中的身份核验"
    legal_basis = "《政务信息资源共享管理暂行办法》第九条"
    status = Grant.Status.APPROVED
    valid_from = factory.LazyFunction(
        lambda: timezone.now() - datetime.timedelta(minutes=1)
    )
    expires_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=365)
    )
    decided_at = factory.LazyFunction(timezone.now)
