import Fluent
import Vapor

/// `ordercycle demo [--orders N] [--clients N] [--seed S]`: fills a deterministic demo and
/// volume data set into the configured database.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "orders") var orders: Int?
        @Option(name: "clients") var clients: Int?
        @Option(name: "seed") var seed: Int?
    }

    var help: String { "Fills a deterministic demo data set (staff, clients, orders)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareStorage(app)
        try await app.autoMigrate()
        try await QualityRollupRebuild.recoverInterruptedLoad(app)
        let options = DemoData.Options(orders: signature.orders ?? 2_000, clients: signature.clients ?? 200, seed: UInt64(signature.seed ?? 42))
        let started = ContinuousClock.now
        let summary = try await DemoData.load(app, options: options)
        context.console.print("Demo data loaded in \(String(format: "%.1f", started.duration(to: .now).seconds)) s: \(summary)")
    }
}
