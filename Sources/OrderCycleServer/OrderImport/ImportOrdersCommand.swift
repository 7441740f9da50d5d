import Fluent
import Foundation
import NIOConcurrencyHelpers
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
                    let report = try await importer.check(dryRun: true)
                    context.console.print(report.description)
                    context.console.print("The database is not migrated: the files were checked alone (clients, products and orders already there were not compared).")
                }
            } else {
                try await prepareStorage(app)
                try await app.autoMigrate()
                // On SQLite the connections that migrated close: the import's own is then the
                // file's only one, and may write without the WAL (`BulkLoadJournal`).
                if case .sqlite = app.appConfig.storage { app.databases.reinitialize() }
                // A line per 100,000 rows on standard error, so a long import shows it is moving.
                let started = ContinuousClock.now
                let shown = NIOLockedValueBox(0)
                let report = try await importer.run(dryRun: false) { r in
                    guard r.rows / 100_000 > shown.withLockedValue({ $0 }) else { return }
                    shown.withLockedValue { $0 = r.rows / 100_000 }
                    let seconds = (ContinuousClock.now - started).seconds
                    FileHandle.standardError.write(Data("… \(r.rows) rows read, \(r.orders) orders written (\(String(format: "%.0f", seconds)) s)\n".utf8))
                }
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
