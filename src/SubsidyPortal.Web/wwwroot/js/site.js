// Progressive enhancement only: every page works without this file.
// After a form comes back with errors, put focus on the first invalid field so keyboard and
// screen-reader users land where the problem is (the error summary above lists all of them).
(function () {
  "use strict";
  function focusFirstError() {
    var first = document.querySelector("form [aria-invalid='true'], form .is-invalid");
    if (first && typeof first.focus === "function") {
      first.focus();
      return;
    }
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusFirstError);
  } else {
    focusFirstError();
  }
})();
