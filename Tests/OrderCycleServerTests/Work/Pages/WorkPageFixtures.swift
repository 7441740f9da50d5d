import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

extension WorkWorld {
    /// A browser logged in as `person` (every world member's password is the test default).
    func browser(_ app: Application, as person: Person, language: String = "en") async throws -> Browser {
        let user = try #require(try await User.find(person.id, on: app.db))
        let browser = Browser(app)
        try await browser.logIn(email: user.email, password: "correct horse")
        browser.cookies[Request.languageCookie] = language
        return browser
    }
}

/// A moment as a `datetime-local` form field writes it, in the company's time zone.
func formMoment(_ date: Date, _ app: Application) -> String {
    PlanPage.inputFormat(app.appConfig.timeZone).string(from: date)
}

/// What one task left in the database, written so that two tasks that went through the same
/// steps at the same moments read the same: ids as `<id>`, moments as seconds from `mark`.
/// The rank is left out: it is the card's place among its neighbours, and the second task
/// always lands after the first.
struct StoredTask: Equatable {
    var rows: [String]
    var audit: [String]

    static func snapshot(_ task: UUID, since mark: Date, on db: any Database) async throws -> StoredTask {
        let sql = db.sql
        func moment(_ row: any SQLRow, _ column: String) throws -> String {
            try row.decode(column: column, as: Date?.self).map { String(Int($0.timeIntervalSince(mark).rounded())) } ?? "-"
        }
        func text(_ row: any SQLRow, _ columns: [String], moments: [String]) throws -> String {
            var parts: [String] = []
            for c in columns {
                let value: String
                if (try? row.decodeNil(column: c)) == true { value = "-" }
                else if let s = try? row.decode(column: c, as: String.self) { value = s }
                else if let i = try? row.decode(column: c, as: Int.self) { value = String(i) }
                else if let b = try? row.decode(column: c, as: Bool.self) { value = String(b) }
                else if let u = try? row.decode(column: c, as: UUID.self) { value = u.uuidString }
                else { value = "?" }
                parts.append("\(c)=\(value)")
            }
            for c in moments { parts.append("\(c)=\(try moment(row, c))") }
            return StoredOrder.normalised(parts.joined(separator: " "))
        }
        var rows: [String] = []
        let stored = try #require(try await sql.raw("SELECT * FROM tasks WHERE id = \(bind: task)").first())
        rows.append(try text(stored, ["version", "board_id", "column_id", "title", "description", "direction", "source", "responsible_id", "creator_id",
                                    "priority", "status", "client_id", "order_id", "claim_id", "call_id", "visible_to_client"],
                             moments: ["deadline_original", "deadline", "created_at", "updated_at", "done_at"]))
        rows += try await sql.raw("SELECT * FROM task_deadline_renegotiations WHERE task_id = \(bind: task)").all()
            .map { try text($0, ["reason", "agreed_by", "recorded_by"], moments: ["previous_deadline", "new_deadline", "at"]) }.sorted()
        rows += try await sql.raw("SELECT * FROM task_checklist_items WHERE task_id = \(bind: task)").all()
            .map { try text($0, ["position", "text", "done"], moments: ["created_at", "done_at"]) }.sorted()
        rows += try await sql.raw("SELECT * FROM task_comments WHERE task_id = \(bind: task)").all()
            .map { try text($0, ["author_id", "author_label", "body"], moments: ["at"]) }.sorted()
        rows += try await sql.raw("SELECT * FROM task_coworkers WHERE task_id = \(bind: task)").all()
            .map { try text($0, ["user_id"], moments: []) }.sorted()
        let audit = try await AuditEvent.query(on: db).filter(\.$entityID == task).all().map { e in
            StoredOrder.normalised("\(Int(e.at.timeIntervalSince(mark))) \(e.actorLabel) \(e.entity) \(e.action) before=\(e.before ?? "-") after=\(e.after ?? "-")")
        }.sorted()
        return StoredTask(rows: rows, audit: audit)
    }
}

extension TestingHTTPResponse {
    /// The path a form's redirect points to.
    var location: String? { headers.first(name: .location) }
}
