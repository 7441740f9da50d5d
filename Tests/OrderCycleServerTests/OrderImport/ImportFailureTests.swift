import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

/// Runs `command` as `ordercycle <name> arguments…` would; the exit status it ends with, nil for success.
func runCommand(_ command: some AsyncCommand, _ app: Application, _ arguments: [String]) async throws -> Int32? {
    var context = CommandContext(console: app.console, input: CommandInput(arguments: ["ordercycle"] + arguments))
    context.application = app
    do { try await command.run(using: &context); return nil } catch let exit as ExitCode { return exit.code }
}

/// An app on a SQLite file that does not exist yet: nothing created, nothing migrated.
func withUnmigratedApp(_ body: (Application, String) async throws -> Void) async throws {
    var config = AppConfig(bcryptCost: 4)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ordercycle-unmigrated-\(UUID().uuidString).sqlite").path
    config.storage = .sqlite(path: scratch)
    let app = try await Application.make(.testing)
    do {
        try await OrderCycleServer.configure(app, config: config)
        try await body(app, scratch)
    } catch {
        try? await app.asyncShutdown()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
        throw error
    }
    try await app.asyncShutdown()
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
}

@Suite("A bad file or a bad mapping is a message and exit status 1, never a crash")
struct ImportFailureTests {
    static func write(_ text: String, _ name: String = "mapping-\(UUID().uuidString).json") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static var superstoreMapping: String { try! String(contentsOf: OrderImportTests.mappingFile, encoding: .utf8) }

    @Test func malformedMappingsAndMissingFilesEndWithStatus1() async throws {
        try await withApp { app in
            let orders = OrderImportTests.fixtures.appendingPathComponent("superstore_orders.csv").path
            let mapping = OrderImportTests.mappingFile.path
            let cases: [(String, [String])] = [
                ("no mapping file", ["--mapping", "/nonexistent/mapping.json", "--file", orders]),
                ("not JSON", ["--mapping", try Self.write("{\"name\": \"x\","), "--file", orders]),
                ("an unknown key", ["--mapping", try Self.write(Self.superstoreMapping.replacingOccurrences(of: "\"promised_milestone\"", with: "\"promise_milestone\"")), "--file", orders]),
                ("a claim reason not in the list", ["--mapping", try Self.write(Self.superstoreMapping.replacingOccurrences(of: "\"reason\": \"returned\"", with: "\"reason\": \"refund\"")), "--file", orders]),
                ("no orders file", ["--mapping", mapping, "--file", "/nonexistent/orders.csv"]),
                ("no side file beside the orders", ["--mapping", mapping, "--file", try Self.write("Row ID\n", "orders-\(UUID().uuidString).csv")]),
            ]
            for (what, arguments) in cases {
                #expect(try await runCommand(ImportOrdersCommand(), app, arguments) == 1, "\(what)")
            }
            #expect(try await Order.query(on: app.db).count() == 0)
        }
    }

    /// A claims filter whose column the side file lacks would make every listed order a claim.
    @Test func aClaimsFilterNamingNoColumnIsAnError() async throws {
        try await withApp { app in
            let text = Self.superstoreMapping.replacingOccurrences(of: "\"filter_column\": \"Returned\"", with: "\"filter_column\": \"Returnd\"")
            let importer = OrderHistoryImport(app: app, mapping: try OrderHistoryMapping.decode(Data(text.utf8)),
                                              file: OrderImportTests.fixtures.appendingPathComponent("superstore_orders.csv"))
            do {
                _ = try await importer.run(dryRun: false)
                Issue.record("the import should have been refused")
            } catch let failed as OrderHistoryImport.Failed {
                #expect(failed.report.errors.map(\.column) == ["Returnd"])
                #expect(failed.report.description.hasPrefix("Not imported: 30 rows, 1 errors — nothing was written"))
                #expect(!failed.report.description.contains("Imported"))
            }
            #expect(try await Order.query(on: app.db).count() == 0)
        }
    }

    /// A dry run on a database that does not exist yet checks the files and leaves no database behind.
    @Test func aDryRunNeitherMigratesNorWrites() async throws {
        try await withUnmigratedApp { (app: Application, path: String) async throws in
            let orders = OrderImportTests.fixtures.appendingPathComponent("superstore_orders.csv").path
            #expect(try await runCommand(ImportOrdersCommand(), app, ["--mapping", OrderImportTests.mappingFile.path, "--file", orders, "--dry-run"]) == nil)
            #expect(!FileManager.default.fileExists(atPath: path))
            // Migrating without a terminal to answer: `--yes` (or no terminal at all) never asks.
            #expect(try await runCommand(MigrationsCommand(), app, ["--yes"]) == nil)
            #expect(try await ImportOrdersCommand.isMigrated(app))
            // A dry run on the migrated database writes nothing either.
            #expect(try await runCommand(ImportOrdersCommand(), app, ["--mapping", OrderImportTests.mappingFile.path, "--file", orders, "--dry-run"]) == nil)
            #expect(try await Order.query(on: app.db).count() == 0)
            #expect(try await runCommand(ImportOrdersCommand(), app, ["--mapping", OrderImportTests.mappingFile.path, "--file", orders]) == nil)
            #expect(try await Order.query(on: app.db).count() == 15)
        }
    }
}
