"""Chinese full-text search over the service catalogue.

Flow: ``index_service`` segments a service's texts with the catalogue's own
jieba segmenter (``CATALOGUE``: search mode, jieba's dictionary plus the domain
words in ``search_dict.txt``; see ``common.segmenter``) into three weighted
groups: A name and aliases, B keywords and events, C summary, conditions,
materials and department. The tokens are kept in ``Service.search_terms`` on
every database; on PostgreSQL they also become two GIN-indexed ``tsvector``
columns (configuration ``simple``, the text being segmented already): A and B in
a small one, C in another. ``service_search_ranked`` parses the query the same
way, adds the catalogue's synonyms for colloquial phrasing (开公司 → 企业设立),
searches in tiers (see ``TIERS``) and ranks: on PostgreSQL with ``ts_rank`` in
the database, elsewhere with the same weights in Python (the embedded SQLite
default holds a few hundred services). Highlighting and "did you mean" are in
``services.search_display``.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import connection
from django.db.models import (
    Case,
    F,
    FloatField,
    Func,
    Q,
    QuerySet,
    Value,
    When,
)

from common.segmenter import Segmenter
from services.search_synonyms import STOPWORDS, SYNONYMS

# The service texts and the queries are segmented by this one segmenter, so that
# a query finds the tokens its words were indexed as.
CATALOGUE = Segmenter("catalogue", words=Path(__file__).with_name("search_dict.txt"))

WEIGHTS = {"a": 1.0, "b": 0.4, "c": 0.1}
# ts_rank's weight array is ordered D, C, B, A.
_PG_WEIGHTS = [0.0, WEIGHTS["c"], WEIGHTS["b"], WEIGHTS["a"]]
MAX_QUERY_LENGTH = 100
MAX_TERMS = 16
_TOKEN = re.compile(r"[\w\u4e00-\u9fff]+")


def _indexable(token: str) -> bool:
    return token not in STOPWORDS and bool(_TOKEN.fullmatch(token))


def tokenize(text: str) -> list[str]:
    """Index tokens of ``text``: every dictionary word it contains (jieba's full
    mode, so 排污许可证 yields 排污许可 and 许可证 too) plus the search-mode
    tokens; lower-cased, without stop words or punctuation, each once."""
    tokens: dict[str, None] = {}
    for chunk in _TOKEN.findall(text.lower()):
        for token in (
            *CATALOGUE.cut_for_search(chunk),
            *CATALOGUE.cut(chunk, cut_all=True),
        ):
            if _indexable(token):
                tokens[token] = None
    return list(tokens)


def clean_query(query: str) -> str:
    # PostgreSQL refuses NUL characters; nothing sensible is longer than this.
    return query.replace("\x00", "").strip()[:MAX_QUERY_LENGTH]


# A parsed query: groups that must all match (AND); a group matches when one of
# its alternatives does (OR); an alternative is a phrase whose words must all
# match (AND); a word matches through any of its search-mode tokens (OR).
Word = frozenset[str]
Alternative = tuple[Word, ...]
Group = tuple[Alternative, ...]


def _phrase(text: str) -> Alternative:
    """The words of ``text`` (jieba's precise mode), each as the set of its
    search-mode tokens, without stop words; single characters are dropped when
    the phrase has longer words (证, 办 and 个 match almost everything)."""
    words = []
    for chunk in _TOKEN.findall(text.lower()):
        for word in CATALOGUE.cut(chunk):
            if not _indexable(word):
                continue
            tokens = set(filter(_indexable, CATALOGUE.cut_for_search(word)))
            if tokens:
                words.append(frozenset(tokens))
    longer = [w for w in words if len(max(w, key=len)) > 1]
    return tuple(longer or words)


def parse_query(query: str) -> list[Group]:
    """Colloquial phrases with synonyms become one group each (the phrase as
    typed, or any of its standard terms); every other word is a group of its own.
    Single characters outside a phrase (开, 个, 上...) are too ambiguous to be
    required: they only count in the relaxed search."""
    rest = clean_query(query).lower()
    groups: list[Group] = []
    for phrase in sorted(SYNONYMS, key=len, reverse=True):
        if phrase in rest:
            alternatives = [_phrase(phrase), *map(_phrase, SYNONYMS[phrase])]
            groups.append(tuple(a for a in alternatives if a))
            rest = rest.replace(phrase, " ")
    for word in _phrase(rest):
        if len(max(word, key=len)) > 1:  # see _phrase
            groups.append(((word,),))
    return [g for g in groups if g][:MAX_TERMS]


def query_terms(query: str) -> list[str]:
    """Every token the query may match (the relaxed search, and highlighting)."""
    terms: dict[str, None] = dict.fromkeys(tokenize(clean_query(query)))
    for group in parse_query(query):
        for alternative in group:
            for word in alternative:
                terms.update(dict.fromkeys(sorted(word, key=len, reverse=True)))
    return list(terms)[: MAX_TERMS * 4]


def _terms_of(service) -> dict[str, list[str]]:
    materials = service.materials.all() if service.pk else []
    events = service.events.all() if service.pk else []
    return {
        "a": tokenize(" ".join([service.name, service.aliases.replace(",", " ")])),
        "b": tokenize(
            " ".join([service.keywords.replace(",", " "), *(e.name for e in events)])
        ),
        "c": tokenize(
            " ".join(
                [
                    service.summary,
                    service.conditions,
                    *(m.name for m in materials),
                    service.department.name if service.department_id else "",
                ]
            )
        ),
    }


def index_service(service) -> None:
    """Refresh one service's index entry (after it, its materials or events
    changed)."""
    terms = _terms_of(service)
    model = type(service)
    updates: dict = {"search_terms": terms}
    if connection.vendor == "postgresql":
        updates["search_vector"] = SearchVector(
            Value(" ".join(terms["a"])), config="simple", weight="A"
        ) + SearchVector(Value(" ".join(terms["b"])), config="simple", weight="B")
        updates["search_vector_text"] = SearchVector(
            Value(" ".join(terms["c"])), config="simple", weight="C"
        )
    model.objects.filter(pk=service.pk).update(**updates)


# Where a query must match: first the name, aliases, keywords and events (A and
# B); only when nothing matches there, the guide text too (C). Matching the
# guide text alone is a weak signal: 营业执照 is a material of half the catalogue.
TIERS = (("strict", "ab"), ("any", "ab"), ("any", "abc"))


def _quoted(word: Word, fields: str) -> str:
    """A word of the query as tsquery: the whole word, or all of its parts (a
    document has 施工许可 when it has 施工 and 许可, not when it has 许可 only).
    Tokens are word characters only (see _phrase), so quoting is enough."""
    suffix = ":" + fields.upper() if fields != "abc" else ""
    whole = max(word, key=len)
    parts = sorted(word - {whole})
    if not parts:
        return f"'{whole}'{suffix}"
    both = " & ".join(f"'{t}'{suffix}" for t in parts)
    return f"('{whole}'{suffix} | ({both}))"


def _word_matches(word: Word, weights: dict[str, float]) -> bool:
    whole = max(word, key=len)
    return whole in weights or all(t in weights for t in word - {whole})


def _strict_tsquery(groups: list[Group], fields: str) -> SearchQuery:
    raw = " & ".join(
        "("
        + " | ".join(
            "(" + " & ".join(_quoted(w, fields) for w in alt) + ")" for alt in group
        )
        + ")"
        for group in groups
    )
    return SearchQuery(raw, search_type="raw", config="simple")


def _any_tsquery(terms: list[str], fields: str = "abc") -> SearchQuery:
    suffix = ":" + fields.upper() if fields != "abc" else ""
    return SearchQuery(
        " | ".join(f"'{t}'{suffix}" for t in terms),
        search_type="raw",
        config="simple",
    )


def _weights_of(search_terms: dict, fields: str) -> dict[str, float]:
    best: dict[str, float] = {}
    for key in fields:
        weight = WEIGHTS[key]
        for token in search_terms.get(key, ()):
            best[token] = max(best.get(token, 0.0), weight)
    return best


def score(
    search_terms: dict, groups: list[Group], terms: list[str], fields: str = "abc"
) -> float:
    """The Python ranking used where PostgreSQL is not. Strict (``groups``):
    every group must match in ``fields``, and a group counts with its best
    alternative (each word with the weight of the best field it occurs in); 0
    when a group misses. Relaxed (no groups): each term counts with its best
    field's weight."""
    weights = _weights_of(search_terms, fields)
    if not groups:
        return sum(weights.get(term, 0.0) for term in terms)
    total = 0.0
    for group in groups:
        best = 0.0
        for alternative in group:
            if not all(_word_matches(word, weights) for word in alternative):
                continue
            values = [_word_score(word, weights) for word in alternative]
            best = max(best, sum(values) / len(values))
        if best == 0.0:
            return 0.0
        total += best
    return total


def _word_score(word: Word, weights: dict[str, float]) -> float:
    """How well a document covers one query word: the mean, over the word's
    characters, of the best field weight of a matched token covering it (so
    施工许可 matched by 施工 and 许可 beats a match of 许可 alone)."""
    text = max(word, key=len)
    cover = [0.0] * len(text)
    for token in word:
        weight = weights.get(token, 0.0)
        if not weight:
            continue
        start = text.find(token)
        while start != -1:
            for i in range(start, start + len(token)):
                cover[i] = max(cover[i], weight)
            start = text.find(token, start + 1)
    return sum(cover) / len(cover)


def _python_ranked(services, groups, terms, fields, exact) -> QuerySet | None:
    ranks = {}
    for pk, search_terms in services.values_list("pk", "search_terms"):
        value = score(search_terms or {}, groups, terms, fields)
        if value > 0:
            ranks[pk] = value
    if not ranks:
        return None
    return (
        services.filter(pk__in=ranks)
        .annotate(
            rank=Case(
                *(When(pk=pk, then=Value(value)) for pk, value in ranks.items()),
                output_field=FloatField(),
            )
            + exact
        )
        .order_by("-rank", "code")
    )


class _EmptyIfNull(Func):
    template = "COALESCE(%(expressions)s, ''::tsvector)"
    output_field = SearchVectorField()


class _TsvectorConcat(Func):
    template = "(%(expressions)s)"
    arg_joiner = " || "
    output_field = SearchVectorField()


def _postgres_ranked(services, groups, terms, fields, exact) -> QuerySet | None:
    if groups:
        query = _strict_tsquery(groups, fields)
    else:
        query = _any_tsquery(terms, fields)
    # Names and keywords live in the small vector; the guide text in the other,
    # read only in the last tier.
    where = Q(search_vector=query)
    vector = F("search_vector")
    if "c" in fields:
        where |= Q(search_vector_text=query)
        vector = _TsvectorConcat(
            _EmptyIfNull(F("search_vector")), _EmptyIfNull(F("search_vector_text"))
        )
    matches = services.filter(where)
    count = matches.count()
    if not count:
        return None
    return _known_count(
        matches.annotate(
            rank=SearchRank(vector, _any_tsquery(terms), weights=_PG_WEIGHTS) + exact
        ).order_by("-rank", "code"),
        count,
    )


def _known_count(services: QuerySet, count: int) -> QuerySet:
    # The tier test counted the matches already; the paginator asks for the
    # count again (``object_list.count()``): answer it without a second query.
    # Only this instance knows it: any further filtering clones the queryset
    # and counts afresh.
    services.count = lambda: count
    return services


def service_search_ranked(services: QuerySet, query: str) -> QuerySet:
    """``services`` narrowed to those matching ``query``, best first: those that
    match every part of the query by name, alias, keyword or event; when none
    does, those matching any part there; when none does either, those matching
    any part anywhere, guide text included (see TIERS)."""
    query = clean_query(query)
    groups = parse_query(query)
    terms = query_terms(query)
    if not terms:
        return services.none()
    exact_alias = (
        Q(aliases=query)
        | Q(aliases__startswith=f"{query},")
        | Q(aliases__endswith=f",{query}")
        | Q(aliases__contains=f",{query},")
    )
    exact = Case(
        When(Q(name=query) | exact_alias, then=Value(10.0)),
        default=Value(0.0),
        output_field=FloatField(),
    )
    ranked = _postgres_ranked if connection.vendor == "postgresql" else _python_ranked
    for mode, fields in TIERS:
        if mode == "strict" and not groups:
            continue
        found = ranked(
            services, groups if mode == "strict" else [], terms, fields, exact
        )
        if found is not None:
            return found if mode == "strict" else _relaxed(found)
    return services.none()


def _relaxed(services: QuerySet) -> QuerySet:
    services.search_relaxed = True
    return services


def is_relaxed(services: QuerySet) -> bool:
    """True when no service matched every part of the query and the results
    are those matching some part (the page then offers a "did you mean")."""
    return getattr(services, "search_relaxed", False)
