import Foundation
import OrderCycleCore
import Vapor

/// A task as a card on the board and as an item of task lists: what a person needs to pick
/// the next piece of work. `overdue` is judged at the moment of the read.
struct TaskCardDTO: Content, Sendable, Equatable {
    var id: UUID
    var version: Int
    var board_id: UUID
    var column_id: UUID
    var rank: Double
    var title: String
    var status: String
    var priority: String
    var direction: String
    var source: String
    var responsible_id: UUID
    var responsible_name: String
    var deadline: Date
    var overdue: Bool
    var client_id: UUID?
    var order_id: UUID?
    var claim_id: UUID?
    var visible_to_client: Bool
}

/// One task in full: the card's fields and what belongs to it.
struct TaskDTO: Content, Sendable {
    var id: UUID
    var version: Int
    var board_id: UUID
    var board_name: String
    var column_id: UUID
    var column_name: String
    var rank: Double
    var title: String
    var description: String?
    var status: String
    var priority: String
    var direction: String
    var source: String
    var responsible_id: UUID
    var responsible_name: String
    var creator_id: UUID?
    var coworker_ids: [UUID]
    var deadline: Date
    var deadline_original: Date
    var overdue: Bool
    var client_id: UUID?
    var order_id: UUID?
    var claim_id: UUID?
    var call_id: UUID?
    var visible_to_client: Bool
    var created_at: Date
    var updated_at: Date
    var done_at: Date?
    var checklist: [ChecklistItemDTO]
    var comments: [TaskCommentDTO]
    var renegotiations: [DeadlineRenegotiationDTO]
    /// What the change went through despite (a soft column limit), in the user's language.
    var warnings: [WorkWarningDTO]?
}

struct ChecklistItemDTO: Content, Sendable, Equatable {
    var id: UUID
    var position: Int
    var text: String
    var done: Bool
    var done_at: Date?
}

struct TaskCommentDTO: Content, Sendable, Equatable {
    var id: UUID
    var author_id: UUID?
    var author: String
    var body: String
    var at: Date
}

struct DeadlineRenegotiationDTO: Content, Sendable, Equatable {
    var id: UUID
    var previous_deadline: Date
    var new_deadline: Date
    var reason: String
    var agreed_by: String
    var recorded_by_id: UUID?
    var at: Date
}

/// A change that went through with a caution: `column_over_limit` when a soft WIP limit is exceeded.
struct WorkWarningDTO: Content, Sendable, Equatable {
    var code: String
    var message: String
}

struct BoardSummaryDTO: Content, Sendable {
    var id: UUID
    var version: Int
    var name: String
    var team_id: UUID
    var team_name: String
}

/// A board with its columns in order, each column with its WIP limit, its count and its first
/// cards in rank order (`next_cursor` pages on through `GET /api/v1/boards/{id}/columns/{column}/cards`).
struct BoardDTO: Content, Sendable {
    var id: UUID
    var version: Int
    var name: String
    var team_id: UUID
    var team_name: String
    var columns: [BoardColumnDTO]
}

struct BoardColumnDTO: Content, Sendable {
    var id: UUID
    var position: Int
    /// In the user's language; both are given too.
    var name: String
    var name_en: String
    var name_ru: String
    var status: String
    /// `null` for a column without a limit: the key is always present.
    var wip_limit: Int?
    var wip_strict: Bool
    var task_count: Int
    var over_limit: Bool
    var cards: [TaskCardDTO]
    var next_cursor: String?

    enum CodingKeys: String, CodingKey {
        case id, position, name, name_en, name_ru, status, wip_limit, wip_strict, task_count, over_limit, cards, next_cursor
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(position, forKey: .position)
        try c.encode(name, forKey: .name)
        try c.encode(name_en, forKey: .name_en)
        try c.encode(name_ru, forKey: .name_ru)
        try c.encode(status, forKey: .status)
        try c.encode(wip_limit, forKey: .wip_limit)
        try c.encode(wip_strict, forKey: .wip_strict)
        try c.encode(task_count, forKey: .task_count)
        try c.encode(over_limit, forKey: .over_limit)
        try c.encode(cards, forKey: .cards)
        try c.encodeIfPresent(next_cursor, forKey: .next_cursor)
    }
}

/// A supervisor's override as the API shows it.
struct GateOverrideDTO: Content, Sendable {
    var id: UUID
    var supervisor_id: UUID
    var employee_id: UUID
    var reason: String
    var created_at: Date
    var used_at: Date?
    var used_task_id: UUID?
}
