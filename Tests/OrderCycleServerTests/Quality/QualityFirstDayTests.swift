import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// The dashboard as it is met on the 1st of a month and with a wrong period: never a breach
/// from nothing, drill-downs that lead to their orders in the reader's language, and a form
/// that keeps what was typed.
@Suite("The dashboard on the first day of a month")
struct QualityFirstDayTests {
    /// 2026-04-01 09:00 in Kyiv (UTC+3): March has orders, April none yet.
    static let firstOfApril = Date(timeIntervalSince1970: 1_775_023_200)

    func analyst(_ app: Application) async throws -> Browser {
        let (user, _) = try await makeUser(app, role: .analyst, password: "correct horse")
        let browser = Browser(app)
        _ = try await browser.logIn(email: user.email, password: "correct horse")
        return browser
    }

    @Test func onTheFirstTheDashboardShowsTheLastCompleteMonth() async throws {
        try await withApp(clock: ManualClock(Self.firstOfApril).clock, { $0.timeZone = TimeZone(identifier: "Europe/Kyiv")! }) { app in
            _ = try await MarchWorld.make(app)
            let browser = try await analyst(app)
            let page = try await browser.get("/quality")
            #expect(page.status == .ok)
            #expect(page.text.contains("· 2026-03</h1>"))
            #expect(page.text.contains("id=\"last-complete-month\""))
            #expect(!page.text.contains("id=\"no-data-yet\""))
        }
    }

    @Test func aPeriodWithoutOrdersSaysNoDataAndShowsNoBreach() async throws {
        try await withApp(clock: ManualClock(Self.firstOfApril).clock, { $0.timeZone = TimeZone(identifier: "Europe/Kyiv")! }) { app in
            _ = try await MarchWorld.make(app)
            let browser = try await analyst(app)
            let page = try await browser.get("/quality?period=2026-04")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"no-data-yet\""))
            #expect(!page.text.contains("indicator breach"), "an indicator of an empty month is judged")
            #expect(!page.text.contains("badge bad"))
        }
    }

    @Test func drillDownRowsLinkToTheirOrdersAndNameStatusesInRussian() async throws {
        try await withApp { app in
            let world = try await MarchWorld.make(app)
            let browser = try await analyst(app)
            let ru = try await browser.get("/quality/orders?period=2026-03", headers: ["Accept-Language": "ru"])
            #expect(ru.text.contains("href=\"/orders/\(world.orders[0].uuidString)\""))
            #expect(ru.text.contains(">\(OrderStatus.placed.name(.ru))</td>"))
            #expect(!ru.text.contains(">delivered</td>") && !ru.text.contains(">placed</td>"))
        }
    }

    @Test func aWrongPeriodKeepsTheFormAndSaysWhatIsWrongInRussian() async throws {
        try await withApp { app in
            let browser = try await analyst(app)
            let page = try await browser.get("/quality?period=вчера&group=segment", headers: ["Accept-Language": "ru"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains("id=\"period-error\">укажите месяц"))
            #expect(page.text.contains("value=\"вчера\""))
            #expect(page.text.contains("<option value=\"segment\" selected>"))
        }
    }
}
