import Foundation
import Vapor

/// The board page's script, and the drag-and-drop library it uses (SortableJS 1.14.0 from
/// Debian's libjs-sortable, Expat licence, vendored in `Resources/vendor/sortable` with its
/// licence). The Content-Security-Policy allows no inline script, so both are served files.
///
/// Every way of moving a card posts the card's own move form (`return_to=board`): a drop, the
/// arrow keys on a focused card, or — without script — the form's button. The answer is the
/// board drawn afresh (or drawn with the refusal that names the blocking tasks), whose
/// `#board-columns` and `#board-notice` replace the page's. A board event from the live
/// socket (`ordercycle:live`, dispatched by the live script) refreshes the columns alike.
enum BoardScript {
    static let source = #"""
    (function () {
      "use strict";
      var board = document.getElementById("board");
      if (!board) return;
      var ru = (document.documentElement.lang || "en") === "ru";
      function t(en, r) { return ru ? r : en; }
      var boardID = (board.getAttribute("data-board-id") || "").toLowerCase();
      var canMove = board.getAttribute("data-can-move") === "true";
      var sortables = [];
      var dragging = false, moving = false, stale = false, timer = null;

      function say(text) {
        var s = document.getElementById("board-status");
        if (s) s.textContent = text;
      }

      function cardsOf(list) { return Array.prototype.slice.call(list.querySelectorAll(".task-card")); }

      // Takes the columns (and, after a move, the notice) from a freshly drawn board page.
      function adopt(html, withNotice) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("board-columns");
        var current = document.getElementById("board-columns");
        if (!fresh || !current) return false;
        var active = document.activeElement;
        var card = active && active.closest ? active.closest(".task-card") : null;
        var focusID = card ? card.getAttribute("data-task-id") : null;
        current.replaceWith(document.importNode(fresh, true));
        if (withNotice) {
          var notice = doc.getElementById("board-notice");
          var old = document.getElementById("board-notice");
          if (notice && old) old.replaceWith(document.importNode(notice, true));
        }
        wire();
        if (focusID) {
          var again = document.getElementById("card-" + focusID);
          if (again) again.focus();
        }
        board.setAttribute("data-version", String(Date.now()));
        return true;
      }

      function refresh() {
        if (dragging || moving) { stale = true; return; }
        stale = false;
        fetch(board.getAttribute("data-url"), { credentials: "same-origin", headers: { "Accept": "text/html" } })
          .then(function (r) { return r.ok ? r.text() : null; })
          .then(function (html) { if (html) adopt(html, false); })
          .catch(function () {});
      }

      // Posts the card's move form with the column (and the card it lands before) chosen.
      function move(card, columnID, beforeID) {
        var form = card.querySelector("form.card-move-form");
        if (!form) return;
        var body = new URLSearchParams(new FormData(form));
        body.set("column_id", columnID);
        if (beforeID) body.set("before_task_id", beforeID); else body.delete("before_task_id");
        moving = true;
        board.setAttribute("aria-busy", "true");
        fetch(form.action, { method: "POST", body: body, credentials: "same-origin", headers: { "Accept": "text/html" } })
          .then(function (r) { return r.text(); })
          .then(function (html) {
            moving = false;
            board.removeAttribute("aria-busy");
            if (!adopt(html, true)) { location.reload(); return; }
            var refusal = document.getElementById("refusal");
            say(refusal ? refusal.textContent.replace(/\s+/g, " ").trim() : t("Moved.", "Перемещено."));
            if (stale) refresh();
          })
          .catch(function () { moving = false; board.removeAttribute("aria-busy"); refresh(); });
      }

      function nextCard(item) {
        var next = item.nextElementSibling;
        while (next && !next.classList.contains("task-card")) next = next.nextElementSibling;
        return next ? next.getAttribute("data-task-id") : null;
      }

      function wire() {
        sortables.forEach(function (s) { s.destroy(); });
        sortables = [];
        if (!canMove || !window.Sortable) return;
        var lists = document.querySelectorAll("#board-columns .board-cards");
        Array.prototype.forEach.call(lists, function (list) {
          sortables.push(window.Sortable.create(list, {
            group: "board", draggable: ".task-card", animation: 120,
            // The library's own pointer dragging on every device: the same on a phone's touch
            // screen as with a mouse, with a short hold on touch so the page still scrolls.
            forceFallback: true, fallbackTolerance: 4, delay: 180, delayOnTouchOnly: true,
            filter: "details, summary, form, select, button, input", preventOnFilter: false,
            ghostClass: "card-ghost", chosenClass: "card-chosen", dragClass: "card-drag",
            onStart: function () { dragging = true; },
            onEnd: function (e) {
              dragging = false;
              if (e.from === e.to && e.oldIndex === e.newIndex) { if (stale) refresh(); return; }
              move(e.item, e.to.getAttribute("data-column-id"), nextCard(e.item));
            }
          }));
        });
      }

      // The keyboard: ← → move the focused card to the neighbouring column, ↑ ↓ go between cards.
      document.addEventListener("keydown", function (e) {
        if (!canMove || moving || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
        var card = e.target instanceof Element && e.target.classList.contains("task-card") ? e.target : null;
        if (!card || !board.contains(card)) return;
        var column = card.closest(".board-column");
        var columns = Array.prototype.slice.call(document.querySelectorAll("#board-columns .board-column"));
        var i = columns.indexOf(column);
        if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
          var target = columns[i + (e.key === "ArrowRight" ? 1 : -1)];
          if (!target) return;
          e.preventDefault();
          var name = target.querySelector(".column-head h2");
          say(t("Moving to ", "Перемещение в ") + (name ? name.textContent : "") + "…");
          move(card, target.getAttribute("data-column-id"), null);
        } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
          var list = cardsOf(column);
          var other = list[list.indexOf(card) + (e.key === "ArrowDown" ? 1 : -1)];
          if (other) { e.preventDefault(); other.focus(); }
        }
      });

      // Live: any change to a card of this board, on any instance, redraws the columns.
      document.addEventListener("ordercycle:live", function (e) {
        var d = e.detail;
        if (!d || d.kind !== "board" || String(d.board_id).toLowerCase() !== boardID) return;
        clearTimeout(timer);
        timer = setTimeout(refresh, 80);
      });
      // After the socket was down, events may have been missed: redraw once it is back.
      var wasClosed = false;
      new MutationObserver(function () {
        var state = document.documentElement.getAttribute("data-live");
        if (state === "closed") wasClosed = true;
        if (state === "open" && wasClosed) { wasClosed = false; refresh(); }
      }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-live"] });

      wire();
      board.setAttribute("data-ready", "true");
    })();
    """#

    static func response() -> Response {
        StaticText.response(source)
    }

    /// The vendored library, read once from the bundle.
    static let sortable: String = {
        guard let url = Bundle.module.url(forResource: "Sortable.min", withExtension: "js", subdirectory: "Resources/vendor/sortable"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return "" }
        return text
    }()

    static func sortableResponse() -> Response {
        guard !sortable.isEmpty else { return Response(status: .notFound) }
        return StaticText.response(sortable, maxAge: 86_400)
    }
}
