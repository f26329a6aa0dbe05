// Small conveniences; every page works without them.
(function () {
  "use strict";
  // Disable the submit buttons of a form once it is submitted, so that a double
  // click sends one request. The server is idempotent anyway (submission keys and
  // version checks); this only spares the second round trip.
  document.querySelectorAll("form.js-submit-once").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.submitted === "1") {
        event.preventDefault();
        return;
      }
      form.dataset.submitted = "1";
      window.setTimeout(function () {
        form.querySelectorAll("button[type=submit]").forEach(function (button) {
          button.setAttribute("aria-disabled", "true");
        });
      }, 0);
    });
  });
  document.querySelectorAll(".js-print").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();
