"""Wagtail pages and site settings of the government website.

Tree: HomePage > SectionIndexPage (news, notices, interpretations) > ArticlePage;
HomePage > PolicyIndexPage > PolicyDocumentPage; HomePage > DepartmentIndexPage >
DepartmentPage. Pages hold content, not workflow: catalogue lists come from
``services.selectors`` through the fragment caches of ``cms.caching``.
"""

from .articles import ArticlePage, SectionIndexPage
from .departments import DepartmentIndexPage, DepartmentPage
from .home import HomePage
from .policy import PolicyAttachment, PolicyDocumentPage, PolicyIndexPage
from .site_settings import SiteChrome

__all__ = [
    "ArticlePage",
    "DepartmentIndexPage",
    "DepartmentPage",
    "HomePage",
    "PolicyAttachment",
    "PolicyDocumentPage",
    "PolicyIndexPage",
    "SectionIndexPage",
    "SiteChrome",
]
