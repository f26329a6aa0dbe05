"""Materials never asked twice (不重复提交): resolving a service's material
requirements for an applicant, and the applicant's private material library.

Flow of ``resolve_materials(applicant=, organisation=, service=)``, for each
``MaterialRequirement`` of the service in order:

1. the requirement names a licence type: the e-licence library is read through
   ``sharing.exchange.query`` (resource ``licences.by-holder``, purpose and
   access record) by the applicant's resident ID - and, acting for an
   organisation, its legal representative's - and a valid licence of that type
   held by the applicant (or the organisation) satisfies it: ``LICENCE``;
2. the requirement names a registry resource: the applicant's (resident ID) or
   organisation's (credit code) record is read through the exchange; a record
   satisfies it: ``REGISTRY``, with the access record's id as reference and a
   summary that carries no personal data;
3. a ``Material`` in the applicant's library (the organisation's, when acting
   for one) supplied for this requirement - or for a requirement of another
   service with the same ``material_code``, the same kind of material in the
   catalogue - still valid, uploaded within ``MATERIAL_REUSE_DAYS`` and not found
   defective by staff (``material_library.without_defective``), the newest
   first: ``REUSED``. A requirement that merely has the same name is not the
   same material: two services may call different materials alike;
4. otherwise it must be uploaded (``UPLOADED``), or, when optional, ``MISSING``.

A refusal or failure of the exchange (provider down, no grant, no record) only
means the next step is tried: the applicant is asked for an upload, never shown
an error. The library is read at most once per call.

The library itself (storing, serving and deleting what applicants supplied) is
``applications.material_library``.
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from applications.material_library import library_of, without_defective
from applications.models import ApplicationMaterial, Material
from identity.models import Organisation, User
from licences.models import Licence, LicenceType
from services.models import MaterialRequirement
from sharing import catalogue_cache, exchange
from sharing.errors import ShareError
from sharing.models import SubjectType

logger = logging.getLogger("applications.materials")

REQUESTER = "citizen-portal"
LICENCE_RESOURCE = "licences.by-holder"
LICENCE_PURPOSE = "办件材料：调取申请人电子证照"
REGISTRY_PURPOSE = "办件材料：通过数据共享核验，免于申请人提交"
DEFAULT_REUSE_DAYS = 365

Source = ApplicationMaterial.Source


@dataclass
class Resolution:
    """How one requirement is satisfied for this applicant, before submission."""

    requirement: MaterialRequirement
    source: str
    licence: Licence | None = None
    material: Material | None = None
    registry_reference: str = ""
    summary: str = ""

    @property
    def obtained(self) -> bool:
        """True when the applicant is not asked for this material."""
        return self.source in (Source.LICENCE, Source.REGISTRY, Source.REUSED)

    @property
    def needs_upload(self) -> bool:
        return self.source == Source.UPLOADED


def reuse_days() -> int:
    return int(getattr(settings, "MATERIAL_REUSE_DAYS", DEFAULT_REUSE_DAYS))


@dataclass
class _Context:
    applicant: User
    organisation: Organisation | None
    _licence_rows: list | None = field(default=None, repr=False)

    def resident_id(self) -> str:
        person = self.applicant.person_or_none
        return person.reveal_identifier() if person is not None else ""

    def credit_code(self) -> str:
        if self.organisation is None:
            return ""
        return self.organisation.reveal_identifier()

    def query(self, resource: str, subject: str, **kwargs):
        try:
            return exchange.query(
                resource,
                subject,
                requester=REQUESTER,
                user=self.applicant,
                **kwargs,
            )
        except ShareError as error:
            logger.info(
                "materials: %s not available (%s, access record %s)",
                resource,
                error.code,
                error.audit_id,
            )
            return None

    def licence_rows(self) -> list[dict]:
        """The library's rows for the applicant (and the organisation's legal
        representative when acting for one), read once per resolution."""
        if self._licence_rows is None:
            subjects = [self.resident_id()]
            if self.organisation is not None:
                subjects.append(
                    self.organisation.legal_representative.reveal_identifier()
                )
            rows: list[dict] = []
            for subject in dict.fromkeys(s for s in subjects if s):
                result = self.query(LICENCE_RESOURCE, subject, purpose=LICENCE_PURPOSE)
                if result is not None:
                    rows.extend(result.data.get("licences") or [])
            self._licence_rows = rows
        return self._licence_rows


def licence_usable(
    licence: Licence, *, applicant: User, organisation: Organisation | None
) -> bool:
    """Whether ``licence`` is valid and may serve ``applicant``'s application
    (made for ``organisation``, if given)."""
    if licence.verification_status != Licence.Status.VALID:
        return False
    if organisation is not None:
        if licence.holder_organisation_id == organisation.pk:
            return True
        # A personal licence of the applicant (e.g. a qualification) may still
        # serve a requirement of the organisation's application.
        return (
            licence.holder_organisation_id is None
            and licence.holder_id == applicant.pk
            and licence.licence_type.holder_kind == LicenceType.HolderKind.PERSON
        )
    return licence.holder_organisation_id is None and licence.holder_id == applicant.pk


def _from_licence(
    requirement: MaterialRequirement, context: _Context
) -> Resolution | None:
    licence_type = requirement.licence_type
    numbers = [
        row.get("number")
        for row in context.licence_rows()
        if row.get("type_code") == licence_type.code and row.get("status") == "valid"
    ]
    if not numbers:
        return None
    # The library said which licences are valid; the local rows are needed to
    # link them, and are checked again in case one changed since.
    candidates = (
        Licence.objects.filter(number__in=numbers, licence_type=licence_type)
        .select_related("licence_type")
        .order_by("-issued_at", "-pk")
    )
    licence = next(
        (
            lic
            for lic in candidates
            if licence_usable(
                lic, applicant=context.applicant, organisation=context.organisation
            )
        ),
        None,
    )
    if licence is None:
        return None
    values = {"type": licence_type.name, "number": licence.number}
    summary = _("%(type)s No. %(number)s") % values
    if licence.valid_until:
        values["date"] = licence.valid_until.isoformat()
        summary = _("%(type)s No. %(number)s, valid until %(date)s") % values
    return Resolution(
        requirement=requirement, source=Source.LICENCE, licence=licence, summary=summary
    )


def _from_registry(
    requirement: MaterialRequirement, context: _Context
) -> Resolution | None:
    code = requirement.shared_resource
    resource = catalogue_cache.resource(code)
    if resource is None:
        logger.warning("materials: requirement %s names unknown resource", code)
        return None
    subject = {
        SubjectType.CREDIT_CODE: context.credit_code,
        SubjectType.RESIDENT_ID: context.resident_id,
    }.get(resource.subject_type, str)()
    if not subject:
        return None
    # Only a status (or the identifying field) is asked for: the platform
    # needs to know the record exists, not to copy its personal data.
    wanted = (
        "status"
        if "status" in resource.field_map
        else next(iter(resource.field_map), None)
    )
    result = context.query(
        code,
        subject,
        purpose=REGISTRY_PURPOSE,
        fields=[wanted] if wanted else None,
    )
    if result is None:
        return None
    summary = _("%(resource)s: verified") % {"resource": resource.name}
    status = result.data.get("status") if wanted == "status" else None
    if status:
        summary = _("%(resource)s: verified (status: %(status)s)") % {
            "resource": resource.name,
            "status": status,
        }
    return Resolution(
        requirement=requirement,
        source=Source.REGISTRY,
        registry_reference=str(result.audit_id or ""),
        summary=summary[:300],
    )


def reusable_materials(
    *, applicant: User, organisation: Organisation | None
) -> QuerySet[Material]:
    """Library materials that may satisfy a requirement now (``serves`` says
    which), newest first."""
    cutoff = timezone.now() - datetime.timedelta(days=reuse_days())
    return without_defective(
        library_of(user=applicant, organisation=organisation)
        .filter(created_at__gte=cutoff)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=timezone.localdate()))
        .select_related("requirement")
    )


def serves(material: Material, requirement: MaterialRequirement) -> bool:
    """Whether library ``material`` may stand for ``requirement``: it was
    supplied for it, or for a requirement with the same material code."""
    if material.requirement_id is None:
        return False
    if material.requirement_id == requirement.pk:
        return True
    code = requirement.material_code
    return bool(code) and material.requirement.material_code == code


def requirements_in_order(service) -> list[MaterialRequirement]:
    """``service``'s material requirements in the order applicants see them, with
    their licence types."""
    return list(
        MaterialRequirement.objects.filter(service=service)
        .select_related("licence_type")
        .order_by("sort_order", "pk")
    )


def resolve_materials(
    *,
    applicant: User,
    organisation: Organisation | None,
    service,
    requirements: list[MaterialRequirement] | None = None,
) -> list[Resolution]:
    """How each of ``service``'s material requirements (given, or read here in
    order) is satisfied for ``applicant`` (acting for ``organisation``, if
    given); see the module docstring for the order."""
    context = _Context(applicant=applicant, organisation=organisation)
    if requirements is None:
        requirements = requirements_in_order(service)
    resolutions: dict[int, Resolution] = {}
    for requirement in requirements:
        resolution = None
        if requirement.licence_type_id is not None:
            resolution = _from_licence(requirement, context)
        if resolution is None and requirement.shared_resource:
            resolution = _from_registry(requirement, context)
        if resolution is not None:
            resolutions[requirement.pk] = resolution

    remaining = [r for r in requirements if r.pk not in resolutions]
    earlier: list[Material] = []
    if remaining:
        codes = {r.material_code for r in remaining if r.material_code}
        earlier = list(
            reusable_materials(applicant=applicant, organisation=organisation).filter(
                Q(requirement__in=remaining) | Q(requirement__material_code__in=codes)
            )
        )
    for requirement in remaining:
        material = next((m for m in earlier if serves(m, requirement)), None)
        if material is not None:
            resolutions[requirement.pk] = Resolution(
                requirement=requirement,
                source=Source.REUSED,
                material=material,
                summary=_("Supplied on %(date)s")
                % {"date": timezone.localdate(material.created_at).isoformat()},
            )
        else:
            resolutions[requirement.pk] = Resolution(
                requirement=requirement,
                source=Source.UPLOADED if requirement.required else Source.MISSING,
            )
    return [resolutions[requirement.pk] for requirement in requirements]
