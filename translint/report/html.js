(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  var RANK = {error: 3, warning: 2, info: 1};
  var findings = {};
  // Every pair's findings, those of a site page's closed sections too (sections.js).
  window.translintAll("[data-rule][id]").forEach(function (el) {
    findings[el.id] = {rule: el.dataset.rule, severity: el.dataset.severity, el: el};
  });
  var total = Object.keys(findings).length;
  var boxes = function (name) {
    return Array.prototype.slice.call(form.querySelectorAll("input[name=" + name + "]"));
  };
  var ticked = function (name) {
    var set = {};
    boxes(name).forEach(function (box) { if (box.checked) set[box.value] = true; });
    return set;
  };
  function preset() {
    var query = location.search.slice(1);
    if (location.hash.indexOf("=") > 0) query += "&" + location.hash.slice(1);
    var params = new URLSearchParams(query);
    var list = function (key) {
      return params.getAll(key).join(",").split(",").filter(Boolean);
    };
    ["severity", "rule"].forEach(function (name) {
      var keep = list(name);
      if (!keep.length) return;
      boxes(name).forEach(function (b) { b.checked = keep.indexOf(b.value) >= 0; });
    });
    var hide = list("hide");
    boxes("severity").concat(boxes("rule")).forEach(function (b) {
      if (hide.indexOf(b.value) >= 0) b.checked = false;
    });
    var only = params.get("only");
    if (only !== null) form.elements.only.checked = ["", "0", "no", "false"].indexOf(only) < 0;
  }
  function apply() {
    var severities = ticked("severity"), rules = ticked("rule");
    var only = form.elements.only.checked;
    // review.js adds the box and marks findings (data-mark) reviewed or accepted.
    var setAside = !!form.elements.reviewed && form.elements.reviewed.checked;
    var visible = function (id) {
      var f = findings[id];
      return !!f && severities[f.severity] === true && rules[f.rule] === true &&
        !(setAside && f.el.dataset.mark);
    };
    var count = Object.keys(findings).filter(visible).length;
    window.translintAll("[data-f]").forEach(function (el) {
      var ids = el.dataset.f.split(" ").filter(Boolean);
      var shown = ids.filter(visible);
      var sev = shown.reduce(function (w, id) {
        var s = findings[id].severity;
        return !w || RANK[s] > RANK[w] ? s : w;
      }, "");
      if (el.classList.contains("hl")) {
        el.classList.toggle("off", !shown.length);
        el.dataset.sev = sev;
      } else if (el.classList.contains("row")) {
        el.hidden = ids.length ? !shown.length : only;
        el.dataset.sev = sev;
      } else {
        el.hidden = !shown.length;
      }
    });
    document.getElementById("shown").textContent = count + " of " + total + " findings shown";
  }
  // On a narrow screen the bar keeps the severities and the count; the rest of the
  // filters (and review.js's controls) open with this button, so that the bar does
  // not cover half the page. html.css shows the button only there.
  var bar = form.parentNode;
  var more = document.createElement("button");
  more.type = "button";
  more.id = "more";
  more.textContent = "filters";
  more.setAttribute("aria-expanded", "false");
  more.addEventListener("click", function () {
    var open = bar.classList.toggle("open");
    more.setAttribute("aria-expanded", String(open));
  });
  form.insertBefore(more, form.querySelector(".by-rule"));
  // A link's target lands below the bar, however many lines its filters take.
  function clearBar() {
    document.documentElement.style.scrollPaddingTop = bar.offsetHeight + 8 + "px";
  }
  window.addEventListener("resize", clearBar);
  more.addEventListener("click", clearBar);
  preset();
  form.hidden = false;
  clearBar();
  form.addEventListener("change", apply);
  apply();
})();
