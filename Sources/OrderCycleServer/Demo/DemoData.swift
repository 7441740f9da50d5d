import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The demo data set: deterministic for a seed, so screenshots, tests and benchmarks agree.
/// Each area adds its part here as it lands.
enum DemoData {
    struct Options: Sendable {
        var orders: Int
        var clients: Int
        var seed: UInt64
    }

    struct StaffMember: Sendable {
        var email: String
        var name: String
        var role: Role
    }

    static let password = "ordercycle"

    static let staff: [StaffMember] = [
        .init(email: "admin@ordercycle.demo", name: "Олена Адмін", role: .admin),
        .init(email: "manager@ordercycle.demo", name: "Ирина Клиентова", role: .manager),
        .init(email: "operator@ordercycle.demo", name: "Oleh Hotline", role: .operator),
        .init(email: "logistician@ordercycle.demo", name: "Павел Логистов", role: .logistician),
        .init(email: "worker@ordercycle.demo", name: "Taras Sklad", role: .worker),
        .init(email: "analyst@ordercycle.demo", name: "Anna Analytics", role: .analyst),
    ]

    /// Loads the demo set when the database holds no users yet; never touches a used database.
    static func loadIfEmpty(_ app: Application) async throws {
        guard try await User.query(on: app.db).count() == 0 else { return }
        _ = try await load(app, options: Options(orders: 2_000, clients: 200, seed: 42))
    }

    @discardableResult
    static func load(_ app: Application, options: Options) async throws -> String {
        let hash = try await app.password.async.hash(password)
        let created = try await app.db.write(app) { tx -> Int in
            var count = 0
            for member in staff where try await User.query(on: tx).filter(\.$email == member.email).count() == 0 {
                try await User(email: member.email, passwordHash: hash, displayName: member.name, role: member.role).create(on: tx)
                count += 1
            }
            return count
        }
        let now = app.clock.now()
        // Each part's own time, so a slow load says which part it was.
        var parts: [String] = []
        func timed<T>(_ name: String, _ part: () async throws -> T) async rethrows -> T {
            let started = ContinuousClock.now
            defer { parts.append("\(name) \(String(format: "%.1f", (ContinuousClock.now - started).seconds)) s") }
            return try await part()
        }
        try await timed("company") { try await DemoCompany.generate(app, now: now) }
        try await timed("clients") { try await DemoClients.generate(app, clients: options.clients, seed: options.seed, now: now) }
        let orders = try await timed("orders") { try await DemoOrders.generate(app, orders: options.orders, seed: options.seed, until: now) }
        try await timed("work") { try await DemoWork.generate(app, seed: options.seed, now: now) }
        try await timed("support") { try await DemoSupport.generate(app, seed: options.seed, now: now) }
        // The service catalog before the branches: a branch offers the catalog's services only.
        try await timed("services") { try await DemoServices.generate(app, seed: options.seed, now: now) }
        try await timed("branches") { try await DemoBranches.generate(app, seed: options.seed, now: now) }
        try await timed("invitations") { try await DemoInvitations.generate(app, now: now) }
        return "\(created) staff users, \(orders) orders (\(parts.joined(separator: ", ")))"
    }
}
