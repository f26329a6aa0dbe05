"""Services a person keeps in My Portal to apply for later."""

from applications.models import SavedService
from identity.models import User
from services.models import Service


def service_save(*, user: User, service: Service) -> SavedService:
    """Keep ``service`` for ``user``; saving it twice keeps one."""
    saved, _created = SavedService.objects.get_or_create(user=user, service=service)
    return saved


def saved_service_remove(*, saved: SavedService) -> None:
    saved.delete()
