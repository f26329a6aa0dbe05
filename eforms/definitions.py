"""Building a form definition's body as the admin's StreamField stores it:
``section(title, field(kind, key, label, ...), ...)``, with ``options`` for
choices. The demo forms and the tests write definitions with these."""

_DEFAULTS = {
    "help_text": "",
    "required": True,
    "regex": "",
    "regex_message": "",
    "min_length": None,
    "max_length": None,
    "visible_when_field": "",
    "visible_when_value": "",
    "prefill": "",
}


def options(*pairs: tuple[str, str]) -> list[dict]:
    return [{"value": value, "label": label} for value, label in pairs]


def field(kind: str, key: str, label: str, **settings) -> dict:
    value = {**_DEFAULTS, "key": key, "label": label}
    if "fields" in settings:
        settings["fields"] = [
            {"type": sub["type"], "value": sub["value"]} for sub in settings["fields"]
        ]
    value.update(settings)
    return {"type": kind, "value": value}


def section(title: str, *fields: dict) -> dict:
    return {"type": "section", "value": {"title": title, "fields": list(fields)}}
