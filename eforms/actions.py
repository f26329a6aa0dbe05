"""Write use-cases of the e-forms app.

- ``form_version_create``: called when a definition's publication goes live;
  snapshots its schema into the next immutable ``FormVersion``.
- ``draft_save`` / ``draft_discard``: one draft per (user, service, acting
  organisation), guarded by a revision number so that two devices never silently
  overwrite each other: a save that expects an older revision than the stored one
  raises ``StaleDraft`` carrying the newer draft, and the caller shows it.
- ``field_error_report``: a "report an error" on a read-only registry field
  becomes a correction request (a ``sharing`` discrepancy) on the user's own
  record, or on the organisation they act for; never on anyone else's.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from identity.actions import privacy
from sharing.models import Resource

from .field_types import seal_raw
from .models import Draft, FormDefinition, FormVersion
from .prefill import split_reference
from .schema import iter_fields

MAX_DRAFT_BYTES = 200_000


class StaleDraft(Exception):
    """Another device saved the draft meanwhile; ``draft`` is the newer one."""

    def __init__(self, draft: Draft):
        super().__init__(_("This draft was changed on another device."))
        self.draft = draft


@transaction.atomic
def form_version_create(
    *, definition: FormDefinition, published_by=None, revision=None
) -> FormVersion:
    locked = FormDefinition.objects.select_for_update().get(pk=definition.pk)
    if revision is not None:
        existing = FormVersion.objects.filter(
            definition=locked, revision_id=revision.pk
        ).first()
        if existing is not None:  # the same revision published twice
            return existing
    last = locked.versions.aggregate(last=Max("number"))["last"] or 0
    return FormVersion.objects.create(
        definition=locked,
        number=last + 1,
        schema=locked.schema(),
        revision_id=revision.pk if revision is not None else None,
        published_by=published_by if getattr(published_by, "pk", None) else None,
    )


def _clean_data(data) -> dict:
    if not isinstance(data, dict):
        raise ValidationError(_("Draft data must be an object."), code="invalid")
    cleaned = {}
    for key, value in data.items():
        if not isinstance(key, str) or len(key) > 100:
            raise ValidationError(_("Invalid field name."), code="invalid")
        if isinstance(value, list):
            if not all(isinstance(item, str) for item in value):
                raise ValidationError(_("Invalid field value."), code="invalid")
        elif not isinstance(value, str):
            raise ValidationError(_("Invalid field value."), code="invalid")
        cleaned[key] = value
    if len(str(cleaned).encode()) > MAX_DRAFT_BYTES:
        raise ValidationError(_("The draft is too large."), code="size")
    return cleaned


@transaction.atomic
def draft_save(  # noqa: PLR0913
    *,
    user,
    service,
    version: FormVersion,
    data: dict,
    expected_revision: int | None,
    organisation=None,
) -> Draft:
    """Save ``data`` (raw form values) as the user's draft for ``service``; the
    values of identifier fields are stored sealed (``eforms.rendering.build_form``
    opens them again for the owner's form).

    ``expected_revision`` is the revision the caller loaded (None: no draft yet);
    raises ``StaleDraft`` when the stored draft is newer."""
    if not getattr(user, "is_authenticated", False):
        raise PermissionDenied
    # Identifier answers are kept sealed (``field_types.seal``), as on applications.
    data = seal_raw(_clean_data(data), version.schema)
    draft = (
        Draft.objects.select_for_update()
        .filter(user=user, service=service, organisation=organisation)
        .first()
    )
    if draft is None:
        try:
            with transaction.atomic():
                return Draft.objects.create(
                    user=user,
                    service=service,
                    organisation=organisation,
                    version=version,
                    data=data,
                    revision=1,
                )
        except IntegrityError:
            # Another device created it between our read and our insert.
            draft = Draft.objects.select_for_update().get(
                user=user, service=service, organisation=organisation
            )
            raise StaleDraft(draft) from None
    if expected_revision is None or expected_revision < draft.revision:
        raise StaleDraft(draft)
    draft.data = data
    draft.version = version
    draft.revision += 1
    draft.save(update_fields=["data", "version", "revision", "updated_at"])
    return draft


def draft_discard(*, user, service, organisation=None) -> None:
    """Discard ``user``'s draft of ``service`` in this acting context, if any (one
    DELETE: atomic by itself, and part of the caller's transaction if any)."""
    Draft.objects.filter(user=user, service=service, organisation=organisation).delete()


def field_error_report(  # noqa: PLR0913
    *,
    user,
    version: FormVersion,
    field_key: str,
    correct_value: str,
    note="",
    organisation=None,
    on_behalf_label: str = "",
):
    """Report that the registry value prefilled into ``field_key`` is wrong.

    The record is the user's own (or the acting organisation's), chosen by the
    identity rules; the field's source names the resource and its field."""
    field = next(
        (item for item in iter_fields(version.schema) if item["key"] == field_key),
        None,
    )
    source, attribute = split_reference(field.get("prefill", "") if field else "")
    if source is None or not source.resource:
        raise ValidationError(
            {"field_key": _("This field does not come from a registry.")}
        )
    resource = Resource.objects.get(code=source.resource)
    return privacy.correction_request(
        user=user,
        resource=resource,
        field_name=source.resource_fields[attribute],
        kind="correction",
        reported_value=correct_value,
        note=note,
        on_behalf_of=organisation if source.code == "legal_entity" else None,
        on_behalf_label=on_behalf_label,
    )


@transaction.atomic
def definition_publish(*, service, title: str, body: list, user=None):
    """Create (or update) the service's definition and publish it as a new
    version, as an editor would in the admin."""
    definition = FormDefinition.objects.filter(service=service).first()
    if definition is None:
        definition = FormDefinition(service=service, title=title, body=body, live=False)
        definition.save()
    else:
        definition.title = title
        definition.body = body
    definition.full_clean()
    revision = definition.save_revision(user=user)
    revision.publish(user=user)
    return FormDefinition.objects.get(pk=definition.pk)
