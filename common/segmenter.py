"""Chinese word segmenters, one per purpose, built once per process.

jieba's module-level functions (``jieba.cut``, ``jieba.load_userdict``...) all
use one global ``Tokenizer`` (``jieba.dt``): words one caller adds change how
every other caller segments, and its dictionary loads on the first use, in the
middle of a request. So each purpose (the catalogue search, the site search)
declares a ``Segmenter`` of its own, and nothing uses the global.

Flow:

1. A module declares ``NAME = Segmenter("name", words=path)`` once, at import;
   the segmenter is then registered, and its app's ``AppConfig.ready()`` imports
   that module so that every segmenter is known once Django is set up.
2. The entry points of serving processes call ``load_all()`` right after
   Django's set-up: ``citizen_portal.wsgi`` (gunicorn, runserver),
   ``citizen_portal.asgi`` and the Celery worker (``worker_init``). Management
   commands and tests do not: a segmenter they use builds on first use instead
   (``Segmenter.tokenizer``), under a lock, so that two threads build it once.
3. Building reads jieba's default dictionary into a prefix dictionary (about
   500,000 entries, half a second here) once for all the segmenters built
   together, gives each its own copy (a copy shares the entry strings, so it
   costs some 10 ms and 15 MB instead of a second read and 70 MB), and adds the
   segmenter's own words (a jieba user dictionary file: ``word [frequency]
   [tag]`` a line). A word with frequency 0 would change jieba's global HMM
   (``finalseg``): such files are refused.
4. jieba keeps the prefix dictionary in a cache file. It is kept in
   ``settings.SEGMENTER_CACHE_DIR`` (``var/cache/`` by default) under a name that
   carries jieba's version; where that directory cannot be created, in the
   system's temporary directory, as jieba does by default.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from pathlib import Path

import jieba
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# jieba logs every dictionary load at DEBUG level to its own stderr handler.
jieba.setLogLevel(logging.WARNING)
logger = logging.getLogger(__name__)

_registry: dict[str, Segmenter] = {}


class Segmenter:
    """A ``jieba.Tokenizer`` for one purpose: jieba's default dictionary plus
    the words in ``words`` (a user dictionary file), built on ``load()`` or on
    first use."""

    def __init__(self, name: str, *, words: Path | None = None) -> None:
        if name in _registry:
            raise ImproperlyConfigured(f"segmenter {name!r} is declared twice")
        self.name = name
        self.words = words
        self._tokenizer: jieba.Tokenizer | None = None
        self._lock = threading.Lock()
        _registry[name] = self

    def __repr__(self) -> str:
        return f"<Segmenter {self.name}>"

    @property
    def loaded(self) -> bool:
        return self._tokenizer is not None

    @property
    def tokenizer(self) -> jieba.Tokenizer:
        """The tokenizer, built now when it is not yet."""
        tokenizer = self._tokenizer
        return tokenizer if tokenizer is not None else self.load()

    def load(self, base: jieba.Tokenizer | None = None) -> jieba.Tokenizer:
        """Build the tokenizer unless built already; from ``base`` (a loaded
        default-dictionary tokenizer, copied) when given."""
        with self._lock:
            if self._tokenizer is None:
                self._tokenizer = self._build(base or default_dictionary())
            return self._tokenizer

    def _build(self, base: jieba.Tokenizer) -> jieba.Tokenizer:
        tokenizer = jieba.Tokenizer()
        # What Tokenizer.initialize() sets, copied rather than read again.
        tokenizer.FREQ = dict(base.FREQ)
        tokenizer.total = base.total
        tokenizer.initialized = True
        if self.words is not None:
            _check_words(self.words)
            tokenizer.load_userdict(str(self.words))
        return tokenizer

    def cut(self, text: str, *, cut_all: bool = False) -> list[str]:
        """jieba's precise mode (or full mode: every dictionary word)."""
        return self.tokenizer.lcut(text, cut_all=cut_all)

    def cut_for_search(self, text: str) -> list[str]:
        """jieba's search mode: the precise words and the dictionary words
        inside the longer ones."""
        return self.tokenizer.lcut_for_search(text)


def _check_words(path: Path) -> None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split()
        if len(parts) > 1 and parts[1] == "0":
            raise ImproperlyConfigured(
                f"{path}:{number}: frequency 0 would change jieba's global HMM"
            )


def default_dictionary() -> jieba.Tokenizer:
    """A tokenizer with jieba's default dictionary loaded (through its cache
    file, see the module docstring)."""
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = _cache_dir()
    tokenizer.cache_file = f"jieba-{jieba.__version__}.cache"
    tokenizer.initialize()
    return tokenizer


def _cache_dir() -> str:
    directory = Path(settings.SEGMENTER_CACHE_DIR)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        logger.warning(
            "segmenter cache directory not usable (%s): using the temporary one",
            error.__class__.__name__,
        )
        return tempfile.gettempdir()
    return str(directory)


def registered() -> list[Segmenter]:
    return list(_registry.values())


def load_all() -> None:
    """Build every declared segmenter that is not built yet, reading jieba's
    dictionary once for all of them. Called at the start of serving processes."""
    waiting = [segmenter for segmenter in _registry.values() if not segmenter.loaded]
    if not waiting:
        return
    base = default_dictionary()
    for segmenter in waiting:
        segmenter.load(base)
