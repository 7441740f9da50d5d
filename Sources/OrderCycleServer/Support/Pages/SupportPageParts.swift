import Foundation
import OrderCycleCore
import Vapor

/// Pieces the support pages share: status and priority badges, the SLA countdown as words, and
/// how a form's refusal comes back to the page.
enum SupportPageParts {
    static func status(_ raw: String, lang: Language) -> HTML {
        let status = TicketStatus(rawValue: raw) ?? .open
        let tone: HTML = switch status {
        case .resolved, .closed: " ok"
        case .waitingForClient: " warn"
        case .new, .open: ""
        }
        return "<span class=\"badge\(tone)\" data-status=\"\(status.rawValue)\">\(status.name(lang))</span>"
    }

    static func priority(_ raw: String, lang: Language) -> HTML {
        let priority = Priority(rawValue: raw) ?? .normal
        let tone: HTML = priority >= .high ? " bad" : ""
        return "<span class=\"badge\(tone)\" data-priority=\"\(priority.rawValue)\">\(priority.name(lang))</span>"
    }

    /// "in 1 h 20 min" or "overdue by 5 min", from `now`.
    static func countdown(_ due: Date?, now: Date, lang: Language) -> String {
        guard let due else { return "—" }
        let seconds = Int(due.timeIntervalSince(now))
        let text = span(minutes: abs(seconds) / 60, lang: lang)
        return seconds >= 0 ? lang.t("in ", "через ") + text : lang.t("overdue by ", "просрочено на ") + text
    }

    /// Whole minutes as the reader's language writes them: "1 h 20 min", "45 min"; "1 ч 20 мин", "45 мин".
    static func span(minutes: Int, lang: Language) -> String {
        minutes >= 60 ? lang.t("\(minutes / 60) h \(minutes % 60) min", "\(minutes / 60) ч \(minutes % 60) мин") : lang.t("\(minutes) min", "\(minutes) мин")
    }

    /// The SLA in one cell: breached, paused, or the nearer due with its countdown.
    static func sla(_ t: TicketDTO, now: Date, lang: Language) -> HTML {
        if t.sla.breached { return "<span class=\"badge bad\" data-sla=\"breached\">\(SLAState.breached.name(lang))</span>" }
        if t.sla.paused { return "<span class=\"badge warn\" data-sla=\"paused\">\(SLAState.paused.name(lang))</span>" }
        let next = t.first_response_at == nil ? t.sla.first_response_due : t.sla.resolution_due
        guard t.resolved_at == nil, let next else { return "<span class=\"badge ok\" data-sla=\"met\">\(SLAState.met.name(lang))</span>" }
        return "<span class=\"sla-countdown\" data-sla=\"running\" data-due=\"\(next.formatted(.iso8601))\">\(countdown(next, now: now, lang: lang))</span>"
    }

    /// The hidden CSRF field every form carries.
    static func csrf(_ token: String) -> HTML { "<input type=\"hidden\" name=\"_csrf\" value=\"\(token)\">" }

    /// A refusal shown above the page.
    static func notice(_ problem: Problem) -> HTML {
        "<div class=\"notice bad\" role=\"alert\" id=\"refusal\"><p>\(problem.detail ?? problem.summary)</p></div>"
    }

    static func blank(_ text: String?) -> String? {
        text.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
    }

    /// The file input that attaches images to a new ticket or a reply (the form is multipart).
    static func attachmentInput(error: String?, lang: Language) -> HTML {
        let invalid: HTML = error == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"attachments-error\""
        return """
        <label for="attachments">\(lang.t("Images (JPEG, PNG or WebP, up to \(TicketLimits.attachmentsPerForm))", "Изображения (JPEG, PNG или WebP, до \(TicketLimits.attachmentsPerForm))"))</label>
        <input type="file" id="attachments" name="attachments[]" accept="image/jpeg,image/png,image/webp" multiple\(invalid)>\(FormField.errorLine(name: "attachments", error))
        """
    }

    /// Thumbnails of attachments, each a link to the image itself.
    static func gallery(_ attachments: [TicketAttachmentDTO], lang: Language) -> HTML {
        guard !attachments.isEmpty else { return "" }
        let pictures = attachments.map { a -> HTML in
            let url = PageRoute.Support.attachment(a.ticket_id, a.id)
            return "<a href=\"\(url)\" data-attachment=\"\(a.id)\"><img class=\"claim-photo\" src=\"\(url)\" alt=\"\(lang.t("Attached image", "Приложенное изображение"))\" width=\"96\" height=\"96\" loading=\"lazy\"></a>"
        }.joined
        return "<div class=\"claim-photos ticket-attachments\">\(pictures)</div>"
    }
}
