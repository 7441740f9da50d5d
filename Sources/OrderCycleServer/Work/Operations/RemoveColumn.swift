import Fluent
import Foundation
import OrderCycleCore

/// A supervisor removes an empty column. A column with cards stays (move them first: a card
/// is never dropped with its column), and so does a board's last column for "to do", "in
/// progress" or "done", where new tasks, pulls and completions land.
struct RemoveColumn: Sendable {
    let boardID: UUID
    let columnID: UUID
    let lang: Language

    /// The statuses a board always keeps a column for.
    static let kept: [TaskStatus] = [.todo, .inProgress, .done]

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> BoardDTO {
        try await BoardSetup.change(boardID, by: actor, lang: lang, now: now, on: db) { columns in
            guard let column = columns.first(where: { $0.id == columnID }) else { throw Problem(.notFound) }
            let cards = try await BoardQueries.count(in: columnID, on: db)
            if cards > 0 {
                var problem = Problem(.conflict, detail: lang.t("The column holds \(cards) cards: move them to another column first.",
                                                                "В колонке карточек: \(cards). Сначала переместите их в другую колонку."))
                problem.code = "column_not_empty"
                throw problem
            }
            if Self.kept.contains(column.status), columns.filter({ $0.status == column.status }).count == 1 {
                var problem = Problem(.conflict, detail: lang.t(
                    "This is the board's only column for “\(column.status.name(.en))”: add another one for it first.",
                    "Это единственная колонка доски для статуса «\(column.status.name(.ru))»: сначала добавьте другую."))
                problem.code = "column_required"
                throw problem
            }
            try await WorkSetup.deleteColumn(columnID, on: db)
            try await WorkSetup.order(columns.map(\.id).filter { $0 != columnID }, on: db)
        }
    }
}
