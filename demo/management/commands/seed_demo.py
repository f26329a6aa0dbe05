"""Seed a coherent synthetic province: departments, services, licence types, role
groups, demo accounts and the sharing reference registries (population, legal
entities, social security and health cards; ``demo.registries``), in which the demo
accounts' persons and company exist too. Idempotent: a second run updates in place
and creates nothing twice. All identifiers are generated (sharing.synthetic), never
real.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from allauth.mfa.utils import decrypt, encrypt
from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from demo.accounts import (
    DEMO_ACCOUNTS,
    DEMO_COMPANY,
    DEMO_COMPANY_DETAILS,
    DEMO_PASSWORD,
    DEMO_REGION,
    DEMO_TOTP_SECRET,
    demo_password_hash,
)
from demo.catalogue_load import load_catalogue
from demo.registries import seed_registries
from identity import groups
from identity.models import Organisation, OrganisationMember, Person, User
from licences.signing import ensure_demo_pki
from sharing import catalogue_defaults
from sharing.synthetic import credit_code, resident_id

# Synthetic persons in the reference registries; legal entities are one in six.
REGISTRY_SIZE = 3000


class Command(BaseCommand):
    help = "Create or update the synthetic demo province (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though DEBUG is off (demo accounts have a known password).",
        )
        parser.add_argument(
            "--registry-size",
            type=int,
            default=REGISTRY_SIZE,
            metavar="PERSONS",
            help=(
                "Synthetic persons in the sharing reference registries (legal "
                f"entities: one in six; default {REGISTRY_SIZE}). 0 seeds only the "
                "demo accounts' own records."
            ),
        )

    def handle(
        self,
        *args,
        force: bool = False,
        registry_size: int = REGISTRY_SIZE,
        **options,
    ):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with a published password; it runs only "
                "with DEBUG on, or with --force on a non-production database."
            )
        if registry_size < 0:
            raise CommandError("--registry-size cannot be negative.")
        with transaction.atomic():
            # The sharing catalogue comes from a migration; keep it in step.
            catalogue_defaults.apply(django_apps, timezone.now())
            for name in groups.STAFF_GROUPS:
                Group.objects.get_or_create(name=name)
            catalogue = load_catalogue()
            users = self._accounts()
            self._company(users)
            registries = self._registries(registry_size)
        if not settings.LICENCE_SIGNING_KEY:
            pki = ensure_demo_pki()
            self.stdout.write(f"Demo e-licence CA and issuing certificate in {pki}")
        self.stdout.write(
            f"Demo province: {catalogue.departments} departments, "
            f"{catalogue.services} services ({catalogue.services_created} new), "
            f"{catalogue.licence_types} licence types."
        )
        self.stdout.write(
            "Reference registries: "
            f"{registries['population_total']} persons "
            f"({registries['population']} new), "
            f"{registries['social_security_card_total']} social security cards "
            f"({registries['social_security_card']} new), "
            f"{registries['health_card_total']} health cards "
            f"({registries['health_card']} new), "
            f"{registries['legal_entity_total']} legal entities "
            f"({registries['legal_entity']} new)."
        )
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
        for email, display, _person, group_names, superuser in DEMO_ACCOUNTS:
            role = "superuser" if superuser else ", ".join(group_names) or "citizen"
            self.stdout.write(f"  {email:<24} {role:<14} {display}")
        self.stdout.write(
            f"Staff accounts use TOTP secret {DEMO_TOTP_SECRET}; "
            "add it to an authenticator app."
        )
        # E-form definitions of the most used services (others use the basic form).
        from demo.forms import seed_form_definitions

        seed_form_definitions()

        # The open datasets (service catalogue, statistics) the demo portal offers.
        call_command("opendata_generate", stdout=self.stdout)

        from demo.website import seed_cms_demo

        site = seed_cms_demo()
        self.stdout.write(
            f"Website: {site['articles']} articles, {site['policies']} policy "
            f"documents, {site['department_pages']} department pages; content "
            "approver approver@example.com."
        )

    def _accounts(self) -> dict[str, User]:
        users = {}
        for email, display, person_spec, group_names, superuser in DEMO_ACCOUNTS:
            user = User.objects.filter(email=email).first()
            if user is None:
                user = User(username=email.split("@")[0], email=email)
                user.password = demo_password_hash()
            user.display_name = display
            user.is_superuser = user.is_staff = superuser
            user.save()
            EmailAddress.objects.update_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
            user.groups.set(Group.objects.filter(name__in=group_names))
            if group_names or superuser:
                self._enrol_totp(user)
            if person_spec:
                name, birth, sequence = person_spec
                number = resident_id(DEMO_REGION, birth, sequence)
                person = Person.objects.by_resident_id(number).first() or Person(
                    name=name
                )
                person.set_identifier(number)
                person.name = name
                person.user = user
                person.phone = person.phone or "13800000000"
                person.save()
            users[email] = user
        return users

    def _enrol_totp(self, user: User) -> None:
        """One TOTP authenticator with the published demo secret."""
        authenticator = Authenticator.objects.filter(
            user=user, type=Authenticator.Type.TOTP
        ).first()
        if authenticator is None:
            TOTP.activate(user, DEMO_TOTP_SECRET)
        elif decrypt(authenticator.data["secret"]) != DEMO_TOTP_SECRET:
            authenticator.data = {
                **authenticator.data,
                "secret": encrypt(DEMO_TOTP_SECRET),
            }
            authenticator.save(update_fields=["data"])

    def _company(self, users: dict[str, User]) -> None:
        name, serial, admin_email = DEMO_COMPANY
        code = credit_code(DEMO_REGION, serial)
        representative = users[admin_email].person
        organisation = Organisation.objects.by_credit_code(
            code
        ).first() or Organisation(name=name, legal_representative=representative)
        organisation.set_identifier(code)
        organisation.name = name
        organisation.legal_representative = representative
        organisation.save()
        OrganisationMember.objects.update_or_create(
            organisation=organisation,
            user=users[admin_email],
            defaults={"role": OrganisationMember.Role.ADMINISTRATOR},
        )

    def _registries(self, size: int) -> dict[str, int]:
        """The demo accounts' persons and company in the reference registries,
        among ``size`` synthetic persons and a sixth as many legal entities."""
        persons = {}
        for email, _display, person_spec, _groups, _superuser in DEMO_ACCOUNTS:
            if person_spec:
                name, birth, sequence = person_spec
                persons[email] = {
                    "name": name,
                    "resident_id": resident_id(DEMO_REGION, birth, sequence),
                }
        name, serial, admin_email = DEMO_COMPANY
        representative = persons[admin_email]
        company = {
            "name": name,
            "credit_code": credit_code(DEMO_REGION, serial),
            "legal_representative_name": representative["name"],
            "legal_representative_id": representative["resident_id"],
            **DEMO_COMPANY_DETAILS,
        }
        return seed_registries(
            persons=size,
            companies=size // 6,
            extra_persons=list(persons.values()),
            extra_companies=[company],
        )
