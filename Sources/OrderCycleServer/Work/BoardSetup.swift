import Fluent
import Foundation
import OrderCycleCore

/// What the column operations share: who may change a board's set-up, the board's next
/// version with the change in the audit trail, and the checks on a column's fields.
enum BoardSetup {
    /// What the audit trail keeps of a board's set-up: its columns in order with their limits.
    struct Snapshot: Encodable, Sendable {
        struct Column: Encodable, Sendable {
            var id: UUID; var name_en: String; var name_ru: String; var status: String; var wip_limit: Int?; var wip_strict: Bool
        }
        var name: String
        var columns: [Column]

        init(_ b: BoardDTO) {
            name = b.name
            columns = b.columns.map { Column(id: $0.id, name_en: $0.name_en, name_ru: $0.name_ru, status: $0.status, wip_limit: $0.wip_limit, wip_strict: $0.wip_strict) }
        }
    }

    /// The largest column limit accepted.
    static let maxLimit = 10_000

    static func read(_ id: UUID, lang: Language, now: Date, on db: any Database) async throws -> BoardDTO {
        guard let row = try await BoardQueries.board(id, on: db) else { throw Problem(.notFound) }
        return try await BoardQueries.detail(row, lang: lang, cardsPerColumn: WorkAPI.defaultCardsPerColumn, now: now, on: db)
    }

    /// Runs `change` on a board `actor` may set up, then moves the board to its next version
    /// and records the set-up before and after.
    static func change(_ boardID: UUID, by actor: Principal, lang: Language, now: Date, on db: any Database,
                       _ change: ([BoardQueries.ColumnRow]) async throws -> Void) async throws -> BoardDTO {
        _ = try await WorkAccess.configurableBoard(boardID, by: actor, on: db)
        let before = try await read(boardID, lang: lang, now: now, on: db)
        try await change(try await BoardQueries.columns(of: boardID, on: db))
        try await ETag.advance("boards", id: boardID, expected: nil, on: db)
        let after = try await read(boardID, lang: lang, now: now, on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: "boards", id: boardID, action: .update,
                                    before: Snapshot(before), after: Snapshot(after), at: now)
        return after
    }

    /// A column's limit: 1…`maxLimit`, or 0 for none (a JSON field takes no null).
    static func limit(_ raw: Int?, _ v: inout FieldInput) -> Int? {
        guard let raw else { return nil }
        guard (0...maxLimit).contains(raw) else {
            v.add("wip_limit", en: "must be a whole number from 1 to \(maxLimit), or 0 for no limit",
                  ru: "целое число от 1 до \(maxLimit) или 0, если предела нет")
            return nil
        }
        return raw
    }

    /// A position among `count` columns: 0 is the first, `count` after the last.
    static func checkPosition(_ position: Int?, _ v: inout FieldInput) {
        guard let position, position < 0 || position > 1000 else { return }
        v.add("position", en: "must be a whole number from 0 (the first column)", ru: "целое число от 0 (первая колонка)")
    }

    /// `ids` with `id` moved to `position` (clamped to the ends).
    static func placing(_ id: UUID, at position: Int, in ids: [UUID]) -> [UUID] {
        var rest = ids.filter { $0 != id }
        rest.insert(id, at: min(max(position, 0), rest.count))
        return rest
    }
}
