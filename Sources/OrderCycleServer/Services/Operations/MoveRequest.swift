import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Takes a request one step (DOMAIN §2.4: the personal manager accepts special requests and
/// controls their execution): accepted or refused (with a reason), planned (who and, if it moves,
/// when), done, and closed satisfied or not (with a reason when not). The core's
/// `RequestTransitionCheck` decides; refusing or closing is the decision flexibility F counts,
/// and doing it is the service η counts as provided.
struct MoveRequest: Sendable {
    let requestID: UUID
    let to: ServiceRequestStatus
    let satisfied: Bool?
    let reason: String?
    let assigneeID: UUID?
    let scheduledAt: Date?
    let outsideHours: Bool?
    let expectedVersion: Int?
    let lang: Language

    init(requestID: UUID, _ input: TransitionInput, expectedVersion: Int?, calendar: CompanyCalendar, lang: Language = .en, now: Date) throws {
        var v = FieldInput(lang)
        let to = v.choice("to", input.to, as: ServiceRequestStatus.self, required: true)
        if to == .new { v.add("to", en: "must be one of: accepted, refused, planned, done, closed", ru: "допустимые значения: accepted, refused, planned, done, closed") }
        let reason = v.text("reason", input.reason, required: false, max: 2_000)
        let scheduled = input.scheduled_at == nil ? nil : v.moment("scheduled_at", input.scheduled_at)
        var outside: Bool?
        if let scheduled {
            switch RequestSchedule.check(scheduled, now: now, timeZone: calendar.timeZone) {
            case .inThePast: v.add("scheduled_at", en: "is in the past: choose a time from now on", ru: "уже прошло: выберите время не раньше текущего")
            case .outsideHours: outside = true
            case .inHours: outside = false
            }
            if to != .planned { v.add("scheduled_at", en: "is given only when planning", ru: "указывается только при планировании") }
        }
        if input.assignee_id != nil, to != .planned { v.add("assignee_id", en: "is given only when planning", ru: "указывается только при планировании") }
        if to == .planned, input.assignee_id == nil { v.add("assignee_id", en: "is required to plan: who does it?", ru: "обязательно для планирования: кто выполняет?") }
        if input.satisfied != nil, to != .closed { v.add("satisfied", en: "is given only when closing", ru: "указывается только при закрытии") }
        try v.check()
        guard let to else { throw Problem(.malformed) }
        (self.requestID, self.to, self.satisfied, self.reason, self.assigneeID) = (requestID, to, input.satisfied, reason, input.assignee_id)
        (self.scheduledAt, self.outsideHours, self.expectedVersion, self.lang) = (scheduled, outside, expectedVersion, lang)
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> ServiceRequestDTO {
        let before = try await ServicesAccess.visibleRequest(requestID, to: actor, on: db)
        guard actor.role.isStaff else { throw Problem(.forbidden) }
        let from = ServiceRequestStatus(rawValue: before.status) ?? .new
        let check = RequestTransitionCheck.check(from: from, to: to, satisfied: satisfied, reason: reason)
        switch check {
        case .allowed: break
        case .illegal: throw Problem(.illegalTransition, detail: check.message(lang))
        case .needs(let field): throw Problem.field(field, check.message(lang) ?? "")
        }
        if let assigneeID, try await db.sql.raw("SELECT id FROM users WHERE id = \(bind: assigneeID) AND active = \(bind: true) AND role <> 'client'").first() == nil {
            throw Problem.field("assignee_id", lang.t("is not an active staff member", "не является действующим сотрудником"))
        }
        let version = try await ETag.advance("service_requests", id: requestID, expected: expectedVersion, on: db)
        if to == .done { try await RequestWrites.moveGoods(before, by: actor, now: now, lang: lang, on: db) }
        var set: [SQLQueryString] = ["status = \(bind: to.rawValue)", "updated_at = \(bind: now)"]
        if let assigneeID { set.append("assignee_id = \(bind: assigneeID)") }
        if let scheduledAt, let outsideHours { set.append("scheduled_at = \(bind: scheduledAt)"); set.append("outside_hours = \(bind: outsideHours)") }
        if to == .done { set.append("done_at = \(bind: now)") }
        if to == .refused || to == .closed {
            set.append("decided_at = \(bind: now)")
            set.append("satisfied = \(bind: to == .closed ? satisfied : false)")
            set.append("reason = \(bind: reason)")
        }
        try await db.sql.raw("UPDATE service_requests SET " + set.joined(separator: ", ") + " WHERE id = \(bind: requestID)").run()
        guard let after = try await RequestQueries.request(requestID, on: db) else { throw Problem(.notFound) }
        if to.isDecided { try await RequestWrites.mirrorChange(after, by: actor, now: now, on: db) }
        try await ClaimRequest.follow(after, by: actor, now: now, on: db)
        // Planned for someone new: the request becomes a task in their work.
        if let assigneeID, assigneeID != before.assignee_id {
            try await AutomaticTasks.forServiceRequest(after, assignee: assigneeID, by: actor, now: now, on: db)
        }
        var old = before
        old.version = version - 1
        try await RequestWrites.audit(actor, .transition, before: old, after: after, now: now, on: db)
        return after
    }
}
