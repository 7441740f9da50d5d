import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// `ordercycle import-branches --mapping FILE --file FILE [--dry-run]`: branches from a CSV file
/// through a mapping (docs/importing.md). The dry run lists every row's errors and writes
/// nothing; the real run opens every branch or, if any row is wrong, none.
struct ImportBranchesCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "mapping", help: "The mapping file (JSON), e.g. import/mappings/branches.json") var mapping: String?
        @Option(name: "file", help: "The CSV file") var file: String?
        @Flag(name: "dry-run", help: "Check every row and report; write nothing") var dryRun: Bool
    }

    var help: String { "Imports branches from a CSV file through a column mapping (see docs/importing.md)." }

    /// Ends with status 2 and nothing written (a thrown error would print a crash report instead).
    private func fail() -> Never { exit(2) }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let mappingPath = signature.mapping, let filePath = signature.file else {
            context.console.error("Give --mapping FILE and --file FILE.")
            fail()
        }
        let app = context.application
        try await prepareStorage(app)
        try await app.autoMigrate()
        let importer: BranchImport
        do {
            importer = BranchImport(mapping: try ImportMapping.load(path: mappingPath), table: try CSVReader(text: String(contentsOfFile: filePath, encoding: .utf8)),
                                    region: app.appConfig.phoneRegion)
        } catch {
            context.console.error("Cannot read the files: \(error)")
            fail()
        }
        let mappingProblems = importer.mappingProblems()
        if !mappingProblems.isEmpty {
            for p in mappingProblems { context.console.error("mapping: \(p)") }
            fail()
        }
        let plan = try await importer.plan(on: app.db)
        context.console.print("Rows read: \(plan.rowsRead); branches: \(plan.branches.count + plan.problems.count) (\(plan.repeatedRows) rows repeat a branch already read).")
        for problem in plan.problems { context.console.error(problem.description) }
        if !plan.problems.isEmpty {
            context.console.error("\(plan.problems.count) rows have errors; nothing was written.")
            fail()
        }
        if signature.dryRun {
            context.console.print("Dry run: all \(plan.branches.count) branches are valid; nothing was written.")
            return
        }
        let now = app.clock.now()
        let actor = Principal(userID: nil, role: .admin, clientID: nil, label: "import: \((filePath as NSString).lastPathComponent)", email: nil, language: nil,
                              credential: .bearer(tokenID: UUID()))
        let written = try await app.db.write(app) { tx in try await BranchImport.write(plan, actor: actor, now: now, on: tx) }
        BranchCatalog.of(app).invalidate()
        context.console.print("Imported \(written) branches.")
    }
}
