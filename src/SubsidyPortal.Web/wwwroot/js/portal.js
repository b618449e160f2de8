// The work areas' small script (the Content-Security-Policy allows only the site's own files, no inline handlers).
// On the static pages it is progressive enhancement only: every form works without it.
(function () {
  "use strict";
  // Buttons that reload the page: the reconnect banner's, when the circuit could not be resumed.
  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target.closest("[data-reload]") : null;
    if (target) {
      location.reload();
    }
  });

  function ready(fn) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fn);
    } else {
      fn();
    }
  }

  // A static form that came back with errors: focus the first invalid field, so keyboard and screen-reader users
  // land where the problem is (the error summary above lists all of them).
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

  // A town/park list grouped by district (<optgroup data-district>) that follows a district list elsewhere in the
  // form (data-district-from="id of the district select"): only the chosen district's towns are offered. Without a
  // district, or without this script, every group is listed and the server refuses a town outside the district.
  function followDistrict(towns) {
    var district = document.getElementById(towns.getAttribute("data-district-from"));
    if (!district) {
      return;
    }
    var placeholder = towns.querySelector("option[value='']");
    var groups = Array.prototype.slice.call(towns.querySelectorAll("optgroup[data-district]"));
    function apply() {
      var chosen = district.value;
      var selected = towns.value;
      var keep = false;
      groups.forEach(function (group) {
        var show = !chosen || group.getAttribute("data-district") === chosen;
        if (show) {
          if (group.parentNode !== towns) {
            towns.appendChild(group);
          }
          if (selected && group.querySelector("option[value='" + selected + "']")) {
            keep = true;
          }
        } else if (group.parentNode === towns) {
          towns.removeChild(group);
        }
      });
      // Keep the groups in their original order after re-adding.
      groups.forEach(function (group) {
        if (group.parentNode === towns) {
          towns.appendChild(group);
        }
      });
      if (!keep) {
        towns.value = placeholder ? "" : towns.value;
      } else {
        towns.value = selected;
      }
    }
    district.addEventListener("change", apply);
    apply();
  }

  ready(function () {
    focusFirstError();
    Array.prototype.forEach.call(document.querySelectorAll("select[data-district-from]"), followDistrict);
  });
})();
