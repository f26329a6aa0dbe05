"""What the catalogue's result page shows besides the results: the matched terms
marked in names and summaries (``highlight``), and a "did you mean" for a query
that found nothing or only partial matches (``suggest``), from the names and
aliases of the catalogue with a character-bigram index kept per process."""

from __future__ import annotations

import difflib
import re

from django.db.models import Count, Max, QuerySet
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from services.search import clean_query


def highlight(text: str, terms: list[str]) -> SafeString:
    """``text`` escaped, with each occurrence of a query term in ``<mark>``."""
    if not text:
        return mark_safe("")  # noqa: S308 - empty string
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    if not terms:
        return escape(text)
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last : match.start()]))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped


class _Vocabulary:
    """Service names and aliases with a character-bigram index, so that a
    suggestion compares the query with the few entries sharing a bigram with it
    instead of the whole catalogue. Kept per process, rebuilt when the catalogue
    changes (its latest ``updated_at`` and size)."""

    def __init__(self, stamp: tuple, entries: list[str]):
        self.stamp = stamp
        self.entries = entries
        self.bigrams: dict[str, list[int]] = {}
        for index, entry in enumerate(entries):
            for bigram in {entry[i : i + 2] for i in range(len(entry) - 1)}:
                self.bigrams.setdefault(bigram, []).append(index)

    def candidates(self, query: str, limit: int = 200) -> list[str]:
        hits: dict[int, int] = {}
        for bigram in {query[i : i + 2] for i in range(len(query) - 1)}:
            for index in self.bigrams.get(bigram, ()):
                hits[index] = hits.get(index, 0) + 1
        best = sorted(hits, key=hits.__getitem__, reverse=True)[:limit]
        return [self.entries[index] for index in best]


_vocabulary_cache: dict[str, _Vocabulary] = {}


def _vocabulary(services: QuerySet) -> _Vocabulary:
    stats = services.aggregate(latest=Max("updated_at"), count=Count("pk"))
    stamp = (stats["latest"], stats["count"])
    vocabulary = _vocabulary_cache.get("services")
    if vocabulary is None or vocabulary.stamp != stamp:
        words: dict[str, None] = {}
        for name, aliases in services.values_list("name", "aliases"):
            words[name] = None
            words.update(dict.fromkeys(a.strip() for a in aliases.split(",") if a))
        vocabulary = _Vocabulary(stamp, list(words))
        _vocabulary_cache["services"] = vocabulary
    return vocabulary


def suggest(services: QuerySet, query: str) -> str | None:
    """A close service name or alias for a query that found nothing or only
    partial matches (a typo such as 身分证, or a near miss), or None."""
    query = clean_query(query)
    if len(query) < 2:
        return None
    candidates = _vocabulary(services).candidates(query)
    matches = difflib.get_close_matches(query, candidates, n=1, cutoff=0.5)
    if matches and matches[0] != query:
        return matches[0]
    return None
