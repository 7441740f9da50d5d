import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// The caller's card is read on the quick connections (`SQLiteQuickReads`), whose statements
/// stay prepared: a lookup of another number binds it to the same statement and nothing is
/// planned anew.
@Suite("Caller lookups on the quick connections")
struct QuickReadsTests {
    @Test func aCardReadForEachNewNumberReusesItsPreparedStatement() async throws {
        try await withApp { app in
            guard let quick = app.storage[SQLiteQuickReadsKey.self] else { return }  // PostgreSQL: the pool answers
            let phones = ["+380 44 700 11 22", "+380 44 700 11 23", "+380 44 700 11 24"]
            let w = try await CallCardCacheTests.world(app, phones: phones)
            for (i, number) in (phones + ["+380 44 799 00 00"]).enumerated() {
                let card = try await CallCardCacheTests.lookup(app, number, token: w.token)
                #expect(card.known == (i < phones.count), "\(number)")
                #expect(card.client?.id == (i < phones.count ? w.client.id : nil))
            }
            #expect(quick.timesReprepared == 0)
        }
    }
}
