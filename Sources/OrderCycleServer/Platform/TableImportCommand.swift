import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// `ordercycle import-clients|import-branches --mapping FILE --file FILE [--dry-run]`: rows from
/// a CSV file through a mapping (docs/importing.md). The dry run lists every row's errors and
/// writes nothing; the real run writes every row or, if any row is wrong, none. A missing
/// argument ends with status 2; a file that cannot be read, a wrong mapping or a wrong row with
/// status 1, after its message — never with a crash report.
struct TableImportCommand<Import: TableImport>: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "mapping", help: "The mapping file (JSON), one of import/mappings/ or your own") var mapping: String?
        @Option(name: "file", help: "The CSV file") var file: String?
        @Flag(name: "dry-run", help: "Check every row and report; write nothing") var dryRun: Bool
    }

    var help: String { "Imports \(Import.rowsMake) from a CSV file through a column mapping (see docs/importing.md)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let mappingPath = signature.mapping, let filePath = signature.file else {
            context.console.error("Give --mapping FILE and --file FILE.")
            throw ExitCode(2)
        }
        let app = context.application
        try await prepareStorage(app)
        try await app.autoMigrate()
        let importer: Import
        do {
            importer = Import(mapping: try ImportMapping.load(path: mappingPath),
                              table: try CSVReader(text: String(contentsOfFile: filePath, encoding: .utf8)), app: app)
        } catch {
            context.console.error("Cannot read the files: \(error)")
            throw ExitCode(1)
        }
        let mappingProblems = importer.mappingProblems()
        if !mappingProblems.isEmpty {
            for p in mappingProblems { context.console.error("mapping: \(p)") }
            throw ExitCode(1)
        }
        let plan = try await importer.plan(on: app.db)
        let summary = Import.summary(of: plan)
        let things = Import.rowsMake
        context.console.print("Rows read: \(summary.rowsRead); \(things): \(summary.valid + summary.problems.count) (\(summary.repeatedRows) rows repeat one already read).")
        for problem in summary.problems { context.console.error(problem.description) }
        if !summary.problems.isEmpty {
            context.console.error("\(summary.problems.count) rows have errors; nothing was written.")
            throw ExitCode(1)
        }
        if signature.dryRun {
            context.console.print("Dry run: all \(summary.valid) \(things) are valid; nothing was written.")
            return
        }
        let started = ContinuousClock.now
        let now = app.clock.now()
        let actor = Principal(userID: nil, role: .admin, clientID: nil, label: "import: \((filePath as NSString).lastPathComponent)", email: nil,
                              language: nil, credential: .bearer(tokenID: UUID()))
        let written = try await app.db.write(app) { tx in try await Import.write(plan, actor: actor, now: now, on: tx) }
        Import.afterCommit(app)
        context.console.print("Imported \(written) \(things) in \(String(format: "%.1f", started.duration(to: .now).seconds)) s.")
    }
}
