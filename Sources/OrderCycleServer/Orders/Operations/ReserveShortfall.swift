import Fluent
import Foundation
import OrderCycleCore

/// Tops up the reservation of a placed order that stock did not cover, from what has arrived
/// since (see `OrderShortfall`, which placing shares).
struct ReserveShortfall: Sendable {
    let orderID: UUID
    let expectedVersion: Int?

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> Order {
        try await OrderShortfall(db: db, actor: actor, now: now).reserve(orderID: orderID, expectedVersion: expectedVersion)
    }
}
