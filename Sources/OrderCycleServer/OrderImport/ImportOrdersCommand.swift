import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// `ordercycle import-orders --mapping FILE.json --file ORDERS.csv [--dry-run]`
///
/// Every failure is a message and exit status 1, never a crash: a mapping that is not JSON or
/// breaks `import/mapping.schema.json`, a missing file, a row that breaks the mapping. A dry
/// run reads and checks everything and writes nothing — it neither migrates the database nor
/// creates it; against a database that is not migrated it checks the files alone.
struct ImportOrdersCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "mapping") var mapping: String?
        @Option(name: "file") var file: String?
        @Flag(name: "dry-run") var dryRun: Bool
    }

    var help: String { "Imports an order history from CSV through a mapping file (see import/mappings/ and docs/importing.md)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let mappingPath = signature.mapping, let filePath = signature.file else {
            context.console.error("Both --mapping and --file are required")
            throw ExitCode(2)
        }
        let app = context.application
        let mapping: OrderHistoryMapping
        do {
            guard FileManager.default.fileExists(atPath: mappingPath) else { throw OrderHistoryImport.Unreadable(description: "no such file") }
            mapping = try OrderHistoryMapping.decode(Data(contentsOf: URL(fileURLWithPath: mappingPath)))
        } catch {
            context.console.error("\(mappingPath): \(error)")
            throw ExitCode(1)
        }
        let importer = OrderHistoryImport(app: app, mapping: mapping, file: URL(fileURLWithPath: filePath))
        do {
            if signature.dryRun {
                if try await Self.isMigrated(app) {
                    _ = try await importer.run(dryRun: true)
                } else {
                    let checked = try importer.check(dryRun: true)
                    context.console.print(checked.report.description)
                    context.console.print("The database is not migrated: the files were checked alone (clients, products and orders already there were not compared).")
                }
            } else {
                try await prepareStorage(app)
                try await app.autoMigrate()
                let report = try await importer.run(dryRun: false)
                context.console.print(report.description)
            }
        } catch let rollback as OrderHistoryImport.DryRunRollback {
            context.console.print(rollback.report.description)
        } catch let failed as OrderHistoryImport.Failed {
            context.console.error(failed.report.description)
            throw ExitCode(1)
        } catch let unreadable as OrderHistoryImport.Unreadable {
            context.console.error(unreadable.description)
            throw ExitCode(1)
        } catch {
            context.console.error("Not imported — nothing was written: \(String(reflecting: error))")
            throw ExitCode(1)
        }
    }

    /// Whether every migration of today's list has run, found without writing: a SQLite file
    /// that does not exist is not opened (opening would create it).
    static func isMigrated(_ app: Application) async throws -> Bool {
        if case .sqlite(let path) = app.appConfig.storage, !FileManager.default.fileExists(atPath: path) { return false }
        if case .sqliteMemory = app.appConfig.storage { return false }
        let recorded: [String]
        do {
            recorded = try await app.db.sql.raw("SELECT name FROM _fluent_migrations").all(decodingColumn: "name", as: String.self)
        } catch {
            return false
        }
        let names = Migrations.all(timeZone: app.appConfig.timeZone).map(\.name)
        return Set(names).isSubset(of: Set(recorded))
    }
}
