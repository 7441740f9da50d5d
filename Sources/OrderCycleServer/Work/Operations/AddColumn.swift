import Fluent
import Foundation
import OrderCycleCore

/// A supervisor adds a column to the team's board: what it is called, which task status it
/// stands for, where it goes, and its work-in-progress limit (strict refuses one more card,
/// soft warns).
struct AddColumn: Sendable {
    let boardID: UUID
    let column: WorkSetup.ColumnSpec
    let position: Int?
    let lang: Language

    init(boardID: UUID, nameEN: String?, nameRU: String?, status: String?, wipLimit: Int?, wipStrict: Bool?, position: Int?, lang: Language) throws {
        var v = FieldInput(lang)
        let nameEN = v.text("name_en", nameEN, max: 60)
        let nameRU = v.text("name_ru", nameRU, max: 60)
        if status == nil { v.required("status") }
        let status = v.choice("status", status, as: TaskStatus.self)
        let limit = BoardSetup.limit(wipLimit, &v)
        BoardSetup.checkPosition(position, &v)
        let (en, ru, chosen) = try v.check(nameEN, nameRU, status)
        column = WorkSetup.ColumnSpec(nameEN: en, nameRU: ru, status: chosen, wipLimit: limit == 0 ? nil : limit, wipStrict: wipStrict ?? true)
        self.boardID = boardID
        self.position = position
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> BoardDTO {
        try await BoardSetup.change(boardID, by: actor, lang: lang, now: now, on: db) { columns in
            guard columns.count < 20 else {
                throw Problem(.conflict, detail: lang.t("A board has at most 20 columns.", "На доске не больше 20 колонок."))
            }
            let id = try await WorkSetup.insertColumn(column, board: boardID, position: columns.count, on: db)
            try await WorkSetup.order(BoardSetup.placing(id, at: position ?? columns.count, in: columns.map(\.id) + [id]), on: db)
        }
    }
}
