import Fluent
import Foundation
import OrderCycleCore

/// A person marks their own notifications read: the ones named, or all. Another person's ids
/// are simply not theirs to mark, so they change nothing.
struct MarkNotificationsRead: Sendable {
    let ids: [UUID]?

    init(ids: [UUID]?, all: Bool?, lang: Language = .en) throws {
        var v = FieldValidator(lang: lang)
        if ids == nil, all != true { v.add("ids", lang.t("name the notifications, or send all: true", "укажите уведомления или all: true")) }
        if let ids, ids.count > 500 { v.add("ids", lang.t("at most 500 at once", "не больше 500 за раз")) }
        try v.check()
        self.ids = all == true ? nil : ids
    }

    /// The unread count left.
    func run(by actor: Principal, now: Date, on db: any Database) async throws -> Int {
        guard let user = actor.userID else { throw Problem(.forbidden) }
        try await NotificationQueries.markRead(of: user, ids: ids, now: now, on: db)
        return try await NotificationQueries.unread(of: user, on: db)
    }
}
