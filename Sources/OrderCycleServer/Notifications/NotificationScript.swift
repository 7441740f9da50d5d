/// The part of the live script (`/assets/live.js`) that takes a new notification
/// (`NotificationLive.Message`): the bell shows the new unread count and a small pop-up says what
/// happened, linking to it. Text only through `textContent`.
enum NotificationScript {
    static let source = #"""
      function notify(e) {
        var count = document.getElementById("bell-count");
        if (count && typeof e.unread === "number") {
          count.textContent = String(e.unread); count.setAttribute("data-unread", String(e.unread));
          count.classList.toggle("empty", e.unread === 0);
        }
        if (!e.notification) return;
        var box = document.createElement("aside");
        box.className = "call-popup notification-popup"; box.setAttribute("role", "status");
        box.setAttribute("data-kind", e.notification.kind || "");
        var p = document.createElement("p");
        var a = document.createElement("a"); a.href = e.notification.link || "/notifications"; a.textContent = e.notification.text || "";
        p.appendChild(a); box.appendChild(p);
        var close = document.createElement("button"); close.type = "button"; close.className = "button secondary";
        close.textContent = t("Close", "Закрыть"); close.onclick = function () { box.remove(); };
        box.appendChild(close);
        stack().appendChild(box);
      }
    """#
}
