import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// `ordercycle import-branches` (`TableImportCommand`).
extension BranchImport: TableImport {
    static let rowsMake = "branches"

    init(mapping: ImportMapping, table: CSVReader, app: Application) {
        self.init(mapping: mapping, table: table, region: app.appConfig.phoneRegion)
    }

    static func summary(of plan: Plan) -> TableImportSummary {
        TableImportSummary(rowsRead: plan.rowsRead, repeatedRows: plan.repeatedRows, valid: plan.branches.count, problems: plan.problems)
    }

    /// The nearest-branch index is rebuilt from the new rows.
    static func afterCommit(_ app: Application) { BranchCatalog.of(app).invalidate() }
}
