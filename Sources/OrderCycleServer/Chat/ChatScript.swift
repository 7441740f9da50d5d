import Vapor

/// The chat's script, for the chat on the client's and the operator's page and for the support
/// console. A chat keeps its own socket to `/live`: every message gets an id made here and stays
/// in the browser's storage until the server acknowledges that id, so a message typed while the
/// connection is down, or just before the page was closed, is sent again when the socket opens
/// again — the server stores an id once. On (re)connecting the page first asks for what it
/// missed. The console reloads its ticket queue and chats when a ticket or chat changes, and
/// counts the SLA countdowns down every half minute. Text is set with `textContent` only.
enum ChatScript {
    static let source = #"""
    (function () {
      "use strict";
      var ru = (document.documentElement.lang || "en") === "ru";
      function t(en, r) { return ru ? r : en; }
      function uuid() {
        var b = new Uint8Array(16); crypto.getRandomValues(b);
        b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
        var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
        return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
      }

      // The support console: the queue and the chats follow the live events; countdowns tick.
      function refresh(ids) {
        fetch(location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
          .then(function (r) { return r.ok ? r.text() : null; })
          .then(function (html) {
            if (!html) return;
            var doc = new DOMParser().parseFromString(html, "text/html");
            ids.forEach(function (id) {
              var now = document.getElementById(id), next = doc.getElementById(id);
              if (now && next) now.replaceWith(document.importNode(next, true));
              else if (!now && next) {
                var anchor = document.getElementById("queue-filters");
                if (anchor) anchor.after(document.importNode(next, true));
              } else if (now && !next) now.remove();
            });
            document.documentElement.setAttribute("data-refreshed", String(Date.now()));
          }).catch(function () {});
      }
      function countdowns() {
        var now = Date.now();
        document.querySelectorAll(".sla-countdown[data-due]").forEach(function (el) {
          var s = Math.round((Date.parse(el.getAttribute("data-due")) - now) / 1000), m = Math.floor(Math.abs(s) / 60);
          var text = m >= 60 ? t(Math.floor(m / 60) + " h " + (m % 60) + " min", Math.floor(m / 60) + " ч " + (m % 60) + " мин") : t(m + " min", m + " мин");
          el.textContent = (s >= 0 ? t("in ", "через ") : t("overdue by ", "просрочено на ")) + text;
          if (s < 0) el.classList.add("overdue");
        });
      }
      if (document.getElementById("chat-console") || document.querySelector(".queue-page")) {
        var pending = null;
        document.addEventListener("ordercycle:live", function (ev) {
          var e = ev.detail || {};
          if (e.kind !== "ticket" && e.kind !== "ticket_breach" && e.kind !== "chat") return;
          clearTimeout(pending);
          pending = setTimeout(function () { refresh(["ticket-queue", "queue-empty", "queue-counts", "chat-console"]); }, 150);
        });
        setInterval(countdowns, 30000);
      }

      // One chat.
      var box = document.getElementById("chat");
      if (!box || !window.WebSocket) return;
      var chatId = box.getAttribute("data-chat"), party = box.getAttribute("data-party");
      var thread = document.getElementById("chat-thread"), form = document.getElementById("chat-form");
      var text = document.getElementById("chat-text"), typing = document.getElementById("chat-typing");
      var lost = document.getElementById("chat-connection"), note = document.getElementById("chat-internal");
      var key = "ordercycle-chat-outbox-" + chatId;
      var last = parseInt(box.getAttribute("data-last"), 10) || 0, otherRead = parseInt(box.getAttribute("data-other-read"), 10) || 0;
      var ws = null, delay = 1000;
      function outbox() { try { return JSON.parse(localStorage.getItem(key) || "[]"); } catch (_) { return []; } }
      function keep(list) { try { if (list.length) localStorage.setItem(key, JSON.stringify(list)); else localStorage.removeItem(key); } catch (_) {} }
      // Moments as the server writes them on the page: "2026-12-02 16:11" in the company's zone.
      function shownAt(at) {
        try {
          return new Intl.DateTimeFormat("sv-SE", { timeZone: box.getAttribute("data-zone") || undefined, year: "numeric", month: "2-digit",
            day: "2-digit", hour: "2-digit", minute: "2-digit" }).format(new Date(at));
        } catch (_) { return new Date(at).toLocaleString(); }
      }
      function mine(m) { return !m.system && ((party === "client") === !!m.from_client); }
      // Ids compare in lower case: the server writes them in capitals, this page in small letters.
      function low(id) { return String(id || "").toLowerCase(); }
      function shown(id) { return thread.querySelector('[data-id="' + low(id) + '"]'); }
      function bubble(m, isPending) {
        var li = shown(m.id) || document.createElement("li");
        li.className = "chat-message " + (m.system ? "system" : (m.from_client ? "from-client" : "from-staff")) +
          (isPending || mine(m) ? " mine" : "") + (m.internal ? " internal" : "") + (isPending ? " pending" : "");
        li.setAttribute("data-id", low(m.id));
        if (m.seq) li.setAttribute("data-seq", m.seq);
        li.textContent = "";
        var meta = document.createElement("span"); meta.className = "chat-meta";
        var who = document.createElement("strong"); who.textContent = m.author_label || t("You", "Вы"); meta.appendChild(who);
        meta.appendChild(document.createTextNode(" · " + (m.at ? shownAt(m.at) : t("sending…", "отправляется…"))));
        var body = document.createElement("span"); body.className = "chat-text"; body.textContent = m.text;
        li.appendChild(meta); li.appendChild(body);
        if (!li.parentNode) {
          // In order of the chat's sequence; what is not yet stored goes last.
          var before = null;
          if (m.seq) thread.querySelectorAll("[data-seq]").forEach(function (x) { if (!before && parseInt(x.getAttribute("data-seq"), 10) > m.seq) before = x; });
          if (!before && m.seq) before = thread.querySelector(".pending");
          thread.insertBefore(li, before);
        }
        if (m.seq && m.seq > last) last = m.seq;
        marks();
        thread.scrollTop = thread.scrollHeight;
      }
      function marks() {
        thread.querySelectorAll(".chat-message.mine[data-seq]").forEach(function (li) {
          if (parseInt(li.getAttribute("data-seq"), 10) <= otherRead) li.classList.add("read");
        });
      }
      function send(m) {
        if (ws && ws.readyState === 1) ws.send(JSON.stringify({ kind: "chat_send", chat_id: chatId, id: m.id, text: m.text, internal: !!m.internal }));
      }
      function read() {
        if (ws && ws.readyState === 1 && document.visibilityState === "visible") ws.send(JSON.stringify({ kind: "chat_read", chat_id: chatId, seq: last }));
      }
      function changed(status) {
        if (status && status !== box.getAttribute("data-status")) location.reload();
      }
      outbox().forEach(function (m) { if (!shown(m.id)) bubble(m, true); });
      if (form) form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var value = text.value.trim();
        if (!value) return;
        var m = { id: uuid(), text: value, internal: !!(note && note.checked) };
        var list = outbox(); list.push(m); keep(list);
        bubble(m, true); send(m);
        text.value = ""; if (note) note.checked = false;
      });
      var typed = 0;
      if (text) text.addEventListener("input", function () {
        if (Date.now() - typed < 3000 || !ws || ws.readyState !== 1) return;
        typed = Date.now(); ws.send(JSON.stringify({ kind: "chat_typing", chat_id: chatId }));
      });
      document.querySelectorAll("[data-canned]").forEach(function (b) {
        b.addEventListener("click", function () { text.value = b.getAttribute("data-canned"); text.focus(); });
      });
      document.addEventListener("visibilitychange", read);
      var hide = null;
      function take(e) {
        if (!e || low(e.chat_id || (e.chat && e.chat.id)) !== low(chatId)) return;
        if (e.kind === "chat_ack") {
          keep(outbox().filter(function (m) { return low(m.id) !== low(e.id); }));
          var li = shown(e.id); if (li) { li.classList.remove("pending"); li.setAttribute("data-seq", e.seq); }
          if (e.seq > last) last = e.seq;
        } else if (e.kind === "chat_refused") {
          if (!e.id) return;
          keep(outbox().filter(function (m) { return low(m.id) !== low(e.id); }));
          var r = shown(e.id); if (r) { r.classList.remove("pending"); r.classList.add("refused"); r.title = e.detail || ""; }
          var err = document.getElementById("chat-text-error") || document.createElement("p");
          err.id = "chat-text-error"; err.className = "field-error"; err.textContent = e.detail || t("Not sent.", "Не отправлено.");
          if (!err.parentNode && text) text.after(err);
        } else if (e.kind === "chat_message" && e.message) {
          bubble(e.message, false);
          if (!mine(e.message)) { typing.hidden = true; read(); }
        } else if (e.kind === "chat_history") {
          (e.messages || []).forEach(function (m) { bubble(m, false); });
          if (e.chat) { otherRead = party === "client" ? e.chat.operator_read_seq : e.chat.client_read_seq; marks(); changed(e.chat.status); }
          read();
        } else if (e.kind === "chat") {
          changed(e.status);
        } else if (e.kind === "chat_typing" && e.party !== party) {
          typing.hidden = false; clearTimeout(hide); hide = setTimeout(function () { typing.hidden = true; }, 4000);
        } else if (e.kind === "chat_read" && e.party !== party) {
          otherRead = Math.max(otherRead, e.seq || 0); marks();
        }
      }
      function connect() {
        ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/live");
        ws.onopen = function () {
          delay = 1000; if (lost) lost.hidden = true;
          box.setAttribute("data-socket", "open");
          ws.send(JSON.stringify({ kind: "chat_sync", chat_id: chatId, after: last }));
          outbox().forEach(send);
        };
        ws.onmessage = function (msg) { var e; try { e = JSON.parse(msg.data); } catch (_) { return; } take(e); };
        ws.onclose = function () {
          box.setAttribute("data-socket", "closed"); if (lost) lost.hidden = false;
          setTimeout(connect, delay); delay = Math.min(delay * 2, 15000);
        };
      }
      // What the server has not acknowledged within a while goes again (an answer lost on the way).
      setInterval(function () { outbox().forEach(send); }, 10000);
      connect();
    })();
    """#

    static func response() -> Response { StaticText.response(source) }
}
