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
  // Each save's data is remembered for the tab (sessionStorage, sorted keys):
  // a save still on its way when the form is submitted lands after the next
  // page read the draft's revision, and that page's first save is refused. A
  // refusal whose newer draft holds exactly what this tab sent is not another
  // device's: nothing of anyone else's is overwritten by going on.
  function canonical(data) {
    return JSON.stringify(Object.keys(data).sort().map(function (key) {
      return [key, data[key]];
    }));
  }
  function remembered(key) {
    try { return window.sessionStorage.getItem(key); } catch (e) { return null; }
  }
  function remember(key, data) {
    try { window.sessionStorage.setItem(key, canonical(data)); } catch (e) { /* full or blocked */ }
  }
  function setup(form) {
    var url = form.getAttribute("data-autosave-url");
    var sentKey = "eforms-autosave-sent:" + url;
    var status = form.querySelector("[data-autosave-status]");
    var revision = form.getAttribute("data-draft-revision");
    revision = revision ? parseInt(revision, 10) : null;
    // One save at a time: a second one sent before the first answered would
    // carry the revision the first replaces, and be refused as a conflict.
    var dirty = false, stopped = false, saving = false;
    function say(text) { if (status) status.textContent = text; }
    function save() {
      if (!dirty || stopped || saving) return;
      dirty = false;
      saving = true;
      var failed = false;
      var data = collect(form), sentBefore = remembered(sentKey);
      remember(sentKey, data);
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken(form) },
        body: JSON.stringify({ revision: revision, data: data })
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
        else if (code === 409 && body.data && canonical(body.data) === sentBefore) {
          revision = body.revision;  // this tab's own save, from the page before
          var current = form.querySelector('input[name="draft_revision"]');
          if (current) current.value = revision;
          dirty = true;
        }
        else if (code === 409) {
          // Another device saved: stop, keep what is on screen, tell the person.
          stopped = true;
          say(body.message);
        } else { dirty = failed = true; }
      }).catch(function () { dirty = failed = true; }).then(function () {
        saving = false;
        // What changed while this save was on its way is saved now; a failed
        // save waits for the next focus change or the timer.
        if (!failed) save();
      });
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
