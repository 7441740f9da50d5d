import Fluent
import Foundation
import OrderCycleCore

/// A supervisor renames a column, moves it, or sets its work-in-progress limit (strict or
/// soft, or none). Only what is given changes. A limit below the cards already there is
/// allowed: the column shows itself over the limit and takes no more until it drains.
struct ConfigureColumn: Sendable {
    let boardID: UUID
    let columnID: UUID
    let nameEN: String?
    let nameRU: String?
    /// nil: keep the limit; 0: no limit.
    let wipLimit: Int?
    let wipStrict: Bool?
    let position: Int?
    let lang: Language

    init(boardID: UUID, columnID: UUID, nameEN: String?, nameRU: String?, wipLimit: Int?, wipStrict: Bool?, position: Int?, lang: Language) throws {
        var v = FieldInput(lang)
        let en = nameEN.flatMap { v.text("name_en", $0, max: 60) }
        let ru = nameRU.flatMap { v.text("name_ru", $0, max: 60) }
        let limit = BoardSetup.limit(wipLimit, &v)
        BoardSetup.checkPosition(position, &v)
        try v.check()
        (self.boardID, self.columnID, self.nameEN, self.nameRU) = (boardID, columnID, en, ru)
        (self.wipLimit, self.wipStrict, self.position, self.lang) = (limit, wipStrict, position, lang)
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> BoardDTO {
        try await BoardSetup.change(boardID, by: actor, lang: lang, now: now, on: db) { columns in
            guard let column = columns.first(where: { $0.id == columnID }) else { throw Problem(.notFound) }
            try await WorkSetup.updateColumn(columnID, nameEN: nameEN ?? column.nameEN, nameRU: nameRU ?? column.nameRU,
                                             wipLimit: wipLimit.map { $0 == 0 ? nil : $0 } ?? column.wipLimit, wipStrict: wipStrict ?? column.wipStrict, on: db)
            if let position {
                try await WorkSetup.order(BoardSetup.placing(columnID, at: position, in: columns.map(\.id)), on: db)
            }
        }
    }
}
