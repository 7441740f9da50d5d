import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// `ordercycle import-clients` (`TableImportCommand`).
extension ClientImport: TableImport {
    static let rowsMake = "clients"

    init(mapping: ImportMapping, table: CSVReader, app: Application) {
        self.init(mapping: mapping, table: table, rules: ClientRules(regionCode: app.appConfig.phoneRegion))
    }

    func mappingProblems() -> [String] {
        mapping.problems(header: table.header, targets: Self.targets, required: Self.required, record: "a client")
    }

    static func summary(of plan: Plan) -> TableImportSummary {
        TableImportSummary(rowsRead: plan.rowsRead, repeatedRows: plan.repeatedRows, valid: plan.clients.count, problems: plan.problems)
    }

    static func write(_ plan: Plan, actor: Principal, now: Date, on tx: any Database) async throws -> Int {
        try await write(plan, actor: Optional(actor), now: now, on: tx)
    }
}
