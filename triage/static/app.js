// wildtrace triage: keyboard shortcuts and small helpers. No inline script anywhere (CSP).
// Queue: j/k next/previous, o or Enter open, c confirm, d dismiss, e escalate, / search.
// Listing page: c/d/e decide, v verify evidence, u back to the queue.
(function () {
  "use strict";

  function typing(event) {
    var t = event.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("tr.listing-row"));
  }

  function select(index) {
    var all = rows();
    if (!all.length) { return; }
    index = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (row, i) {
      row.classList.toggle("selected", i === index);
      row.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    all[index].scrollIntoView({block: "nearest"});
    document.body.setAttribute("data-selected", String(index));
  }

  function current() {
    var value = parseInt(document.body.getAttribute("data-selected") || "0", 10);
    return isNaN(value) ? 0 : value;
  }

  function decide(form, listingId, decision) {
    if (!form || !listingId) { return; }
    form.action = "/listings/" + encodeURIComponent(listingId) + "/decision";
    form.querySelector("input[name=decision]").value = decision;
    var selected = form.querySelector("input[name=selected]");
    if (selected) { selected.value = String(current()); }
    form.submit();
  }

  function queueKeys(event) {
    var all = rows();
    var row = all[current()];
    var form = document.getElementById("quick-decision");
    switch (event.key) {
      case "j": select(current() + 1); break;
      case "k": select(current() - 1); break;
      case "o": case "Enter":
        if (row) { window.location.href = row.getAttribute("data-href"); } break;
      case "c": if (row) { decide(form, row.getAttribute("data-id"), "confirm"); } break;
      case "d": if (row) { decide(form, row.getAttribute("data-id"), "dismiss"); } break;
      case "e": if (row) { decide(form, row.getAttribute("data-id"), "escalate"); } break;
      case "/": var q = document.getElementById("q"); if (q) { q.focus(); } break;
      default: return;
    }
    event.preventDefault();
  }

  function press(id) {
    var button = document.getElementById(id);
    if (button) { button.click(); }
  }

  function listingKeys(event) {
    switch (event.key) {
      case "c": press("decide-confirm"); break;
      case "d": press("decide-dismiss"); break;
      case "e": press("decide-escalate"); break;
      case "v": press("verify-button"); break;
      case "u": press("back-to-queue"); break;
      default: return;
    }
    event.preventDefault();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var page = document.body.getAttribute("data-page");
    if (page === "queue") {
      select(current());
      rows().forEach(function (row, i) {
        row.addEventListener("click", function () { select(i); });
      });
      document.addEventListener("keydown", function (event) {
        if (!typing(event) && !event.ctrlKey && !event.metaKey && !event.altKey) {
          queueKeys(event);
        }
      });
    } else if (page === "listing") {
      document.addEventListener("keydown", function (event) {
        if (!typing(event) && !event.ctrlKey && !event.metaKey && !event.altKey) {
          listingKeys(event);
        }
      });
    }
    Array.prototype.forEach.call(document.querySelectorAll("form[data-confirm]"), function (f) {
      f.addEventListener("submit", function (event) {
        if (!window.confirm(f.getAttribute("data-confirm"))) { event.preventDefault(); }
      });
    });
  });
})();
