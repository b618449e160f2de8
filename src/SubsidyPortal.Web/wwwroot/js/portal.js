// The work areas' small script (the Content-Security-Policy allows only the site's own files, no inline handlers).
(function () {
  "use strict";
  // Buttons that reload the page: the reconnect banner's, when the circuit could not be resumed.
  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target.closest("[data-reload]") : null;
    if (target) {
      location.reload();
    }
  });
})();
