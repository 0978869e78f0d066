// A site page's pair sections (sitepage.py) wait in <template>s until the reader opens
// one: a link to anything in it, a shared URL, or "show every pair". Runs before
// html.js and review.js, which find the sections still waiting through
// translintRoots() and so filter, count and export the whole site.
(function () {
  "use strict";
  var slots = Array.prototype.slice.call(document.querySelectorAll(".pair-slot"));

  // Where the findings are, in the order of the page: the document itself for a
  // single pair; each pair's section (or its template, until it is opened) on a site.
  // The files with no partner close a site page (sitepage.py), as they close a baseline.
  var lonely = document.getElementById("no-partner");
  window.translintRoots = function () {
    if (!slots.length) return [document];
    var roots = slots.map(function (slot) {
      var waiting = slot.querySelector(":scope > template");
      return waiting ? waiting.content : slot;
    });
    return lonely ? roots.concat([lonely]) : roots;
  };
  window.translintAll = function (selector) {
    var found = [];
    window.translintRoots().forEach(function (root) {
      root.querySelectorAll(selector).forEach(function (el) { found.push(el); });
    });
    return found;
  };
  if (!slots.length) return;

  function open(slot) {
    var waiting = slot && slot.querySelector(":scope > template");
    if (!waiting) return false;
    // Moved, not copied: the elements html.js and review.js hold stay the page's.
    slot.appendChild(waiting.content);
    waiting.remove();
    return true;
  }
  function slotOf(id) {
    var pair = /^(p\d+)-/.exec(id);
    return pair ? document.getElementById(pair[1] + "-slot") : null;
  }
  function target(hash) {
    try {
      return decodeURIComponent(hash.slice(1));
    } catch (e) {
      return "";
    }
  }
  // A click on a link into a closed section opens it first, so that the browser
  // then scrolls to an element that exists (and :target marks it).
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#"]');
    if (link) open(slotOf(target(link.getAttribute("href"))));
  }, true);
  // A URL typed or shared, or a link followed some other way.
  function follow() {
    var id = target(location.hash);
    if (!open(slotOf(id))) return;
    var el = document.getElementById(id);
    if (el) el.scrollIntoView();
  }
  window.addEventListener("hashchange", follow);
  follow();
  var all = document.getElementById("open-all");
  if (all) {
    all.hidden = false;
    all.addEventListener("click", function () {
      slots.forEach(open);
      all.hidden = true;
    });
  }
})();
