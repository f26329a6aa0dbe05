"""The error summary of the application form step (GOV.UK's pattern, which
the platform's accessibility rules follow): every error of the page, in page
order, as a link that moves the focus to its input. Radio buttons and check
boxes have no single id, so their link leads to the first option; a repeating
group's own error (too few rows) leads to its fieldset, and a cell's label says
its group and row.
"""

from django.utils.translation import gettext as _

from eforms.rendering import ADD_ROW_CODE


def error_summary(form, rows, *, is_eform: bool) -> list[dict]:
    """Every error of the page, in page order, each with the anchor of its
    input: ``{"href": "#id", "label": ..., "message": ...}`` (no href for an
    error of the whole form)."""
    entries = [
        {"href": "", "label": "", "message": message}
        for error in form.non_field_errors().as_data()
        # "A row was added" is news, not an error (the e-form says it above
        # its fields): the summary lists only what is to correct.
        if error.code != ADD_ROW_CODE
        for message in error
    ]
    for name in form.fields:
        for message in form.errors.get(name, []):
            href, label = anchor(form, name, is_eform=is_eform)
            entries.append({"href": href, "label": label, "message": str(message)})
    for row in rows:
        for message in row.errors or []:
            entries.append(
                {
                    "href": f"#{row.field_name}",
                    "label": row.requirement.name,
                    "message": str(message),
                }
            )
    return entries


def anchor(form, name: str, *, is_eform: bool) -> tuple[str, str]:
    """The link target and the label of the input ``name`` in an error
    summary: a group's own error leads to its fieldset, and a cell is labelled
    with its group and row."""
    bound = form[name]
    label = str(bound.label or "")
    # Radio buttons and check boxes give their label no id: link the first one.
    target = f"#{bound.id_for_label or bound.auto_id + '_0'}"
    if not is_eform or "__" not in name:
        return target, label
    key, *parts = name.split("__")
    item = form.items.get(key)
    if item is None:
        return target, label
    whole = str(item.spec["label"])
    if parts == ["rows"]:
        return f"#group-{key}", whole
    if len(parts) == 2 and parts[0].isdigit():
        label = _("%(group)s, row %(number)d: %(field)s") % {
            "group": whole,
            "number": int(parts[0]) + 1,
            "field": label,
        }
    else:
        label = _("%(group)s: %(field)s") % {"group": whole, "field": label}
    return target, label
