"""factory-boy factories for the portal's models. Identifiers are synthetic."""

import datetime
import itertools
import time
import uuid

import factory
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.contrib.auth.models import Group

from applications.models import Application
from identity import groups
from identity.models import Person, User
from licences.models import Licence, LicenceType
from services.models import Department, MaterialRequirement, Service
from sharing.synthetic import resident_id

PASSWORD = "Correct-Horse-Battery-9"
TOTP_SECRET = "TESTPORTALTOTPSECRETFORSTAFFKIND"  # noqa: S105 (base32, test only)
_sequence = itertools.count(1)


def enrol_totp(user: User, secret: str = TOTP_SECRET) -> User:
    """Give ``user`` an active TOTP authenticator (staff kinds need one to reach
    staff pages, identity.mfa), once."""
    if not Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).exists():
        TOTP.activate(user, secret)
    return user


def totp_code(secret: str = TOTP_SECRET, margin: int = 3) -> str:
    """The current TOTP code for ``secret``, waiting for the next period when fewer
    than ``margin`` seconds of this one are left (so that it is still valid when
    the form is submitted)."""
    period = mfa_settings.TOTP_PERIOD
    if period - time.time() % period < margin:
        time.sleep(period - time.time() % period + 0.1)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


def next_resident_id() -> str:
    n = next(_sequence)
    birth = datetime.date(1985, 1, 1) + datetime.timedelta(days=n * 37 % 7000)
    return resident_id("350102", birth, n % 999 + 1)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.Sequence(lambda n: f"user{n}@example.com")
    display_name = factory.Faker("name", locale="zh_CN")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()

    @factory.post_generation
    def email_verified(obj, create, extracted, **kwargs):
        """The address is verified (as for every account that could sign up, the
        verification being mandatory) unless ``email_verified=False``."""
        if create and obj.email:
            EmailAddress.objects.update_or_create(
                user=obj,
                email=obj.email,
                defaults={"verified": extracted is not False, "primary": True},
            )

    @factory.post_generation
    def totp(obj, create, extracted, **kwargs):
        """``totp=True`` enrols TOTP; superusers and ``is_staff`` users are enrolled
        unless ``totp=False``."""
        enrol = (obj.is_superuser or obj.is_staff) if extracted is None else extracted
        if create and enrol:
            enrol_totp(obj)


class StaffUserFactory(UserFactory):
    """Window staff, enrolled in TOTP unless ``totp=False``."""

    @factory.post_generation
    def window_staff(obj, create, extracted, **kwargs):
        if create:
            group, _ = Group.objects.get_or_create(name=groups.WINDOW_STAFF)
            obj.groups.add(group)

    @factory.post_generation
    def totp(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            enrol_totp(obj)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    user = factory.SubFactory(UserFactory)
    name = factory.Faker("name", locale="zh_CN")
    phone = "13800000000"
    resident_id = factory.LazyFunction(next_resident_id)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        number = kwargs.pop("resident_id")
        person = model_class(*args, **kwargs)
        person.set_identifier(number)
        person.save()
        return person


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Department
        django_get_or_create = ("code",)

    code = factory.Sequence(
        lambda n: "D" + "".join(chr(65 + int(d)) for d in f"{n:03d}")
    )
    name = factory.Sequence(lambda n: f"示范省第{n}厅")
    region_level = Department.RegionLevel.PROVINCE
    region_name = "示范省"


class LicenceTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LicenceType
        django_get_or_create = ("code",)

    code = "JZZ"
    name = "居住证"
    issuing_authority = "示范省公安厅"
    holder_kind = LicenceType.HolderKind.PERSON
    validity_years = 1


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service

    code = factory.Sequence(lambda n: f"TEST-{n:04d}")
    name = factory.Sequence(lambda n: f"测试事项{n}")
    department = factory.SubFactory(DepartmentFactory)
    service_type = Service.ServiceType.LICENCE
    audience = Service.Audience.CITIZEN
    summary = "用于测试的政务服务事项。"
    committed_days = 5
    statutory_days = 20
    online_level = Service.OnlineLevel.FULL_ONLINE
    licence_type = factory.SubFactory(LicenceTypeFactory)


class MaterialRequirementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MaterialRequirement

    service = factory.SubFactory(ServiceFactory)
    name = "申请书"
    form = MaterialRequirement.Form.ORIGINAL


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    number = factory.Sequence(lambda n: f"SQ20261121{n:08d}")
    service = factory.SubFactory(ServiceFactory)
    applicant = factory.LazyFunction(lambda: PersonFactory().user)
    submission_key = factory.LazyFunction(uuid.uuid4)
    data = factory.LazyAttribute(
        lambda o: {
            "applicant_name": o.applicant.person_or_none.name
            if o.applicant.person_or_none
            else "测试",
            "phone": "13800000000",
            "address": "",
            "details": "测试申请",
        }
    )


class LicenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Licence

    number = factory.Sequence(lambda n: f"LIC{n:010d}")
    verification_code = "ABCD2345"
    licence_type = factory.SubFactory(LicenceTypeFactory)
    holder = factory.LazyFunction(lambda: PersonFactory().user)
    holder_name = "林晓明"
    holder_identifier_masked = "350102********1234"
    issuing_authority = "示范省公安厅"
