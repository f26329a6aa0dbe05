/* Convenience only: a file over the per-file limit is refused as soon as it is
   chosen, instead of after a long upload (the server refuses it anyway and
   keeps everything else on the page). The limit and the message, translated,
   come from the form's data-max-bytes and data-too-large attributes
   ({% upload_limit_attrs %}); "{name}" in the message stands for the file name. */
(function () {
  "use strict";
  function describedBy(input, id, on) {
    var ids = (input.getAttribute("aria-describedby") || "").split(/\s+/)
      .filter(function (value) { return value && value !== id; });
    if (on) ids.push(id);
    if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
    else input.removeAttribute("aria-describedby");
  }
  function watch(input, limit, template) {
    // The live region exists before anything is said in it, so that screen
    // readers announce the message when it appears.
    var message = document.createElement("p");
    message.id = (input.id || input.name) + "-too-large";
    message.className = "error upload-too-large";
    message.setAttribute("aria-live", "polite");
    input.insertAdjacentElement("afterend", message);
    var invalidBefore = input.getAttribute("aria-invalid");
    input.addEventListener("change", function () {
      var names = Array.prototype.filter.call(input.files || [], function (file) {
        return file.size > limit;
      }).map(function (file) { return template.split("{name}").join(file.name); });
      if (names.length) {
        message.textContent = names.join(" ");
        describedBy(input, message.id, true);
        input.setAttribute("aria-invalid", "true");
        input.value = "";  // the file is not sent
      } else if (message.textContent) {
        message.textContent = "";
        describedBy(input, message.id, false);
        if (invalidBefore === null) input.removeAttribute("aria-invalid");
        else input.setAttribute("aria-invalid", invalidBefore);
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-max-bytes]").forEach(function (form) {
      var limit = parseInt(form.getAttribute("data-max-bytes"), 10);
      var template = form.getAttribute("data-too-large") || "";
      if (!(limit > 0) || !template) return;
      form.querySelectorAll('input[type="file"]').forEach(function (input) {
        watch(input, limit, template);
      });
    });
  });
})();
