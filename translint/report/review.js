// The report as a work list: move from finding to finding with the keyboard, mark
// each one reviewed or accepted (kept in the browser, per report), hide what is
// reviewed, and export the accepted ones as a baseline for `translint check
// --baseline`. Runs after html.js, whose filters read the marks (data-mark).
//
// accepted: the translation is right as it is (or the slip is let go); it goes
//   into the exported baseline, so CI stops reporting it.
// reviewed: seen; fixed or to fix in the text, so not exported (a fixed finding
//   leaves the next report by itself).
// Both count as reviewed for "hide reviewed".
(function () {
  "use strict";
  var main = document.querySelector("main[data-review]");
  var form = document.getElementById("filters");
  if (!main || !form) return;
  var STORE = "translint-review:" + main.dataset.review;
  var SCHEMA = "translint-baseline/1";
  var FILE = "translint-baseline.json";
  var MARKS = ["reviewed", "accepted"];
  // Every pair's, a site page's closed sections too (sections.js), in the page's order.
  var notes = window.translintAll(".note[data-fp]");
  var byId = {};
  notes.forEach(function (note) { byId[note.id] = note; });
  // What shows a finding's mark: its note, its list entry, the notes pointing back.
  var marked = {};
  window.translintAll("li[data-f]").forEach(function (el) {
    (marked[el.dataset.f] = marked[el.dataset.f] || []).push(el);
  });
  var marks = load();
  var current = null;

  function load() {
    try {
      var kept = JSON.parse(window.localStorage.getItem(STORE) || "{}");
      return kept && typeof kept === "object" ? kept : {};
    } catch (e) {
      return {};  // no storage (a locked-down browser): marks last as long as the page
    }
  }
  function save() {
    try {
      window.localStorage.setItem(STORE, JSON.stringify(marks));
    } catch (e) { /* as above */ }
  }
  function markOf(note) {
    var mark = marks[note.dataset.fp];
    return MARKS.indexOf(mark) >= 0 ? mark : "";
  }

  // -- marks ---------------------------------------------------------------

  function show(note) {
    var mark = markOf(note);
    (marked[note.id] || []).forEach(function (el) {
      if (mark) el.dataset.mark = mark; else delete el.dataset.mark;
    });
    note.querySelectorAll("button[data-mark]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.dataset.mark === mark));
    });
  }
  function toggle(note, mark) {
    if (markOf(note) === mark) delete marks[note.dataset.fp];
    else marks[note.dataset.fp] = mark;
    save();
    show(note);
    tally();
  }
  function tally() {
    var count = {reviewed: 0, accepted: 0};
    notes.forEach(function (note) {
      var mark = markOf(note);
      if (mark) count[mark] += 1;
    });
    document.getElementById("marked").textContent =
      count.reviewed + " reviewed, " + count.accepted + " accepted";
    document.getElementById("export").textContent =
      "export baseline (" + count.accepted + ")";
    form.dispatchEvent(new Event("change"));  // html.js filters again: hide reviewed
  }

  // -- the review controls -------------------------------------------------

  function button(mark, label, key) {
    var el = document.createElement("button");
    el.type = "button";
    el.dataset.mark = mark;
    el.textContent = label;
    el.title = label + " (key " + key + ")";
    return el;
  }
  notes.forEach(function (note) {
    var group = document.createElement("span");
    group.className = "marks";
    group.appendChild(button("reviewed", "reviewed", "r"));
    group.appendChild(button("accepted", "accept", "a"));
    group.addEventListener("click", function (event) {
      var mark = event.target.dataset && event.target.dataset.mark;
      if (!mark) return;
      select(note, false);
      toggle(note, mark);
    });
    note.appendChild(group);
    note.tabIndex = -1;
    show(note);
  });
  var controls = document.createElement("fieldset");
  controls.className = "review";
  controls.innerHTML =
    "<legend>review</legend>" +
    '<label class="chip toggle"><input type="checkbox" name="reviewed"> hide reviewed</label>' +
    '<span id="marked" class="quiet"></span>' +
    '<button type="button" id="export" title="download the accepted findings as ' + FILE +
    ', for translint check --baseline"></button>' +
    '<span class="keys" title="next, previous, reviewed, accept"><kbd>j</kbd>/<kbd>n</kbd> ' +
    "<kbd>k</kbd>/<kbd>p</kbd> <kbd>r</kbd> <kbd>a</kbd></span>";
  form.insertBefore(controls, document.getElementById("shown"));
  var params = new URLSearchParams(location.search.slice(1) +
    (location.hash.indexOf("=") > 0 ? "&" + location.hash.slice(1) : ""));
  if (params.getAll("hide").join(",").split(",").indexOf("reviewed") >= 0) {
    form.elements.reviewed.checked = true;
  }

  // -- export --------------------------------------------------------------

  function baseline() {
    // In the order of each pair's list, pair after pair, then the files with no
    // partner: as --write-baseline writes it.
    var listed = window.translintAll(".findings li[data-f]").map(function (entry) {
      return byId[entry.dataset.f];
    }).concat(window.translintAll(".no-partner .note[data-fp]"));
    var entries = listed.filter(function (note) {
      return note && note.dataset.fp && markOf(note) === "accepted";
    }).map(function (note) {
      return {
        fingerprint: note.dataset.fp,
        rule: note.dataset.rule,
        message: note.querySelector(".msg").textContent
      };
    });
    return JSON.stringify({schema: SCHEMA, findings: entries}, null, 2) + "\n";
  }
  document.getElementById("export").addEventListener("click", function () {
    var url = URL.createObjectURL(new Blob([baseline()], {type: "application/json"}));
    var link = document.createElement("a");
    link.href = url;
    link.download = FILE;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  });

  // -- the keyboard --------------------------------------------------------

  function shown(note) {
    return note.getClientRects().length > 0;  // not hidden, nor inside a hidden row
  }
  function select(note, scroll) {
    if (current) {
      current.classList.remove("current");
      lit(current, false);
    }
    current = note;
    note.classList.add("current");
    lit(note, true);
    note.focus({preventScroll: true});
    if (!scroll) return;
    // The whole row (both texts and the message) when it fits below the bar, else the message.
    var row = note.closest(".row");
    var room = window.innerHeight - document.querySelector(".bar").offsetHeight;
    if (row && row.offsetHeight < room) row.scrollIntoView({block: "start"});
    else note.scrollIntoView({block: "center"});
  }
  function lit(note, on) {
    document.querySelectorAll('mark[data-f~="' + note.id + '"]').forEach(function (mark) {
      mark.classList.toggle("current", on);
    });
  }
  function step(by) {
    var visible = notes.filter(shown);
    if (!visible.length) return;
    var from = current ? notes.indexOf(current) : -1;
    var next = null;
    if (from < 0) {
      // Nothing chosen yet: the first message below the bar (or the last above it).
      var top = document.querySelector(".bar").getBoundingClientRect().bottom;
      var below = visible.filter(function (n) { return n.getBoundingClientRect().top >= top; });
      var above = visible.filter(function (n) { return n.getBoundingClientRect().top < top; });
      next = by > 0 ? below[0] || visible[visible.length - 1] : above[above.length - 1] || visible[0];
    } else if (by > 0) {
      next = visible.filter(function (n) { return notes.indexOf(n) > from; })[0];
    } else {
      next = visible.filter(function (n) { return notes.indexOf(n) < from; }).pop();
    }
    if (next) select(next, true);
  }
  function typing(where) {
    // Letters typed into a field are the field's; a ticked filter box keeps no keys.
    if (!where || !where.tagName) return false;
    if (where.isContentEditable || /^(TEXTAREA|SELECT)$/.test(where.tagName)) return true;
    return where.tagName === "INPUT" && !/^(checkbox|radio|button)$/.test(where.type);
  }
  var KEYS = {j: 1, n: 1, k: -1, p: -1};
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (typing(event.target)) return;
    if (KEYS[event.key]) {
      step(KEYS[event.key]);
    } else if ((event.key === "r" || event.key === "a") && current) {
      toggle(current, event.key === "r" ? "reviewed" : "accepted");
    } else {
      return;
    }
    event.preventDefault();
  });
  // A link from the list (or a shared #f3) chooses that finding: j and k go on from it.
  function followHash() {
    var note = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (note && notes.indexOf(note) >= 0) select(note, false);
  }
  window.addEventListener("hashchange", followHash);
  followHash();
  tally();
})();
