import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Tells a reader's open pages of a new notification once its write has committed: the bell's
/// new unread count and the sentence in the reader's language. A page that is not open misses
/// nothing: the bell and the list are read from the database.
enum NotificationLive {
    struct Message: Encodable {
        var kind = "notification"
        var unread: Int
        var notification: NotificationDTO
    }

    static func announce(_ rows: [NotificationQueries.Row], app: Application) async {
        let bus = LiveUpdates.services(app).bus
        for row in rows {
            do {
                let (language, unread) = try await NotificationQueries.reader(row.user_id, on: app.openDatabase())
                let body = String(decoding: try APIJSON.encoder.encode(Message(unread: unread, notification: row.dto(language))), as: UTF8.self)
                try await bus.publish(LiveEvent(userIDs: [row.user_id], body: body))
            } catch {
                app.logger.warning("notification not announced", metadata: ["error": "\(error)"])
            }
        }
    }
}
