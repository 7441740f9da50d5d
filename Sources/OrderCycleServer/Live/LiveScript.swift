import OrderCycleCore
import Vapor

/// The small script every staff page loads: it keeps a WebSocket to `/live` open (reconnecting
/// with back-off) and shows an incoming call's card as a pop-up, stacked under any still open,
/// with the form that sets how the call ended (sent in the background, so the other pop-ups
/// stay). All text is set with `textContent`, never as HTML, so a client's name cannot inject markup.
enum LiveScript {
    /// The tag for the page shell: every signed-in person's pages listen (staff for calls, everyone
    /// for their notifications).
    static func tag(for request: Request) -> HTML {
        guard let principal = request.principal, principal.userID != nil else { return "" }
        return "<script src=\"/assets/live.js\" defer></script>"
    }

    static let source = #"""
    (function () {
      "use strict";
      if (!window.WebSocket) return;
      var ru = (document.documentElement.lang || "en") === "ru";
      function t(en, r) { return ru ? r : en; }
      var delay = 1000;
      function connect() {
        var ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/live");
        ws.onopen = function () { delay = 1000; document.documentElement.setAttribute("data-live", "open"); };
        ws.onmessage = function (m) {
          var e; try { e = JSON.parse(m.data); } catch (_) { return; }
          if (e && e.kind === "call" && e.card) show(e.card);
          if (e && e.kind === "reminder") remind(e);
          if (e && e.kind === "ticket_breach") breach(e);
          if (e && e.kind === "notification") notify(e);
          // Other page scripts (the Kanban board) take the events meant for them from here.
          if (e) document.dispatchEvent(new CustomEvent("ordercycle:live", { detail: e }));
        };
        ws.onclose = function () {
          document.documentElement.setAttribute("data-live", "closed");
          setTimeout(connect, delay); delay = Math.min(delay * 2, 30000);
        };
      }
      function line(parent, label, value, id) {
        if (value === undefined || value === null || value === "") return;
        var p = document.createElement("p");
        if (id) p.id = id;
        var b = document.createElement("span"); b.className = "muted"; b.textContent = label + ": ";
        p.appendChild(b); p.appendChild(document.createTextNode(String(value)));
        parent.appendChild(p);
      }
      // Pop-ups stack: a second call joins the first instead of replacing it, each until closed.
      function stack() {
        var s = document.getElementById("call-stack");
        if (!s) { s = document.createElement("div"); s.id = "call-stack"; s.className = "call-stack"; document.body.appendChild(s); }
        return s;
      }
      var outcomes = \#(CallOutcome.scriptLabels);
      function outcomeForm(box, card) {
        var token = document.querySelector('input[name="_csrf"]');
        if (!card.call_id || !token) return;
        var id = card.call_id;
        var f = document.createElement("form"); f.method = "post"; f.action = "/calls/" + id + "/outcome";
        f.className = "call-outcome"; f.setAttribute("data-call", id);
        function hidden(name, value) { var i = document.createElement("input"); i.type = "hidden"; i.name = name; i.value = String(value); f.appendChild(i); }
        hidden("_csrf", token.value); hidden("version", card.version || 1); hidden("next", location.pathname + location.search);
        var l = document.createElement("label"); l.htmlFor = "popup-" + id + "-outcome"; l.textContent = t("Outcome", "Итог"); f.appendChild(l);
        var sel = document.createElement("select"); sel.name = "outcome"; sel.required = true; sel.id = "popup-" + id + "-outcome";
        var none = document.createElement("option"); none.value = ""; none.textContent = t("— choose —", "— выберите —"); sel.appendChild(none);
        outcomes.forEach(function (o) { var op = document.createElement("option"); op.value = o.value; op.textContent = ru ? o.ru : o.en; sel.appendChild(op); });
        f.appendChild(sel);
        var note = document.createElement("input"); note.type = "text"; note.name = "note"; note.id = "popup-" + id + "-note";
        note.placeholder = t("Note", "Заметка"); f.appendChild(note);
        var err = document.createElement("p"); err.className = "field-error"; err.hidden = true; f.appendChild(err);
        var save = document.createElement("button"); save.type = "submit"; save.className = "button"; save.id = "popup-" + id + "-save";
        save.textContent = t("Save outcome", "Сохранить итог"); f.appendChild(save);
        f.onsubmit = function (ev) {
          ev.preventDefault();
          save.disabled = true;
          fetch(f.action, { method: "POST", body: new URLSearchParams(new FormData(f)), credentials: "same-origin", headers: { "Accept": "text/html" } })
            .then(function (r) { return r.text().then(function (html) { return { ok: r.ok, html: html }; }); })
            .then(function (res) {
              save.disabled = false;
              if (res.ok) {
                var done = document.createElement("p"); done.className = "call-outcome-done";
                done.textContent = t("Outcome: ", "Итог: ") + sel.options[sel.selectedIndex].textContent;
                f.replaceWith(done); return;
              }
              // The server words the refusal; it stands beside the form's field on the page it answers with.
              var doc = new DOMParser().parseFromString(res.html, "text/html");
              var msg = doc.querySelector('form[data-call="' + id + '"] .field-error') || doc.querySelector(".notice.bad");
              err.textContent = msg ? msg.textContent : t("Not saved; try again.", "Не сохранено; попробуйте ещё раз.");
              err.hidden = false;
            })
            .catch(function () { save.disabled = false; err.textContent = t("Not saved; try again.", "Не сохранено; попробуйте ещё раз."); err.hidden = false; });
        };
        box.appendChild(f);
      }
      function show(card) {
        var box = document.createElement("aside");
        box.className = "call-popup"; box.setAttribute("role", "alertdialog");
        if (card.call_id) { box.id = "call-popup-" + card.call_id; box.setAttribute("data-call", card.call_id); }
        var h = document.createElement("h2");
        h.textContent = t("Incoming call ", "Входящий звонок ") + (card.caller_e164 || card.caller || "");
        box.appendChild(h);
        if (card.known && card.client) {
          var name = document.createElement("p"); name.className = "call-client";
          var a = document.createElement("a"); a.href = card.client.card_url; a.id = "call-client-link"; a.textContent = card.client.name;
          name.appendChild(a); box.appendChild(name);
          line(box, t("Kind", "Вид"), ru ? card.client.kind_name_ru : card.client.kind_name_en);
          line(box, t("Segment", "Сегмент"), ru ? card.client.segment_name_ru : card.client.segment_name_en);
          if (card.manager) line(box, t("Manager", "Менеджер"), card.manager.name, "call-manager");
          if (card.deputy) line(box, t("Deputy (manager away)", "Замещает (менеджер отсутствует)"), card.deputy.name);
          line(box, t("Open orders", "Открытые заказы"), card.open_orders);
          line(box, t("Open requests", "Открытые заявки"), card.open_requests);
          var ticket = document.createElement("a"); ticket.className = "button secondary"; ticket.id = "call-new-ticket";
          ticket.href = "/support?client_id=" + encodeURIComponent(card.client.id) + "#new-ticket";
          ticket.textContent = t("Open a ticket for this caller", "Открыть заявку для звонящего"); box.appendChild(ticket);
          line(box, t("Last contact", "Последний контакт"), card.last_contact_at ? new Date(card.last_contact_at).toLocaleString() : t("never", "не было"));
        } else {
          var unknown = document.createElement("p"); unknown.textContent = t("Unknown number.", "Номер не найден."); box.appendChild(unknown);
          var n = document.createElement("a"); n.href = card.new_client_url; n.className = "button"; n.id = "call-new-client";
          n.textContent = t("New client with this number", "Новый клиент с этим номером"); box.appendChild(n);
        }
        outcomeForm(box, card);
        var close = document.createElement("button"); close.type = "button"; close.className = "button secondary call-popup-close";
        close.textContent = t("Close", "Закрыть"); close.onclick = function () { box.remove(); };
        box.appendChild(close);
        stack().appendChild(box);
      }
    \#(TaskReminderScript.source)
    \#(TicketBreachScript.source)
    \#(NotificationScript.source)
      connect();
    })();
    """#
}

extension CallOutcome {
    /// The outcomes with their names in both languages, as the live script's pop-up lists them.
    static var scriptLabels: String {
        "[" + allCases.map { "{\"value\":\"\($0.rawValue)\",\"en\":\"\($0.name(.en))\",\"ru\":\"\($0.name(.ru))\"}" }.joined(separator: ",") + "]"
    }
}
