import Foundation
import OrderCycleCore

/// The audit trail as a table, shown on each record's page.
enum AuditView {
    static func table(_ entries: [AuditTrail.Entry], lang: Language) -> HTML {
        let formatter = ISO8601DateFormatter()
        let rows = entries.map { e -> HTML in
            """
            <tr><td>\(formatter.string(from: e.at))</td><td>\(e.actor)</td><td>\(e.action)</td>
            <td><pre class="diff">\(e.before ?? "—")</pre></td><td><pre class="diff">\(e.after ?? "—")</pre></td></tr>
            """
        }.joined
        return """
        <h2>\(lang.t("Change history", "История изменений"))</h2>
        <div class="table-wrap"><table id="audit-trail">
          <thead><tr><th>\(lang.t("When (UTC)", "Когда (UTC)"))</th><th>\(lang.t("Who", "Кто"))</th><th>\(lang.t("What", "Что"))</th>
          <th>\(lang.t("Before", "До"))</th><th>\(lang.t("After", "После"))</th></tr></thead>
          <tbody>\(rows)</tbody>
        </table></div>
        """
    }
}
