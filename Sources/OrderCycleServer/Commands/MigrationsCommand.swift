import Fluent
import Foundation
import Vapor

/// `ordercycle migrate [--yes] [--revert]`: lists the migrations that will run and runs them.
/// It asks before running only when a person is at a terminal; in a deploy script or a
/// container (stdin not a terminal), or with `--yes`, it runs without asking — it never waits
/// for an answer that cannot come.
struct MigrationsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "yes", short: "y", help: "Run without asking") var yes: Bool
        @Flag(name: "revert", help: "Revert the last batch of migrations") var revert: Bool
    }

    var help: String { "Applies the migrations (asks first only at a terminal; --yes never asks)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareStorage(app)
        try await app.migrator.setupIfNeeded().get()
        let planned = signature.revert
            ? try await app.migrator.previewRevertLastBatch().get()
            : try await app.migrator.previewPrepareBatch().get()
        guard !planned.isEmpty else {
            context.console.print(signature.revert ? "No migrations to revert." : "No new migrations.")
            return
        }
        context.console.print(signature.revert ? "These migrations will be reverted:" : "These migrations will run:")
        for (migration, _) in planned { context.console.print("\(signature.revert ? "-" : "+") \(migration.name)") }
        if !signature.yes && isatty(STDIN_FILENO) == 1 {
            guard context.console.confirm("Continue?") else {
                context.console.warning("Nothing was migrated")
                throw ExitCode(1)
            }
        }
        if signature.revert {
            try await app.migrator.revertLastBatch().get()
        } else {
            try await app.migrator.prepareBatch().get()
        }
        context.console.print("Migrated")
    }
}
