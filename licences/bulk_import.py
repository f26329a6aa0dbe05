"""Bulk import of licences issued by a legacy system, from a CSV file (admin).

Flow:

1. ``read_rows(content)`` decodes the upload (UTF-8 with or without BOM; otherwise
   GB18030, the encoding Excel uses for CSV on Chinese Windows) and refuses a file
   over ``MAX_BYTES`` or ``MAX_ROWS`` with ``ImportFileError``.
2. ``plan_import(licence_type=..., content=...)`` checks every row and returns an
   ``ImportPlan``: the rows to create, the rows skipped because their legacy
   number is already the ``source_reference`` of a licence of that type (so that
   importing the same file twice creates nothing twice), and the errors (row,
   column, reason). It writes nothing.
3. ``licences.actions.bulk_import.licences_import(plan=..., imported_by=...,
   filename=...)``, only for a plan without errors, creates every licence in one
   transaction through ``licence_issue`` (legacy date of issue, ``ISSUED`` event
   naming the importer and the file); the PDFs are rendered and signed after
   commit by the usual task.

Columns (header row; English names or their Chinese aliases): ``holder`` (the
account's e-mail address, or for organisation licence types the organisation's
unified social credit code), ``holder_name``, ``holder_identifier`` (resident ID
or credit code), ``legacy_number``, ``issued_on``, ``valid_until`` (optional; empty:
the type's validity counted from the date of issue). Every other column is a
licence data field, its header the field's name.

Holder identifiers are validated with ``sharing.identifiers`` and kept only masked;
error messages never quote them and nothing here logs them.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from identity.models import Organisation, OrganisationMember, User
from sharing import identifiers, protection

from .models import Licence, LicenceType

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
PERMISSION = "licences.add_licence"

COLUMNS = {
    "holder": ("持证账号", "持证主体", "统一社会信用代码"),
    "holder_name": ("持证人名称", "持证人"),
    "holder_identifier": ("证件号码", "身份证号码"),
    "legacy_number": ("原证照编号",),
    "issued_on": ("发证日期",),
    "valid_until": ("有效期至",),
}
REQUIRED = ("holder", "holder_name", "legacy_number", "issued_on")
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日", "%Y%m%d")
_ALIASES = {alias: name for name, aliases in COLUMNS.items() for alias in aliases}


class ImportFileError(Exception):
    """The file as a whole cannot be imported (size, encoding, header)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RowError:
    row: int  # the line in the spreadsheet: the header is row 1
    column: str
    message: str


@dataclass
class PlannedRow:
    row: int
    holder: User
    holder_organisation: Organisation | None
    holder_name: str
    holder_identifier_masked: str
    source_reference: str
    issued_on: datetime.date
    valid_until: datetime.date | None
    data: dict


@dataclass
class ImportPlan:
    licence_type: LicenceType
    rows: list[PlannedRow] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


@dataclass
class ImportResult:
    created: list[Licence]
    skipped: list[tuple[int, str]]


# --- reading ------------------------------------------------------------------------


def decode(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return content.decode("gb18030")
    except UnicodeDecodeError:
        raise ImportFileError(
            _("The file is neither UTF-8 nor GB18030 text; save it as CSV (UTF-8).")
        ) from None


def read_rows(content: bytes) -> tuple[list[str], list[tuple[int, list[str]]]]:  # noqa: C901
    """The header (canonical names for known columns) and the numbered data rows."""
    if len(content) > MAX_BYTES:
        raise ImportFileError(
            _("The file is larger than %(size)d MB.") % {"size": MAX_BYTES // 2**20}
        )
    reader = csv.reader(io.StringIO(decode(content), newline=""))
    try:
        header = [_ALIASES.get(name.strip(), name.strip()) for name in next(reader)]
    except StopIteration:
        raise ImportFileError(_("The file is empty.")) from None
    except csv.Error:
        raise ImportFileError(_("The file is not a readable CSV file.")) from None
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ImportFileError(
            _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    duplicated = sorted({name for name in header if name and header.count(name) > 1})
    if duplicated:
        raise ImportFileError(
            _("Columns named twice: %(columns)s.") % {"columns": ", ".join(duplicated)}
        )
    rows = []
    try:
        for number, values in enumerate(reader, start=2):
            if not any(value.strip() for value in values):
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportFileError(
                    _("The file has more than %(rows)d rows.") % {"rows": MAX_ROWS}
                )
            rows.append((number, values))
    except csv.Error:
        raise ImportFileError(_("The file is not a readable CSV file.")) from None
    if not rows:
        raise ImportFileError(_("The file has no data rows."))
    return header, rows


def parse_date(value: str) -> datetime.date:
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValidationError(_("Not a date; write it as YYYY-MM-DD."))


# --- checking -----------------------------------------------------------------------


class _Holders:
    """Every holder the file names, fetched in one query per kind."""

    def __init__(self, licence_type: LicenceType, values: list[str]):
        self.organisations = licence_type.holder_kind == (
            LicenceType.HolderKind.ORGANISATION
        )
        self.users: dict[str, list[User]] = {}
        self.by_hash: dict[str, Organisation] = {}
        if self.organisations:
            hashes = [protection.keyed_hash(v) for v in self._codes(values)]
            for organisation in Organisation.objects.filter(
                identifier_hash__in=hashes
            ).select_related("legal_representative__user"):
                self.by_hash[organisation.identifier_hash] = organisation
        else:
            emails = {v.strip().lower() for v in values if v.strip()}
            for user in (
                User.objects.annotate(email_lower=Lower("email"))
                .filter(email_lower__in=emails, is_active=True)
                .select_related("person")
            ):
                self.users.setdefault(user.email_lower, []).append(user)

    @staticmethod
    def _codes(values: list[str]) -> list[str]:
        codes = []
        for value in values:
            try:
                codes.append(identifiers.validate_credit_code(value))
            except ValidationError:
                continue
        return codes

    def user(self, email: str) -> User:
        found = self.users.get(email.strip().lower(), [])
        if not found:
            raise ValidationError(_("No active account has this e-mail address."))
        if len(found) > 1:
            raise ValidationError(_("Several accounts have this e-mail address."))
        return found[0]

    def organisation(self, value: str) -> tuple[Organisation, User]:
        code = identifiers.validate_credit_code(value)
        organisation = self.by_hash.get(protection.keyed_hash(code))
        if organisation is None:
            raise ValidationError(_("No organisation has this credit code."))
        account = organisation.legal_representative.user
        if account is None:
            member = (
                OrganisationMember.objects.filter(
                    organisation=organisation,
                    role=OrganisationMember.Role.ADMINISTRATOR,
                    user__is_active=True,
                )
                .select_related("user")
                .order_by("pk")
                .first()
            )
            account = member.user if member else None
        if account is None:
            raise ValidationError(
                _("The organisation has no account that could hold the licence.")
            )
        return organisation, account


def _identifier(holders: _Holders, value: str, holder, organisation) -> str:
    """The validated holder identifier, masked; it must be the holder's own (when
    the holder was found)."""
    if holders.organisations:
        code = identifiers.validate_credit_code(value)
        digest = protection.keyed_hash(code)
        if organisation is not None and digest != organisation.identifier_hash:
            raise ValidationError(_("This is not the organisation's credit code."))
        return protection.mask(code)
    number = identifiers.validate_resident_id(value)
    person = holder.person_or_none if holder is not None else None
    if person is not None and person.identifier_hash != protection.keyed_hash(number):
        raise ValidationError(
            _("This ID number is not the one linked to the holder's account.")
        )
    return protection.mask(number)


def _check_row(holders, header, number, values, today) -> tuple[PlannedRow, list]:  # noqa: C901
    cells = dict(zip(header, (v.strip() for v in values), strict=False))
    errors: list[RowError] = []

    def check(column: str, fn):
        try:
            return fn(cells.get(column, ""))
        except ValidationError as exc:
            errors.extend(RowError(number, column, m) for m in exc.messages)
            return None

    def required(value: str) -> str:
        if not value:
            raise ValidationError(_("This column must not be empty."))
        return value

    holder = organisation = None
    if holders.organisations:
        found = check("holder", lambda v: holders.organisation(required(v)))
        if found:
            organisation, holder = found
    else:
        holder = check("holder", lambda v: holders.user(required(v)))
    name = check("holder_name", required)
    if name and len(name) > 200:
        errors.append(RowError(number, "holder_name", _("At most 200 characters.")))
    identifier = cells.get("holder_identifier", "")
    if not identifier and holders.organisations:
        identifier = cells.get("holder", "")
    masked = check(
        "holder_identifier",
        lambda _v: _identifier(holders, required(identifier), holder, organisation),
    )
    issued_on = check("issued_on", lambda v: parse_date(required(v)))
    if issued_on and issued_on > today:
        errors.append(
            RowError(number, "issued_on", _("The date of issue is in the future."))
        )
    valid_until = check("valid_until", lambda v: parse_date(v) if v else None)
    if valid_until and issued_on and valid_until < issued_on:
        errors.append(
            RowError(
                number, "valid_until", _("The last day is before the date of issue.")
            )
        )
    if len(values) > len(header):
        errors.append(RowError(number, "", _("The row has more cells than headers.")))
    data = {
        column: value
        for column, value in cells.items()
        if column and column not in COLUMNS and value
    }
    planned = PlannedRow(
        row=number,
        holder=holder,
        holder_organisation=organisation,
        holder_name=name or "",
        holder_identifier_masked=masked or "",
        source_reference=cells.get("legacy_number", ""),
        issued_on=issued_on,
        valid_until=valid_until,
        data=data,
    )
    return planned, errors


def plan_import(*, licence_type: LicenceType, content: bytes) -> ImportPlan:
    """Check the whole file; write nothing. Raises ``ImportFileError``."""
    header, rows = read_rows(content)
    plan = ImportPlan(licence_type=licence_type)
    position = header.index("legacy_number")
    references = [v[position].strip() if len(v) > position else "" for _n, v in rows]
    existing = set(
        Licence.objects.filter(
            licence_type=licence_type,
            source_reference__in=set(references) - {""},
        ).values_list("source_reference", flat=True)
    )
    holder_column = header.index("holder")
    holders = _Holders(
        licence_type,
        [v[holder_column] if len(v) > holder_column else "" for _n, v in rows],
    )
    today = timezone.localdate()
    seen: dict[str, int] = {}
    for (number, values), reference in zip(rows, references, strict=True):
        if reference in existing:
            plan.skipped.append((number, reference))
            continue
        planned, errors = _check_row(holders, header, number, values, today)
        if not reference:
            errors.append(
                RowError(number, "legacy_number", _("This column must not be empty."))
            )
        elif len(reference) > 40:
            errors.append(
                RowError(number, "legacy_number", _("At most 40 characters."))
            )
        elif reference in seen:
            errors.append(
                RowError(
                    number,
                    "legacy_number",
                    _("The same legacy number is already in row %(row)d.")
                    % {"row": seen[reference]},
                )
            )
        else:
            seen[reference] = number
        plan.errors.extend(errors)
        if not errors:
            plan.rows.append(planned)
    return plan
