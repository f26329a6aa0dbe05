/* Autosave of a draft every 20 s and when a changed field loses focus.
   The form element carries data-autosave-url and data-draft-revision; without
   JavaScript the "Save draft" button does the same through the apply view. */
(function () {
  "use strict";
  var INTERVAL = 20000;
  function csrfToken(form) {
    var input = form.querySelector('input[name="csrfmiddlewaretoken"]');
    return input ? input.value : "";
  }
  function collect(form) {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled || el.type === "file" || el.type === "submit" ||
          el.name === "csrfmiddlewaretoken" || el.name === "draft_revision" ||
          el.name.indexOf("material-") === 0) return;
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) return;
      if (el.type === "checkbox" || el.multiple) {
        data[el.name] = (data[el.name] || []).concat([el.value]);
      } else {
        data[el.name] = el.value;
      }
    });
    return data;
  }
  function setup(form) {
    var url = form.getAttribute("data-autosave-url");
    var status = form.querySelector("[data-autosave-status]");
    var revision = form.getAttribute("data-draft-revision");
    revision = revision ? parseInt(revision, 10) : null;
    var dirty = false, stopped = false;
    function say(text) { if (status) status.textContent = text; }
    function save() {
      if (!dirty || stopped) return;
      dirty = false;
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken(form) },
        body: JSON.stringify({ revision: revision, data: collect(form) })
      }).then(function (response) {
        return response.json().then(function (body) { return [response.status, body]; });
      }).then(function (result) {
        var code = result[0], body = result[1];
        if (code === 200) {
          revision = body.revision;
          // The "Save draft" button posts this revision: keep it current.
          var field = form.querySelector('input[name="draft_revision"]');
          if (field) field.value = revision;
          say(body.message);
        }
        else if (code === 409) {
          // Another device saved: stop, keep what is on screen, tell the person.
          stopped = true;
          say(body.message);
        } else { dirty = true; }
      }).catch(function () { dirty = true; });
    }
    form.addEventListener("input", function () { dirty = true; });
    form.addEventListener("change", function () { dirty = true; });
    form.addEventListener("focusout", save);
    window.setInterval(save, INTERVAL);
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-autosave-url]").forEach(setup);
  });
})();
