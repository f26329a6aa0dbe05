"""Menus, footer and contact details of the site, edited in Settings > Site chrome.

Read through ``cms.caching.site_chrome`` (a fragment cache cleared whenever this
setting is saved), never on every request."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from cms.blocks import FooterColumnBlock, LinkBlock


@register_setting(icon="list-ul")
class SiteChrome(BaseSiteSetting):
    main_menu = StreamField(
        [("link", LinkBlock())], verbose_name=_("main menu"), blank=True
    )
    footer_columns = StreamField(
        [("column", FooterColumnBlock())], verbose_name=_("footer columns"), blank=True
    )
    sponsor = models.CharField(_("sponsor"), max_length=200, blank=True)
    sponsor_en = models.CharField(_("sponsor (English)"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    hotline = models.CharField(_("service hotline"), max_length=50, blank=True)
    email = models.EmailField(_("contact email"), blank=True)
    icp_number = models.CharField(
        _("ICP record number"), max_length=60, blank=True, help_text=_("ICP备案号")
    )
    police_record_number = models.CharField(
        _("public security record number"), max_length=60, blank=True
    )
    site_code = models.CharField(
        _("government website identifier"), max_length=30, blank=True
    )

    panels = [
        FieldPanel("main_menu"),
        FieldPanel("footer_columns"),
        MultiFieldPanel(
            [
                FieldPanel("sponsor"),
                FieldPanel("sponsor_en"),
                FieldPanel("address"),
                FieldPanel("hotline"),
                FieldPanel("email"),
            ],
            heading=_("contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("icp_number"),
                FieldPanel("police_record_number"),
                FieldPanel("site_code"),
            ],
            heading=_("record numbers"),
        ),
    ]

    class Meta:
        verbose_name = _("site chrome (menus and footer)")
