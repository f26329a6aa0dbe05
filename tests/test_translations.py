"""The Simplified Chinese catalogues are complete, correct in form and compiled.

Chinese is the portal's default language, so an untranslated msgid shows English
to every citizen, and a ``#, fuzzy`` entry (a guess msgmerge makes when a msgid
changes) is left out of the compiled catalogue: both surface as English in the
UI. Each test reads every ``<app>/locale/zh_Hans/LC_MESSAGES/django.po`` under
the project (the apps' and ``citizen_portal/locale``) and lists every offending
entry, so one run shows all that is left to translate.
"""

import re
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

PROJECT_DIR = Path(__file__).resolve().parents[1]
CATALOGUES = sorted(PROJECT_DIR.glob("*/locale/zh_Hans/LC_MESSAGES/django.po"))
# The catalogues that exist today; a new app simply adds to the list above.
EXPECTED = {
    "applications",
    "citizen_portal",
    "cms",
    "desk",
    "eforms",
    "identity",
    "licences",
    "notifications",
    "opendata",
    "services",
    "sharing",
    "workdays",
}


def _app(po_path: Path) -> str:
    return po_path.relative_to(PROJECT_DIR).parts[0]


def _read(po_path: Path):
    with po_path.open("rb") as handle:
        return read_po(handle, abort_invalid=True)


def _describe(message) -> str:
    where = ", ".join(f"{path}:{line}" for path, line in message.locations[:2])
    context = f"[{message.context}] " if message.context else ""
    msgid = message.id if isinstance(message.id, str) else message.id[0]
    return f"{context}{msgid!r} ({where or 'no location'})"


def _frozen(value):
    """read_mo gives plural ids and strings as lists, read_po as tuples."""
    return tuple(value) if isinstance(value, list | tuple) else value


def _text(context):
    """read_mo leaves msgctxt as bytes."""
    return context.decode() if isinstance(context, bytes) else context


def _header(po_path: Path) -> str:
    """The header entry's msgstr as written in the file (babel substitutes the
    locale's default plural rule when the header lacks one, so the parsed
    catalogue cannot tell whether the header still declares it)."""
    text = po_path.read_text(encoding="utf-8")
    match = re.search(r'^msgid ""\nmsgstr ""\n((?:".*"\n)+)', text, re.MULTILINE)
    assert match, f"{po_path} has no header entry"
    return "".join(line.strip()[1:-1] for line in match.group(1).splitlines())


def test_every_app_catalogue_is_found():
    assert EXPECTED <= {_app(path) for path in CATALOGUES}


@pytest.mark.parametrize("po_path", CATALOGUES, ids=_app)
def test_catalogue_has_no_untranslated_or_fuzzy_entry(po_path):
    problems = []
    for message in _read(po_path):
        if not message.id:  # the header entry
            continue
        strings = message.string if message.pluralizable else (message.string,)
        if not all(strings):
            problems.append(f"untranslated: {_describe(message)}")
        if message.fuzzy:
            problems.append(f"fuzzy: {_describe(message)}")
    assert not problems, f"{po_path.relative_to(PROJECT_DIR)}:\n" + "\n".join(problems)


@pytest.mark.parametrize("po_path", CATALOGUES, ids=_app)
def test_catalogue_header_declares_the_single_chinese_plural_form(po_path):
    header = _header(po_path)
    assert re.search(r"Plural-Forms:\s*nplurals=1;\s*plural=0;", header), header
    assert "charset=UTF-8" in header.replace("utf-8", "UTF-8")


@pytest.mark.parametrize("po_path", CATALOGUES, ids=_app)
def test_translations_keep_the_placeholders_of_their_msgid(po_path):
    problems = [
        f"{_describe(message)}: {'; '.join(str(error) for error in errors)}"
        for message, errors in _read(po_path).check()
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("po_path", CATALOGUES, ids=_app)
def test_compiled_catalogue_matches_its_po_file(po_path):
    """Django reads the .mo, not the .po: a catalogue edited but not compiled
    with ``pybabel compile -D django -i <po> -o <mo>`` still shows English."""
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing"
    with mo_path.open("rb") as handle:
        compiled = {
            (_text(message.context), _frozen(message.id)): _frozen(message.string)
            for message in read_mo(handle)
            if message.id
        }
    expected = {
        (message.context, _frozen(message.id)): _frozen(message.string)
        for message in _read(po_path)
        if message.id and message.string and not message.fuzzy
    }
    changed = {
        key
        for key in expected.keys() & compiled.keys()
        if expected[key] != compiled[key]
    }
    stale = sorted(
        f"[{context}] {msgid}" if context else str(msgid)
        for context, msgid in (expected.keys() ^ compiled.keys()) | changed
    )
    assert not stale, f"{mo_path.relative_to(PROJECT_DIR)} is out of date: {stale}"
