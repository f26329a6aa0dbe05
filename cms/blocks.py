"""StreamField blocks for the website's rich content.

Blocks render from their own value only: no database lookups beyond what
StreamField already batches (the image and document choosers), so a page body
costs the same few queries however many blocks it holds. The call-to-action
links to a service guide by its catalogue code rather than loading the service.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("level 2")), ("h3", _("level 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("heading")
        template = "cms/blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("alternative text"),
        max_length=200,
        help_text=_("What the image shows, for screen readers."),
    )
    caption = blocks.CharBlock(label=_("caption"), max_length=200, required=False)

    class Meta:
        icon = "image"
        label = _("image")
        template = "cms/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    source = blocks.CharBlock(label=_("source"), max_length=120, required=False)

    class Meta:
        icon = "openquote"
        label = _("quotation")
        template = "cms/blocks/quote.html"


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"),
        max_length=200,
        required=False,
        help_text=_("Defaults to the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("attachment")
        template = "cms/blocks/attachment.html"


class ServiceCallToActionBlock(blocks.StructBlock):
    service_code = blocks.RegexBlock(
        label=_("service code"),
        regex=r"^[A-Z0-9][A-Z0-9-]{1,19}$",
        error_messages={"invalid": _("Capital letters, digits and -.")},
    )
    label = blocks.CharBlock(label=_("button text"), max_length=60)
    text = blocks.CharBlock(label=_("text"), max_length=200, required=False)

    class Meta:
        icon = "link"
        label = _("call to action (service)")
        template = "cms/blocks/service_cta.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"),
        features=["bold", "italic", "ol", "ul", "link", "document-link"],
        template="cms/blocks/paragraph.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    attachment = AttachmentBlock()
    table = TableBlock(label=_("table"), template="cms/blocks/table.html")
    service_cta = ServiceCallToActionBlock()


class LinkBlock(blocks.StructBlock):
    """A menu or footer link: a local path (``/services/``) or a full URL; the
    English label is used on /en/ pages, falling back to the Chinese one."""

    label = blocks.CharBlock(label=_("label (Chinese)"), max_length=40)
    label_en = blocks.CharBlock(
        label=_("label (English)"), max_length=60, required=False
    )
    url = blocks.CharBlock(label=_("link"), max_length=300)

    class Meta:
        icon = "link"
        label = _("link")


class FooterColumnBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title (Chinese)"), max_length=40)
    title_en = blocks.CharBlock(
        label=_("title (English)"), max_length=60, required=False
    )
    links = blocks.ListBlock(LinkBlock(), label=_("links"))

    class Meta:
        icon = "list-ul"
        label = _("footer column")
