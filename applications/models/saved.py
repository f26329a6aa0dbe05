"""What a person keeps in My Portal: services saved for later and the contact
address they want agencies to use.

The address is the person's own contact address (联系地址), editable at
``/my/profile/``; the registered household address stays in the population
registry and is read through sharing. The mobile number lives on the account
(``identity.User.phone``), changed and verified through allauth's phone flow.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from services.models.catalogue import Service


class SavedService(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_services",
    )
    service = models.ForeignKey(
        Service,
        on_delete=models.CASCADE,
        related_name="saved_by",
        verbose_name=_("service"),
    )
    created_at = models.DateTimeField(_("saved at"), default=timezone.now)

    class Meta:
        db_table = "services_savedservice"  # kept when the model left services
        verbose_name = _("saved service")
        verbose_name_plural = _("saved services")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "service"], name="unique_saved_service"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} ★ {self.service}"


class ContactDetails(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="contact_details",
    )
    address = models.CharField(_("contact address"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        db_table = "services_contactdetails"  # kept when the model left services
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")

    def __str__(self) -> str:
        return str(self.user)
