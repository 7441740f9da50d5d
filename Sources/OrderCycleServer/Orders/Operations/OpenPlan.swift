import Fluent
import Foundation
import OrderCycleCore

/// The order's current execution plan, drafted from the products' stage norms the first time
/// anyone opens it (see `ExecutionPlanning`). Reading the plan can therefore write, so it runs
/// in a write transaction like the plan's other operations, which all start here.
struct OpenPlan: Sendable {
    let orderID: UUID

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> (order: Order, plan: ExecutionPlan) {
        let order = try await OrderReading.visibleOrder(orderID, to: actor, on: db)
        return (order, try await ExecutionPlanning.ensure(for: order, by: actor, now: now, on: db))
    }
}
