import OrderCycleCore
import Vapor

/// The small script every staff page loads: it keeps a WebSocket to `/live` open (reconnecting
/// with back-off) and shows an incoming call's card as a pop-up. All text is set with
/// `textContent`, never as HTML, so a client's name cannot inject markup.
enum LiveScript {
    /// The tag for the page shell; only staff pages listen for calls.
    static func tag(for request: Request) -> HTML {
        guard let principal = request.principal, principal.role.isStaff else { return "" }
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
      function show(card) {
        var old = document.getElementById("call-popup");
        if (old) old.remove();
        var box = document.createElement("aside");
        box.id = "call-popup"; box.className = "call-popup"; box.setAttribute("role", "alertdialog");
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
        var close = document.createElement("button"); close.type = "button"; close.className = "button secondary"; close.id = "call-popup-close";
        close.textContent = t("Close", "Закрыть"); close.onclick = function () { box.remove(); };
        box.appendChild(close);
        document.body.appendChild(box);
      }
    \#(TaskReminderScript.source)
    \#(TicketBreachScript.source)
      connect();
    })();
    """#
}
