/* Conveniences only: the form works without them (the server enforces
   conditional visibility and validates the region combination). */
(function () {
  "use strict";
  function valueOf(form, name) {
    var inputs = form.querySelectorAll('[name="' + name + '"]');
    var values = [];
    inputs.forEach(function (input) {
      if ((input.type === "radio" || input.type === "checkbox") && !input.checked) return;
      values.push(input.value);
    });
    return values;
  }
  function applyConditions(form) {
    form.querySelectorAll("[data-visible-when-field]").forEach(function (item) {
      var wanted = item.getAttribute("data-visible-when-value");
      var values = valueOf(form, item.getAttribute("data-visible-when-field"));
      item.hidden = values.indexOf(wanted) === -1;
    });
    // Fields of a repeating group's row: the condition names a field of the
    // same row (or a top-level one); the whole field, label included, is hidden.
    form.querySelectorAll("[data-row-visible-when-field]").forEach(function (input) {
      var wrapper = input.closest(".field") || input;
      var wanted = input.getAttribute("data-row-visible-when-value");
      var values = valueOf(form, input.getAttribute("data-row-visible-when-field"));
      wrapper.hidden = values.indexOf(wanted) === -1;
    });
  }
  function narrow(select, parentCode) {
    Array.prototype.forEach.call(select.querySelectorAll("optgroup"), function (group) {
      var show = !parentCode || group.getAttribute("data-parent") === parentCode ||
        group.label === parentCode;
      group.hidden = !show;
      group.disabled = !show;
    });
    var chosen = select.selectedOptions[0];
    if (chosen && chosen.parentNode.disabled) select.value = "";
  }
  function cascade(fieldset) {
    var key = fieldset.getAttribute("data-region-cascade");
    var province = fieldset.querySelector('[name="' + key + '__province"]');
    var city = fieldset.querySelector('[name="' + key + '__city"]');
    var county = fieldset.querySelector('[name="' + key + '__county"]');
    if (!province || !city || !county) return;
    function label(select) {
      var option = select.selectedOptions[0];
      return option && option.value ? option.textContent : "";
    }
    function update() {
      narrow(city, label(province));
      narrow(county, label(city));
    }
    province.addEventListener("change", update);
    city.addEventListener("change", update);
    update();
  }
  // Removing a row of a repeating group. Later rows move up (names, ids and
  // numbers), so that the server reads the rows that remain and nothing else.
  var ROW_ATTRIBUTES = ["name", "id", "for", "aria-describedby", "data-row-visible-when-field"];
  function rowsOf(group) {
    return Array.prototype.filter.call(group.children, function (child) {
      return child.classList.contains("eform-row");
    });
  }
  function renumber(row, key, from, to) {
    var before = key + "__" + from + "__", after = key + "__" + to + "__";
    row.querySelectorAll("*").forEach(function (element) {
      ROW_ATTRIBUTES.forEach(function (attribute) {
        var value = element.getAttribute(attribute);
        if (value && value.indexOf(before) !== -1) {
          element.setAttribute(attribute, value.split(before).join(after));
        }
      });
    });
    var legend = row.querySelector(":scope > legend");
    var remove = row.querySelector(":scope > [data-remove-row]");
    [legend, remove].forEach(function (element) {
      if (element) element.textContent = element.textContent.replace(/\d+/, String(to + 1));
    });
  }
  function updateGroup(group) {
    var key = group.getAttribute("data-group");
    var rows = rowsOf(group);
    var fewest = Math.max(parseInt(group.getAttribute("data-min-rows"), 10) || 0, 1);
    rows.forEach(function (row) {
      var remove = row.querySelector(":scope > [data-remove-row]");
      if (remove) remove.hidden = rows.length <= fewest;
    });
    var counter = group.querySelector('input[name="' + key + '__rows"]');
    if (counter) counter.value = String(rows.length);
    var add = group.querySelector(":scope > [data-add-row]");
    var target = add && add.getAttribute("formaction");
    if (target) add.setAttribute("formaction", target.replace(/__\d+__/, "__" + rows.length + "__"));
  }
  function removeRow(group, row) {
    var key = group.getAttribute("data-group");
    var rows = rowsOf(group);
    var index = rows.indexOf(row);
    row.parentNode.removeChild(row);
    for (var i = index + 1; i < rows.length; i++) renumber(rows[i], key, i, i - 1);
    updateGroup(group);
    // The focus goes to the row that took its place, else to "Add a row".
    var next = rowsOf(group)[index];
    var field = next && next.querySelector("input:not([type=hidden]), select, textarea");
    (field || group.querySelector(":scope > [data-add-row]") || group).focus();
    group.dispatchEvent(new Event("change", { bubbles: true }));  // autosave, conditions
  }
  function repeating(group) {
    updateGroup(group);
    group.addEventListener("click", function (event) {
      var remove = event.target.closest("[data-remove-row]");
      if (remove && remove.parentNode.parentNode === group) removeRow(group, remove.parentNode);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-eform]").forEach(function (root) {
      var form = root.closest("form") || root;
      applyConditions(form);
      form.addEventListener("change", function () { applyConditions(form); });
      root.querySelectorAll("[data-region-cascade]").forEach(cascade);
      root.querySelectorAll("[data-group]").forEach(repeating);
    });
  });
})();
