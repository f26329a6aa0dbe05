"""common.segmenter: a jieba tokenizer per purpose, built once per process, never
jieba's global one."""

import ast
import os
import threading
import time
from pathlib import Path

import jieba
import pytest
from django.core.exceptions import ImproperlyConfigured

from common import segmenter
from common.segmenter import Segmenter

ROOT = Path(__file__).resolve().parents[2]
# Not the project's code (the tests do look at jieba's global tokenizer).
NOT_CODE = {".venv", "node_modules", "var", ".git", "staticfiles", "tests"}


@pytest.fixture
def registry(monkeypatch) -> dict:
    """An empty registry of segmenters for this test."""
    empty: dict = {}
    monkeypatch.setattr(segmenter, "_registry", empty)
    return empty


@pytest.fixture
def words(tmp_path) -> Path:
    path = tmp_path / "words.txt"
    path.write_text("施工许可 50 n\n排污许可\n", encoding="utf-8")
    return path


def test_a_segmenter_adds_its_words_to_jiebas_dictionary(registry, words):
    plain, own = Segmenter("plain"), Segmenter("own", words=words)
    assert "施工许可" not in plain.cut_for_search("申请施工许可")
    assert "施工许可" in own.cut_for_search("申请施工许可")
    assert "排污许可" in own.cut("申请排污许可")


def test_words_of_one_segmenter_do_not_reach_another_or_the_global(registry, words):
    plain = Segmenter("plain")
    Segmenter("own", words=words).load()
    assert "施工许可" not in plain.cut_for_search("申请施工许可")
    assert "施工许可" not in jieba.dt.FREQ


def test_segmenters_are_tokenizers_of_their_own(registry, words):
    first, second = Segmenter("first"), Segmenter("second", words=words)
    segmenter.load_all()
    assert first.tokenizer is not second.tokenizer
    assert first.tokenizer.FREQ is not second.tokenizer.FREQ
    assert jieba.dt not in (first.tokenizer, second.tokenizer)


def test_load_all_reads_the_dictionary_once_for_all_segmenters(
    registry, words, monkeypatch
):
    reads = []
    original = segmenter.default_dictionary
    monkeypatch.setattr(
        segmenter, "default_dictionary", lambda: reads.append(1) or original()
    )
    first, second = Segmenter("first"), Segmenter("second", words=words)
    segmenter.load_all()
    assert first.loaded and second.loaded
    assert len(reads) == 1


def test_load_all_leaves_loaded_segmenters_alone(registry, monkeypatch):
    loaded = Segmenter("loaded")
    tokenizer = loaded.load()
    monkeypatch.setattr(segmenter, "default_dictionary", pytest.fail)
    segmenter.load_all()
    assert loaded.tokenizer is tokenizer


def test_a_segmenter_is_built_on_first_use_when_not_loaded(registry):
    lazy = Segmenter("lazy")
    assert not lazy.loaded
    assert lazy.cut("政务服务") == ["政务", "服务"]
    assert lazy.loaded


def test_threads_using_a_new_segmenter_build_it_once(registry, monkeypatch):
    builds = []
    original = Segmenter._build

    def slow_build(self, base):
        builds.append(1)
        time.sleep(0.2)  # both threads arrive while it builds
        return original(self, base)

    monkeypatch.setattr(Segmenter, "_build", slow_build)
    shared = Segmenter("shared")
    seen = []
    threads = [
        threading.Thread(target=lambda: seen.append(shared.tokenizer)) for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(builds) == 1
    assert seen[0] is seen[1]


def test_a_name_is_declared_once(registry):
    Segmenter("twice")
    with pytest.raises(ImproperlyConfigured, match="twice"):
        Segmenter("twice")


def test_words_with_frequency_zero_are_refused(registry, tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("施工许可 50\n许可证 0\n", encoding="utf-8")
    with pytest.raises(ImproperlyConfigured, match="words.txt:2"):
        Segmenter("forced split", words=path).load()


def test_the_dictionary_cache_file_is_kept_in_the_configured_directory(
    settings, tmp_path
):
    settings.SEGMENTER_CACHE_DIR = tmp_path / "cache"
    segmenter.default_dictionary()
    assert (tmp_path / "cache" / f"jieba-{jieba.__version__}.cache").is_file()


def test_an_unusable_cache_directory_falls_back_to_the_temporary_one(
    settings, tmp_path, monkeypatch, caplog
):
    (tmp_path / "file").write_text("")
    settings.SEGMENTER_CACHE_DIR = tmp_path / "file" / "cache"
    monkeypatch.setattr(segmenter.tempfile, "gettempdir", lambda: str(tmp_path))
    tokenizer = segmenter.default_dictionary()
    assert tokenizer.initialized
    assert (tmp_path / f"jieba-{jieba.__version__}.cache").is_file()
    assert "segmenter cache directory not usable" in caplog.text


def _project_modules():
    for directory, subdirectories, files in os.walk(ROOT):
        subdirectories[:] = [d for d in subdirectories if d not in NOT_CODE]
        for name in files:
            if name.endswith(".py"):
                yield Path(directory) / name


def _jieba_uses(path: Path) -> list[str]:
    """Where ``path`` imports jieba, as "file:line"."""
    uses = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        if any(name == "jieba" or name.startswith("jieba.") for name in names):
            uses.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return uses


def test_only_the_segmenter_module_imports_jieba():
    # So nothing can reach jieba.dt, jieba.cut or jieba.load_userdict.
    uses = [use for path in _project_modules() for use in _jieba_uses(path)]
    assert [use.split(":")[0] for use in uses] == ["common/segmenter.py"], uses


def test_the_segmenter_module_uses_no_global_tokenizer():
    source = (ROOT / "common" / "segmenter.py").read_text(encoding="utf-8")
    used = {
        node.attr
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "jieba"
    }
    assert used == {"Tokenizer", "setLogLevel", "__version__"}
