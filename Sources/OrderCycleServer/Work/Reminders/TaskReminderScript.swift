/// The part of the live script (`/assets/live.js`) that shows a deadline reminder
/// (`TaskReminders.ReminderEvent`) as a small pop-up with the task and the time left, linking
/// to the task control page. Text only through `textContent`.
enum TaskReminderScript {
    static let source = #"""
      function remind(e) {
        var box = document.createElement("aside");
        box.className = "call-popup reminder-popup"; box.setAttribute("role", "status");
        box.setAttribute("data-task", e.task_id || "");
        var h = document.createElement("h2");
        h.textContent = t("Deadline in ", "Срок через ") + e.minutes_left + t(" min", " мин");
        box.appendChild(h);
        var p = document.createElement("p");
        var a = document.createElement("a"); a.href = "/tasks/control"; a.textContent = e.title || "";
        p.appendChild(a); box.appendChild(p);
        var close = document.createElement("button"); close.type = "button"; close.className = "button secondary";
        close.textContent = t("Close", "Закрыть"); close.onclick = function () { box.remove(); };
        box.appendChild(close);
        document.body.appendChild(box);
      }
    """#
}
