/* evalhub dashboard behaviour: charts, review shortcuts, evidence highlighting. No framework. */
(function () {
  "use strict";

  function renderCharts(root) {
    if (!window.Plotly) return;
    root.querySelectorAll("[data-chart]").forEach(function (el) {
      if (el.dataset.rendered) return;
      var source = document.getElementById(el.dataset.chart);
      if (!source) return;
      var fig = JSON.parse(source.textContent);
      el.dataset.rendered = "1";
      window.Plotly.newPlot(el, fig.data, fig.layout, { responsive: true, displaylogo: false, modeBarButtonsToRemove: ["lasso2d", "select2d"] });
    });
  }

  function typing(event) {
    var t = event.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  /* Review queue: every element with data-key="x" is clicked when x is pressed (outside form fields). */
  function reviewKeys(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) {
      if (event.key === "Escape" && typing(event)) event.target.blur();
      return;
    }
    var scope = document.querySelector("[data-review-scope]");
    if (!scope) return;
    if (event.key === "j" || event.key === "k") {
      moveSelection(scope, event.key === "j" ? 1 : -1);
      event.preventDefault();
      return;
    }
    var selected = scope.querySelector("[data-review-row].selected") || scope;
    var target = selected.querySelector('[data-key="' + event.key + '"]');
    if (target) {
      event.preventDefault();
      if (target.tagName === "TEXTAREA" || target.tagName === "INPUT") target.focus();
      else if (target.tagName === "SUMMARY") {
        target.parentElement.open = true;
        var field = target.parentElement.querySelector("textarea, input");
        if (field) field.focus();
      } else target.click();
    }
  }

  function moveSelection(scope, step) {
    var rows = Array.prototype.slice.call(scope.querySelectorAll("[data-review-row]"));
    if (!rows.length) return;
    var i = rows.findIndex(function (r) { return r.classList.contains("selected"); });
    var next = rows[Math.min(rows.length - 1, Math.max(0, i + step))] || rows[0];
    rows.forEach(function (r) { r.classList.remove("selected"); r.removeAttribute("aria-selected"); });
    next.classList.add("selected");
    next.setAttribute("aria-selected", "true");
    next.scrollIntoView({ block: "nearest" });
  }

  function selectFirst(root) {
    var scope = document.querySelector("[data-review-scope]");
    if (scope && !scope.querySelector("[data-review-row].selected")) moveSelection(scope, 0);
  }

  function highlightTarget() {
    if (!location.hash) return;
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!el) return;
    el.classList.add("highlight");
    el.scrollIntoView({ block: "center" });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (window.htmx) {
      /* A 422 carries the item again with the problem shown: swap it like a 200. */
      window.htmx.config.responseHandling = [{ code: "204", swap: false }, { code: "[23]..", swap: true }, { code: "422", swap: true }, { code: "[45]..", swap: false, error: true }];
    }
    renderCharts(document);
    selectFirst(document);
    highlightTarget();
    document.addEventListener("keydown", reviewKeys);
    document.body.addEventListener("htmx:afterSettle", function (event) {
      renderCharts(event.target);
      selectFirst(event.target);
      var focus = event.target.querySelector && event.target.querySelector("[data-autofocus]");
      if (focus) focus.focus();
    });
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.dataset.confirm)) event.preventDefault();
      });
    });
  });
  window.addEventListener("hashchange", highlightTarget);
})();
