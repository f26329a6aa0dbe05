"""Form definitions in the Wagtail admin: editors build each service's form from
section and field blocks, save drafts (revisions) and publish; each publication
creates an immutable form version (``FormDefinition.publish``)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FormDefinition


class FormDefinitionViewSet(SnippetViewSet):
    model = FormDefinition
    icon = "form"
    menu_label = _("Application forms")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["title", "service", "live", "updated_at"]
    search_fields = ["title"]
    panels = [
        FieldPanel("service"),
        FieldPanel("title"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]


register_snippet(FormDefinitionViewSet)
