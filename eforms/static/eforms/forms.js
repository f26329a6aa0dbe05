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
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-eform]").forEach(function (root) {
      var form = root.closest("form") || root;
      applyConditions(form);
      form.addEventListener("change", function () { applyConditions(form); });
      root.querySelectorAll("[data-region-cascade]").forEach(cascade);
    });
  });
})();
