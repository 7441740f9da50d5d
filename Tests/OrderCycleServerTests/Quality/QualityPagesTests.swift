import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("The dashboard, its exports, cost of service and the breaches on the home page")
struct QualityPagesTests {
    func loggedIn(_ app: Application, role: Role) async throws -> Browser {
        let (user, _) = try await makeUser(app, role: role, password: "correct horse")
        let browser = Browser(app)
        _ = try await browser.logIn(email: user.email, password: "correct horse")
        return browser
    }

    @Test func dashboardInBothLanguagesWithBreachesInRedAndTrends() async throws {
        try await withApp { app in
            _ = try await MarchWorld.make(app)
            let browser = try await loggedIn(app, role: .analyst)
            let en = try await browser.get("/quality?period=2026-03&group=segment")
            #expect(en.status == .ok)
            #expect(en.text.contains("Stockout probability"))
            #expect(en.text.contains("50.0 %"))
            #expect(en.text.contains("class=\"breach\""))
            #expect(en.text.contains("<svg class=\"trend\""))
            #expect(en.text.contains("Bottleneck stage"))
            #expect(en.text.contains("/quality/orders?period=2026-03&amp;group=segment&amp;key="))
            _ = try await browser.post("/language", form: ["language": "ru", "next": "/quality?period=2026-03"])
            let russian = try await browser.get("/quality?period=2026-03")
            #expect(russian.text.contains("Вероятность дефицита"))
            #expect(russian.text.contains("Узкое место"))
        }
    }

    @Test func badPeriodShowsAMessageNotAnError() async throws {
        try await withApp { app in
            let browser = try await loggedIn(app, role: .manager)
            let page = try await browser.get("/quality?period=yesterday")
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains("role=\"alert\""))
            #expect(try await browser.get("/quality").status == .ok)
        }
    }

    @Test func printableViewAndExports() async throws {
        try await withApp { app in
            _ = try await MarchWorld.make(app)
            let browser = try await loggedIn(app, role: .admin)
            let print = try await browser.get("/quality/print?period=2026-03")
            #expect(print.status == .ok)
            #expect(print.text.contains("printable"))
            #expect(!print.text.contains("id=\"show-quality\""))
            let csv = try await browser.get("/quality/export.csv?period=2026-03&group=segment")
            #expect(csv.headers.contentType?.subType == "csv")
            let lines = csv.text.split(separator: "\r\n")
            #expect(lines.count == 1 + 3 * QualityIndicator.allCases.count) // total + two segments
            // One unit per column: P, shown as 50 % on the page, is the fraction 0.5 like every other figure.
            #expect(lines.first == "period,grouping,group_key,group,indicator,symbol,value_fraction,target_fraction,alert_threshold_fraction,status,orders,consumers")
            #expect(lines.contains { $0.hasPrefix("2026-03,segment,all,All orders,stockout_probability,P,0.5,") })
            let json = try await browser.get("/quality/export.json?period=2026-03")
            let dto = try json.decoded(QualityDashboardDTO.self)
            #expect(close(dto.total.value(.stockoutProbability), 50))
        }
    }

    @Test func csvFieldsAreQuotedAndFormulasNeutralised() {
        #expect(QualityPages.csvField("a,b") == "\"a,b\"")
        #expect(QualityPages.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(QualityPages.csvField("=SUM(A1)") == "'=SUM(A1)")
        #expect(QualityPages.csvField("-0.5") == "-0.5")
    }

    @Test func costOfServiceFindsTheOptimum() async throws {
        try await withApp { app in
            let (_, token) = try await makeUser(app, role: .analyst)
            let body: [String: [[String: Double]]] = [
                "cost": [["level": 80, "amount": 100], ["level": 90, "amount": 150], ["level": 100, "amount": 400]],
                "loss": [["level": 80, "amount": 400], ["level": 90, "amount": 200], ["level": 100, "amount": 100]],
            ]
            let response = try await app.api(.POST, "/api/v1/quality/cost-of-service", headers: .bearer(token), json: body)
            #expect(response.status == .ok)
            let optimum = response.json["optimum"] as? [String: Double]
            #expect(optimum?["level"] == 90)
            #expect(optimum?["total"] == 350)
            let tooFew = try await app.api(.POST, "/api/v1/quality/cost-of-service", headers: .bearer(token),
                                           json: ["cost": [["level": 80.0, "amount": 1.0]], "loss": [[String: Double]]()])
            #expect(tooFew.status == .unprocessableEntity)

            let browser = try await loggedIn(app, role: .analyst)
            #expect(try await browser.get("/quality/cost").text.contains("id=\"optimum\""))
            let page = try await browser.post("/quality/cost", form: ["cost": "80 100\n90 150\n100 400", "loss": "80 400\n90 200\n100 100"])
            #expect(page.status == .ok)
            #expect(page.text.contains("Optimum service level: 90"))
            #expect(page.text.contains("class=\"cost-chart\""))
            let bad = try await browser.post("/quality/cost", form: ["cost": "80 a", "loss": "80 1\n90 2"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Line 1"))
        }
    }

    @Test func lossesComeFromClaimsAndLostOrders() async throws {
        try await withApp { app in
            _ = try await MarchWorld.make(app)
            let (_, token) = try await makeUser(app, role: .analyst)
            let response = try await app.api(.GET, "/api/v1/quality/cost-of-service/losses?period=2026-03", headers: .bearer(token))
            let periods = response.json["periods"] as? [[String: Any]] ?? []
            #expect(periods.count == 12)
            // March: η 4/5 = 80 %; o2 and o5 drew claims, 100.00 each
            let march = periods.last
            #expect(march?["level"] as? Double == 80)
            #expect(march?["loss"] as? Double == 200)
        }
    }

    @Test func breachesThisMonthAreOnTheHomePagesOfTheResponsible() async throws {
        try await withApp { app in
            let f = QualityFixture(app: app)
            let (manager, _) = try await makeUser(app, role: .manager, password: "correct horse")
            let segment = try await f.segment("retail", en: "Retail", ru: "Розница")
            let client = try await f.client("Client One", segment: segment, manager: try manager.requireID())
            let calendar = CompanyCalendar(timeZone: app.appConfig.timeZone)
            let today = calendar.day(of: Date()).description
            try await f.order(.init(client: client, segment: segment, manager: try manager.requireID(), received: today, status: "placed", claims: 1))
            let managerBrowser = Browser(app)
            _ = try await managerBrowser.logIn(email: manager.email, password: "correct horse")
            let home = try await managerBrowser.get("/")
            #expect(home.text.contains("id=\"quality-breaches\""))
            #expect(home.text.contains("Retail: Y"))
            let analyst = try await loggedIn(app, role: .analyst)
            #expect(try await analyst.get("/").text.contains("Retail: Y"))
            let other = try await loggedIn(app, role: .manager)
            let otherHome = try await other.get("/").text
            #expect(otherHome.contains("id=\"quality-breaches\""))
            #expect(!otherHome.contains("Retail: Y"))
            let worker = try await loggedIn(app, role: .worker)
            #expect(!(try await worker.get("/").text.contains("quality-breaches")))
        }
    }
}

@Suite("Reporting periods")
struct QualityPeriodTests {
    @Test func writtenFormsReadBack() throws {
        for text in ["2026-03", "2026-Q1", "2026", "2026-01-05..2026-02-10"] {
            #expect(QualityPeriod(text)?.label == text)
        }
        let quarter = try #require(QualityPeriod("2026-Q4"))
        #expect(quarter.first.description == "2026-10-01")
        #expect(quarter.last.description == "2026-12-31")
        #expect(QualityPeriod("2024-02")?.last.description == "2024-02-29")
    }

    @Test func nonsenseIsRefused() {
        for text in ["2026-13", "2026-Q5", "26", "2026-02-10..2026-01-05", "2026-02-30..2026-03-01", "", "2000-01-01..2026-01-01"] {
            #expect(QualityPeriod(text) == nil, "\(text)")
        }
    }

    @Test func trendsStepBackByTheirKind() {
        #expect(QualityPeriod("2026-02")!.trend(3).map(\.label) == ["2025-12", "2026-01", "2026-02"])
        #expect(QualityPeriod("2026-Q1")!.trend(2).map(\.label) == ["2025-Q4", "2026-Q1"])
        #expect(QualityPeriod("2026")!.trend(2).map(\.label) == ["2025", "2026"])
        #expect(QualityPeriod("2026-01-05..2026-02-10")!.trend(2).map(\.label) == ["2026-01", "2026-02"])
    }
}
