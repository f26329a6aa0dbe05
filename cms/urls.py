"""Website URLs inside the language prefix (before Wagtail's catch-all)."""

from django.urls import path

from . import views
from .feeds import NewsFeed

app_name = "cms"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("elder-mode/", views.elder_mode, name="elder_mode"),
    path("feeds/news/", NewsFeed(), name="news_feed"),
]
