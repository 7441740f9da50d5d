import Fluent
import Foundation
import OrderCycleCore

/// Records the actual times of an order's six stages (DOMAIN §3.4).
struct Stages {
    let db: any Database
    let orderID: UUID
    /// The language of the refusals a person sees (the order page's stage buttons).
    var lang: Language = .en

    func record(_ stage: Stage) async throws -> StageRecord {
        if let existing = try await StageRecord.query(on: db).filter(\.$orderID == orderID).filter(\.$stage == stage).first() {
            return existing
        }
        let record = StageRecord(orderID: orderID, stage: stage)
        try await record.create(on: db)
        return record
    }

    func start(_ stage: Stage, at: Date) async throws {
        let r = try await record(stage)
        guard r.startedAt == nil, !r.skipped else { throw Problem(.conflict, detail: lang.t("The \(stage.rawValue) stage has already started or was skipped", "Этап \(stage.rawValue) уже начат или пропущен")) }
        r.startedAt = at
        try await r.update(on: db)
    }

    func finish(_ stage: Stage, at: Date) async throws {
        let r = try await record(stage)
        guard let started = r.startedAt, r.finishedAt == nil else {
            throw Problem(.conflict, detail: lang.t("The \(stage.rawValue) stage must be started (and not finished) to finish it",
                                                    "Завершить можно только начатый и ещё не завершённый этап \(stage.rawValue)"))
        }
        guard at >= started else { throw Problem.field("at", lang.t("must not be before the stage started", "не может быть раньше начала этапа")) }
        r.finishedAt = at
        try await r.update(on: db)
    }

    func skip(_ stage: Stage, reason: String) async throws {
        let r = try await record(stage)
        guard r.startedAt == nil else { throw Problem(.conflict, detail: lang.t("A stage that has started cannot be skipped", "Начатый этап нельзя пропустить")) }
        r.skipped = true
        r.skipReason = reason
        try await r.update(on: db)
    }

    func startIfUnrecorded(_ stage: Stage, at: Date) async throws {
        let r = try await record(stage)
        if r.startedAt == nil, !r.skipped { r.startedAt = at; try await r.update(on: db) }
    }

    func finishIfOpen(_ stage: Stage, at: Date) async throws {
        let r = try await record(stage)
        if let started = r.startedAt, r.finishedAt == nil, at >= started { r.finishedAt = at; try await r.update(on: db) }
    }

    func recordIfUnrecorded(_ stage: Stage, from: Date, to: Date) async throws {
        let r = try await record(stage)
        if r.startedAt == nil, !r.skipped { r.startedAt = from; r.finishedAt = max(from, to); try await r.update(on: db) }
    }

    func skipIfUnrecorded(_ stage: Stage, reason: String) async throws {
        let r = try await record(stage)
        if r.startedAt == nil, !r.skipped { r.skipped = true; r.skipReason = reason; try await r.update(on: db) }
    }
}
