import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

/// The demo's support tickets: every status, some breaches escalated, rated tickets, and a
/// cabinet user who sees its own.
@Suite("Demo support tickets")
struct DemoSupportTests {
    @Test func theDemoHasTicketsInEveryStatusBreachesAndRatings() async throws {
        try await withApp(clock: .demoDay) { app in
            try await DemoData.load(app, options: .init(orders: 40, clients: 15, seed: 5))
            let statuses = try await app.db.sql.raw("SELECT DISTINCT status FROM tickets").all().map { try $0.decode(column: "status", as: String.self) }
            #expect(Set(statuses) == Set(TicketStatus.allCases.map(\.rawValue)))
            let count: (String) async throws -> Int = { sql in
                try await app.db.sql.raw(SQLQueryString(sql)).first(decodingColumn: "n", as: Int.self) ?? 0
            }
            #expect(try await count("SELECT COUNT(*) AS n FROM tickets") == DemoSupport.ticketCount)
            #expect(try await count("SELECT COUNT(*) AS n FROM ticket_escalations") > 0)
            #expect(try await count("SELECT COUNT(*) AS n FROM tickets WHERE rating IS NOT NULL") > 0)
            #expect(try await count("SELECT COUNT(*) AS n FROM tickets WHERE resolved_at IS NOT NULL AND public_replies = 1") > 0)
            #expect(try await count("SELECT COUNT(*) AS n FROM users WHERE email = '\(DemoSupport.clientEmail)' AND client_id IS NOT NULL") == 1)
        }
    }
}
