// newsevents web UI: small progressive enhancements. Everything works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Controls marked data-autosubmit submit their form when changed (interval pickers).
  document.querySelectorAll("[data-autosubmit]").forEach(function (el) {
    el.addEventListener("change", function () { if (el.form) el.form.submit(); });
  });
  // "open all evidence" toggles every evidence sentence in the event table.
  document.querySelectorAll("[data-toggle-details]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var all = document.querySelectorAll("details.ev");
      var open = Array.prototype.some.call(all, function (d) { return !d.open; });
      all.forEach(function (d) { d.open = open; });
      btn.textContent = open ? "close all evidence" : "open all evidence";
    });
  });
  // "previous" goes back in history when there is history to go back to.
  document.querySelectorAll("[data-back]").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      if (window.history.length > 1) { ev.preventDefault(); window.history.back(); }
    });
  });
  // Empty filter fields are left out of the URL, so links stay short and shareable.
  document.querySelectorAll("form.filters").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (el) {
        if (!el.value && el.name) el.disabled = true;
      });
    });
  });
});
