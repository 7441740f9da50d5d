import Foundation
import OrderCycleCore
import Vapor

/// `ordercycle import-orders --mapping FILE.json --file ORDERS.csv [--dry-run]`
struct ImportOrdersCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "mapping") var mapping: String?
        @Option(name: "file") var file: String?
        @Flag(name: "dry-run") var dryRun: Bool
    }

    var help: String { "Imports an order history from CSV through a mapping file (see import/mappings/)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let mappingPath = signature.mapping, let filePath = signature.file else {
            context.console.error("Both --mapping and --file are required")
            throw ExitCode(2)
        }
        let app = context.application
        try await prepareStorage(app)
        try await app.autoMigrate()
        let mapping = try OrderHistoryMapping.decode(Data(contentsOf: URL(fileURLWithPath: mappingPath)))
        let importer = OrderHistoryImport(app: app, mapping: mapping, file: URL(fileURLWithPath: filePath))
        do {
            let report = try await importer.run(dryRun: signature.dryRun)
            context.console.print(report.description)
        } catch let rollback as OrderHistoryImport.DryRunRollback {
            context.console.print(rollback.report.description)
        } catch let failed as OrderHistoryImport.Failed {
            context.console.error(failed.report.description)
            throw ExitCode(1)
        }
    }
}
