"""The access audit log: one row for every query, allowed or refused.

Rows are append-only. The model refuses updates and deletes (``save`` on an
existing row and ``delete`` raise, and the queryset's ``update``/``delete`` too);
on PostgreSQL triggers also reject UPDATE and DELETE statements (migration 0002)
and TRUNCATE (0008, even by the table's owner), so not even raw SQL can rewrite or
empty history. In production the application's database role has only INSERT and
SELECT on this table besides (``manage.py grant_app_role``; the migration role owns
the tables). The subject is stored as a keyed hash only.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .catalogue import Provider, Resource
from .grants import Grant, RequesterSystem


class AppendOnlyError(Exception):
    """Raised on any attempt to change or remove an audit record."""


class AccessRecordQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("access records cannot be updated")

    def delete(self):
        raise AppendOnlyError("access records cannot be deleted")

    _raw_delete = delete


class AccessRecord(models.Model):
    class Outcome(models.TextChoices):
        ALLOWED = "allowed", _("allowed")
        REFUSED = "refused", _("refused")
        NOT_FOUND = "not_found", _("subject not found")
        INVALID = "invalid", _("invalid request")
        ERROR = "error", _("provider error")

    class Channel(models.TextChoices):
        INTERNAL = "internal", _("in-process")
        HTTP = "http", _("HTTP API")

    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    requester = models.ForeignKey(
        RequesterSystem,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requesting system"),
    )
    requester_code = models.CharField(_("requesting system code"), max_length=64)
    # No database constraint: deleting an account must not touch its audit rows
    # (which the append-only trigger would refuse); user_label keeps who it was.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("user"),
    )
    user_label = models.CharField(_("user"), max_length=150, blank=True)
    provider = models.ForeignKey(
        Provider,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("provider"),
    )
    resource = models.ForeignKey(
        Resource,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resource"),
    )
    resource_code = models.CharField(_("resource code"), max_length=64)
    subject_hash = models.CharField(
        _("subject (keyed hash)"), max_length=64, blank=True
    )
    fields_requested = models.JSONField(_("fields requested"), default=list)
    fields_returned = models.JSONField(_("fields returned"), default=list)
    fields_masked = models.JSONField(_("fields masked"), default=list)
    fields_withheld = models.JSONField(_("fields withheld"), default=list)
    purpose = models.CharField(_("purpose"), max_length=300, blank=True)
    grant = models.ForeignKey(
        Grant,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("grant"),
    )
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    outcome = models.CharField(_("outcome"), max_length=16, choices=Outcome.choices)
    reason = models.CharField(_("reason"), max_length=300, blank=True)

    objects = AccessRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("access record")
        verbose_name_plural = _("access records")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["provider", "-created_at"])]
        default_permissions = ("view",)

    def __str__(self) -> str:
        when = f"{self.created_at:%Y-%m-%d %H:%M:%S}"
        return f"{when} {self.requester_code} {self.resource_code}"

    def save(self, *args, **kwargs):
        if self.pk is not None or not self._state.adding:
            raise AppendOnlyError("access records cannot be updated")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("access records cannot be deleted")
