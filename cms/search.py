"""Chinese-aware full-text search of the website's pages.

Wagtail's database backend splits text on spaces and punctuation, so a run of
Chinese characters would be indexed as one token and "政务服务" would never match
"全省政务服务工作会议". Pages therefore index a ``search_text`` of jieba's
search-mode segmentation (every dictionary word, overlapping ones included), and
the search view segments the query the same way before handing it to Wagtail.
Both use the site's own segmenter (``SITE``, jieba's default dictionary; see
``common.segmenter``), so that no other search's words change how pages are
indexed.
"""

from common.segmenter import Segmenter

SITE = Segmenter("site")


def segment(text: str) -> str:
    return " ".join(word for word in SITE.cut_for_search(text or "") if word.strip())


class SegmentedSearchMixin:
    """For page models: ``index.SearchField("search_text")`` indexes this."""

    search_text_fields: tuple[str, ...] = ("summary",)

    def search_text(self) -> str:
        parts = [self.title]
        parts += [
            str(getattr(self, name, "") or "") for name in self.search_text_fields
        ]
        body = getattr(self, "body", None)
        if body is not None:
            parts += body.stream_block.get_searchable_content(body)
        return segment(" ".join(parts))
