"""Rebuild the catalogue search index (after changing the segmentation
dictionary or synonyms, or after a bulk load that bypassed ``Service.save``)."""

from django.core.management.base import BaseCommand

from services.models import Service
from services.search import index_service


class Command(BaseCommand):
    help = "Rebuild the service catalogue's search index."

    def handle(self, *args, **options):
        count = 0
        services = Service.objects.select_related("department").prefetch_related(
            "materials", "events"
        )
        for service in services.iterator(chunk_size=500):
            index_service(service)
            count += 1
        self.stdout.write(f"Indexed {count} services.")
