import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Drafting, agreeing and approving an order's execution plan. The first draft is proposed from
/// the products' stage norms: stages run one after another from the moment the order was
/// received, skipping technical preparation for repeat products and the production stages for
/// orders shipped from stock. An approved plan is never edited: a change is a new revision
/// with a reason, and the old one is kept.
enum ExecutionPlanning {
    struct Window: Sendable { var start: Date?; var end: Date?; var skipped: Bool }

    static func current(of orderID: UUID, on db: any Database) async throws -> ExecutionPlan? {
        try await ExecutionPlan.query(on: db).filter(\.$orderID == orderID).filter(\.$current == true).first()
    }

    static func currentStages(of orderID: UUID, on db: any Database) async throws -> [Stage: (start: Date?, end: Date?)] {
        guard let plan = try await current(of: orderID, on: db), let planID = plan.id else { return [:] }
        var result: [Stage: (start: Date?, end: Date?)] = [:]
        for s in try await PlanStage.query(on: db).filter(\.$planID == planID).all() where !s.skipped {
            result[s.stage] = (s.plannedStart, s.plannedEnd)
        }
        return result
    }

    /// The proposal from the norms, one stage after another.
    static func propose(for order: Order, on db: any Database) async throws -> [Stage: Window] {
        let id = try order.requireID()
        let productIDs = try await OrderLine.query(on: db).filter(\.$orderID == id).all().map(\.productID)
        let products = try await Product.query(on: db).filter(\.$id ~~ Array(Set(productIDs))).all()
        let needsTechnical = products.contains(where: \.isNew)
        let madeToOrder = products.contains(where: \.madeToOrder)
        var cursor = order.receivedAt ?? order.createdAt
        var windows: [Stage: Window] = [:]
        for stage in Stage.allCases {
            let skipped = (stage == .technicalPreparation && !needsTechnical)
                || ([.materials, .launchPreparation, .production].contains(stage) && !madeToOrder)
            if skipped { windows[stage] = Window(start: nil, end: nil, skipped: true); continue }
            let hours = products.map { $0.normHours.hours[stage] ?? StageNorms.standard.hours[stage] ?? 0 }.max() ?? StageNorms.standard.hours[stage] ?? 0
            let end = cursor.addingTimeInterval(Double(hours) * 3600)
            windows[stage] = Window(start: cursor, end: end, skipped: false)
            cursor = end
        }
        return windows
    }

    /// The current plan, drafting one from the norms when the order has none yet.
    static func ensure(for order: Order, by actor: Principal, now: Date, on db: any Database) async throws -> ExecutionPlan {
        let id = try order.requireID()
        if let plan = try await current(of: id, on: db) { return plan }
        return try await newRevision(for: order, from: try await propose(for: order, on: db), revision: 1, reason: nil, by: actor, now: now, on: db)
    }

    static func newRevision(for order: Order, from windows: [Stage: Window], revision: Int, reason: String?, by actor: Principal, now: Date, on db: any Database) async throws -> ExecutionPlan {
        let plan = ExecutionPlan()
        plan.id = UUID()
        plan.version = 1
        plan.orderID = try order.requireID()
        plan.revision = revision
        plan.state = .draft
        plan.current = true
        plan.reason = reason
        plan.createdBy = actor.userID
        plan.createdAt = now
        try await plan.create(on: db)
        for stage in Stage.allCases {
            let w = windows[stage] ?? Window(start: nil, end: nil, skipped: true)
            try await PlanStage(planID: try plan.requireID(), stage: stage, start: w.start, end: w.end, skipped: w.skipped).create(on: db)
        }
        return plan
    }

    /// Replaces the windows of an editable plan; an agreed plan that is edited goes back to draft.
    static func edit(_ plan: ExecutionPlan, windows: [Stage: Window], lang: Language = .en, on db: any Database) async throws {
        guard plan.state.isEditable else {
            throw Problem(.conflict, detail: lang.t("An approved plan is not edited; start a new revision with a reason",
                                                    "Утверждённый план не меняют; начните новую редакцию с причиной"))
        }
        var errors: [Problem.FieldError] = []
        for (stage, w) in windows where !w.skipped {
            if let s = w.start, let e = w.end, e < s { errors.append(.init(field: "\(stage.rawValue).end", message: lang.t("must not be before the start", "не может быть раньше начала"))) }
        }
        if !errors.isEmpty { throw Problem.validation(errors) }
        let planID = try plan.requireID()
        for s in try await PlanStage.query(on: db).filter(\.$planID == planID).all() {
            guard let w = windows[s.stage] else { continue }
            s.plannedStart = w.skipped ? nil : w.start
            s.plannedEnd = w.skipped ? nil : w.end
            s.skipped = w.skipped
            try await s.update(on: db)
        }
        plan.state = .draft
        plan.agreedAt = nil
        plan.agreedBy = nil
    }

    /// Draft → agreed → approved, recording who and when.
    static func advance(_ plan: ExecutionPlan, by actor: Principal, at now: Date, lang: Language = .en) throws {
        guard let next = plan.state.next else { throw Problem(.illegalTransition, detail: lang.t("The plan is already approved", "План уже утверждён")) }
        switch next {
        case .agreed: plan.agreedBy = actor.userID; plan.agreedAt = now
        case .approved: plan.approvedBy = actor.userID; plan.approvedAt = now
        case .draft: break
        }
        plan.state = next
    }

    /// A new revision that copies the current windows; the old revision stays as history.
    static func revise(_ plan: ExecutionPlan, order: Order, reason: String, by actor: Principal, now: Date, on db: any Database) async throws -> ExecutionPlan {
        let planID = try plan.requireID()
        var windows: [Stage: Window] = [:]
        for s in try await PlanStage.query(on: db).filter(\.$planID == planID).all() {
            windows[s.stage] = Window(start: s.plannedStart, end: s.plannedEnd, skipped: s.skipped)
        }
        plan.current = false
        try await plan.update(on: db)
        return try await newRevision(for: order, from: windows, revision: plan.revision + 1, reason: reason, by: actor, now: now, on: db)
    }
}
