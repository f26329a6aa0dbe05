"""StreamField blocks with which editors build a form definition in the Wagtail
admin: a stream of sections, each with a title and a stream of field blocks.

Every field block shares the common settings (key, label, help text, required,
regular expression with its message, length limits, conditional visibility and
prefill source) and adds its own (number range, date range relative to today,
options, rows of a repeating group...). ``eforms.schema`` turns the stream into
the JSON snapshot a published ``FormVersion`` keeps; nothing renders from blocks
directly, so an edit never changes a form that was already published.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .prefill.base import prefill_choices
from .schema import pattern_error

KEY_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
key_validator = RegexValidator(
    KEY_PATTERN,
    _("Lower-case letters, digits and _, starting with a letter (at most 40)."),
)


class OptionBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("stored value"), max_length=60)
    label = blocks.CharBlock(label=_("label shown"), max_length=100)

    class Meta:
        icon = "list-ul"


class BaseFieldBlock(blocks.StructBlock):
    key = blocks.CharBlock(
        label=_("key"),
        max_length=40,
        validators=[key_validator],
        help_text=_(
            "Stable machine name of the field (e.g. applicant_name); keep it "
            "when relabelling so that drafts and statistics still match."
        ),
    )
    label = blocks.CharBlock(label=_("label"), max_length=200)
    help_text = blocks.CharBlock(label=_("help text"), max_length=300, required=False)
    required = blocks.BooleanBlock(label=_("required"), required=False, default=True)
    regex = blocks.CharBlock(
        label=_("pattern (regular expression)"), max_length=200, required=False
    )
    regex_message = blocks.CharBlock(
        label=_("message when the pattern does not match"),
        max_length=200,
        required=False,
    )
    min_length = blocks.IntegerBlock(label=_("minimum length"), required=False)
    max_length = blocks.IntegerBlock(label=_("maximum length"), required=False)
    visible_when_field = blocks.CharBlock(
        label=_("show only when field (key)"),
        max_length=40,
        required=False,
        help_text=_("Leave empty to always show the field."),
    )
    visible_when_value = blocks.CharBlock(
        label=_("equals value"), max_length=60, required=False
    )
    prefill = blocks.ChoiceBlock(
        label=_("prefill from"), choices=prefill_choices, required=False
    )

    class Meta:
        icon = "form"

    def clean(self, value):
        value = super().clean(value)
        # Refused here, next to the field, so that it can never reach a citizen
        # (validation would otherwise have to skip it).
        problem = pattern_error(value.get("regex") or "")
        if problem:
            raise StructBlockValidationError(
                block_errors={
                    "regex": ValidationError(
                        _("This is not a valid regular expression: %(error)s."),
                        code="invalid_regex",
                        params={"error": problem},
                    )
                }
            )
        return value


class TextFieldBlock(BaseFieldBlock):
    class Meta:
        label = _("text")


class LongTextFieldBlock(BaseFieldBlock):
    class Meta:
        label = _("long text")
        icon = "pilcrow"


class NumberFieldBlock(BaseFieldBlock):
    min_value = blocks.DecimalBlock(label=_("minimum"), required=False)
    max_value = blocks.DecimalBlock(label=_("maximum"), required=False)
    decimal_places = blocks.IntegerBlock(
        label=_("decimal places"), required=False, default=0, min_value=0
    )

    class Meta:
        label = _("number")
        icon = "order"


class DateFieldBlock(BaseFieldBlock):
    earliest_days = blocks.IntegerBlock(
        label=_("earliest date, in days from today"),
        required=False,
        help_text=_("e.g. -36500 for at most a hundred years ago; empty: no limit."),
    )
    latest_days = blocks.IntegerBlock(
        label=_("latest date, in days from today"),
        required=False,
        help_text=_("0 means not in the future; empty: no limit."),
    )

    class Meta:
        label = _("date")
        icon = "date"


class ChoiceFieldBlock(BaseFieldBlock):
    widget = blocks.ChoiceBlock(
        label=_("shown as"),
        choices=[("radio", _("radio buttons")), ("select", _("drop-down list"))],
        default="radio",
    )
    options = blocks.ListBlock(OptionBlock(), label=_("options"), min_num=1)

    class Meta:
        label = _("choice")
        icon = "radio-full"


class MultipleChoiceFieldBlock(BaseFieldBlock):
    options = blocks.ListBlock(OptionBlock(), label=_("options"), min_num=1)

    class Meta:
        label = _("multiple choice")
        icon = "tasks"


class ResidentIdFieldBlock(BaseFieldBlock):
    class Meta:
        label = _("resident ID number")
        icon = "user"


class CreditCodeFieldBlock(BaseFieldBlock):
    class Meta:
        label = _("unified social credit code")
        icon = "group"


class PhoneFieldBlock(BaseFieldBlock):
    class Meta:
        label = _("mobile phone")
        icon = "mobile-alt"


class EmailFieldBlock(BaseFieldBlock):
    class Meta:
        label = _("email")
        icon = "mail"


class AddressFieldBlock(BaseFieldBlock):
    detail_required = blocks.BooleanBlock(
        label=_("street address required"), required=False, default=True
    )

    class Meta:
        label = _("address (province, city, county)")
        icon = "site"


class FileFieldBlock(BaseFieldBlock):
    class Meta:
        label = _("file upload")
        icon = "doc-full"


class GroupSubFieldsBlock(blocks.StreamBlock):
    """The fields of one row of a repeating group (no nested groups or files)."""

    text = TextFieldBlock()
    number = NumberFieldBlock()
    date = DateFieldBlock()
    choice = ChoiceFieldBlock()
    resident_id = ResidentIdFieldBlock()
    credit_code = CreditCodeFieldBlock()
    phone = PhoneFieldBlock()
    email = EmailFieldBlock()


class GroupFieldBlock(BaseFieldBlock):
    fields = GroupSubFieldsBlock(label=_("fields of each row"))
    min_rows = blocks.IntegerBlock(label=_("minimum rows"), default=1, min_value=0)
    max_rows = blocks.IntegerBlock(label=_("maximum rows"), default=10, min_value=1)
    initial_rows = blocks.IntegerBlock(
        label=_("blank rows shown"), default=2, min_value=1
    )

    class Meta:
        label = _("repeating group")
        icon = "table"


class FieldsBlock(blocks.StreamBlock):
    text = TextFieldBlock()
    long_text = LongTextFieldBlock()
    number = NumberFieldBlock()
    date = DateFieldBlock()
    choice = ChoiceFieldBlock()
    multiple_choice = MultipleChoiceFieldBlock()
    resident_id = ResidentIdFieldBlock()
    credit_code = CreditCodeFieldBlock()
    phone = PhoneFieldBlock()
    email = EmailFieldBlock()
    address = AddressFieldBlock()
    file = FileFieldBlock()
    group = GroupFieldBlock()


class SectionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("section title"), max_length=100)
    fields = FieldsBlock(label=_("fields"))

    class Meta:
        icon = "folder-open-inverse"
        label = _("section")


class FormBodyBlock(blocks.StreamBlock):
    section = SectionBlock()
