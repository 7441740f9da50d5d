import Foundation
import OrderCycleCore

/// The sentence a notification reads as, in the reader's language. Rows keep the facts (what,
/// which, the new state, who), so the same row reads in Russian to one person and in English to another.
enum NotificationText {
    struct Facts: Sendable {
        var kind: NotificationKind
        var action: String
        var subject: String
        var detail: String?
        var actor: String
    }

    static func sentence(_ f: Facts, _ lang: Language) -> String {
        let who = f.actor
        switch f.kind {
        case .order:
            if f.action == "create" { return lang.t("New order \(f.subject) (\(who))", "Новый заказ \(f.subject) (\(who))") }
            let status = f.detail.flatMap(OrderStatus.init(rawValue:))?.name(lang) ?? f.detail ?? ""
            return lang.t("Order \(f.subject): \(status) (\(who))", "Заказ \(f.subject): \(status) (\(who))")
        case .claim:
            if f.action == "create" { return lang.t("A claim on order \(f.subject) (\(who))", "Претензия по заказу \(f.subject) (\(who))") }
            let status = f.detail.flatMap(ClaimStatus.init(rawValue:))?.name(lang) ?? f.detail ?? ""
            return lang.t("Claim on order \(f.subject): \(status) (\(who))", "Претензия по заказу \(f.subject): \(status) (\(who))")
        case .comment:
            return lang.t("\(who) wrote on order \(f.subject): \(f.detail ?? "")", "\(who) написал(а) по заказу \(f.subject): \(f.detail ?? "")")
        case .client:
            if f.action == "create" { return lang.t("New client \(f.subject) is yours (\(who))", "Новый клиент \(f.subject) закреплён за вами (\(who))") }
            return lang.t("Client \(f.subject) was changed (\(who))", "Клиент \(f.subject) изменён (\(who))")
        case .task:
            let title = BilingualText.reading(f.subject, in: lang)
            if f.action == "comment" { return lang.t("\(who) commented on task «\(title)»", "\(who) прокомментировал(а) задачу «\(title)»") }
            if f.action == "create" { return lang.t("New task «\(title)» (\(who))", "Новая задача «\(title)» (\(who))") }
            let status = f.detail.flatMap(TaskStatus.init(rawValue:))?.name(lang)
            return status.map { lang.t("Task «\(title)»: \($0) (\(who))", "Задача «\(title)»: \($0) (\(who))") }
                ?? lang.t("Task «\(title)» was changed (\(who))", "Задача «\(title)» изменена (\(who))")
        case .ticket:
            if f.action == "comment" { return lang.t("\(who) wrote in ticket «\(f.subject)»", "\(who) написал(а) в обращении «\(f.subject)»") }
            if f.action == "create" { return lang.t("New ticket «\(f.subject)» (\(who))", "Новое обращение «\(f.subject)» (\(who))") }
            let status = f.detail.flatMap(TicketStatus.init(rawValue:))?.name(lang)
            return status.map { lang.t("Ticket «\(f.subject)»: \($0) (\(who))", "Обращение «\(f.subject)»: \($0) (\(who))") }
                ?? lang.t("Ticket «\(f.subject)» was changed (\(who))", "Обращение «\(f.subject)» изменено (\(who))")
        case .request:
            let what = ServiceRequestKind(rawValue: f.subject)?.name(lang) ?? f.subject
            if f.action == "create" { return lang.t("New service request: \(what) (\(who))", "Новая заявка: \(what) (\(who))") }
            let status = f.detail.flatMap(ServiceRequestStatus.init(rawValue:))?.name(lang) ?? f.detail ?? ""
            return lang.t("Service request «\(what)»: \(status) (\(who))", "Заявка «\(what)»: \(status) (\(who))")
        }
    }
}
