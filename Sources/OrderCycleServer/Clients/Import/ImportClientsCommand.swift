import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// `ordercycle import-clients --mapping FILE --file FILE [--dry-run]`: clients from a CSV file
/// through a mapping. The dry run lists every row's errors and writes nothing; the real run
/// writes every client or, if any row is wrong, none.
struct ImportClientsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "mapping", help: "The mapping file (JSON), e.g. import/mappings/superstore-customers.json") var mapping: String?
        @Option(name: "file", help: "The CSV file") var file: String?
        @Flag(name: "dry-run", help: "Check every row and report; write nothing") var dryRun: Bool
    }

    var help: String { "Imports clients from a CSV file through a column mapping (see docs/importing.md)." }

    /// Ends with status 2 and nothing written (a thrown error would print a crash report instead).
    private func fail() -> Never {
        exit(2)
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let mappingPath = signature.mapping, let filePath = signature.file else {
            context.console.error("Give --mapping FILE and --file FILE.")
            fail()
        }
        let app = context.application
        try await prepareStorage(app)
        try await app.autoMigrate()
        let mapping: ImportMapping
        let table: CSVReader
        do {
            mapping = try ImportMapping.load(path: mappingPath)
            table = try CSVReader(text: String(contentsOfFile: filePath, encoding: .utf8))
        } catch {
            context.console.error("Cannot read the files: \(error)")
            fail()
        }
        let mappingProblems = mapping.problems(header: table.header)
        if !mappingProblems.isEmpty {
            for p in mappingProblems { context.console.error("mapping: \(p)") }
            fail()
        }
        let importer = ClientImport(mapping: mapping, table: table, rules: ClientRules(regionCode: app.appConfig.phoneRegion))
        let plan = try await importer.plan(on: app.db)
        context.console.print("Rows read: \(plan.rowsRead); clients: \(plan.clients.count + plan.problems.count) (\(plan.repeatedRows) rows repeat a client already read).")
        for problem in plan.problems { context.console.error(problem.description) }
        if !plan.problems.isEmpty {
            context.console.error("\(plan.problems.count) rows have errors; nothing was written.")
            fail()
        }
        if signature.dryRun {
            context.console.print("Dry run: all \(plan.clients.count) clients are valid; nothing was written.")
            return
        }
        let started = ContinuousClock.now
        let now = app.clock.now()
        let written = try await app.db.write(app) { tx in try await ClientImport.write(plan, actor: nil, now: now, on: tx) }
        context.console.print("Imported \(written) clients in \(String(format: "%.1f", started.duration(to: .now).seconds)) s.")
    }
}
