import Foundation
import OrderCycleCore

/// The audit trail as a table, shown on each record's page.
enum AuditView {
    static func table(_ entries: [AuditTrail.Entry], lang: Language) -> HTML {
        let rows = entries.map { e -> HTML in
            """
            <tr><td>\(AuditView.moment(e.at))</td><td>\(e.actor)</td>
            <td>\(AuditSentence.html(entity: nil, action: e.action, before: e.before, after: e.after, lang: lang))</td></tr>
            """
        }.joined
        return """
        <h2>\(lang.t("Change history", "История изменений"))</h2>
        <div class="table-wrap"><table id="audit-trail">
          <thead><tr><th>\(lang.t("When", "Когда"))</th><th>\(lang.t("Who", "Кто"))</th><th>\(lang.t("What changed", "Что изменилось"))</th></tr></thead>
          <tbody>\(rows)</tbody>
        </table></div>
        \(entries.isEmpty ? EmptyState.html(id: "audit-trail-empty", lang.t("No changes recorded yet.", "Изменений пока не записано."), how: lang.t("Each change to this record will appear here with who made it and when.", "Каждое изменение этой записи появится здесь — кто и когда его сделал.")) : "")
        """
    }

    /// A moment in the company's time zone, as the tables beside the trail show it.
    static func moment(_ date: Date, timeZone: TimeZone = TimeZone(identifier: CompanyCalendar.defaultTimeZoneIdentifier) ?? .current) -> String {
        let f = DateFormatter()
        f.dateFormat = "dd.MM.yyyy HH:mm"
        f.timeZone = timeZone
        return f.string(from: date)
    }
}
