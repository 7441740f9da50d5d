import Foundation

/// Where a support ticket stands (DOMAIN §2.3 Decision: support tickets with priority and SLA
/// targets). A ticket is `new` until an operator takes it up, `open` while the company works on
/// it, `waiting_for_client` while the answer is the client's to give (its SLA clocks stand
/// still then), `resolved` once the company considers it done, and `closed` when the client
/// confirms or the matter is settled. The raw values are what the API and the database hold.
public enum TicketStatus: String, CaseIterable, Codable, Sendable {
    case new
    case open
    case waitingForClient = "waiting_for_client"
    case resolved
    case closed

    /// Still asks for work from the company: counted as an open request on the call card.
    public var isOpen: Bool { self != .resolved && self != .closed }

    /// The SLA clocks stand still: the next move is the client's.
    public var pausesSLA: Bool { self == .waitingForClient }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.new, .en): "New"
        case (.new, .ru): "Новая"
        case (.open, .en): "Open"
        case (.open, .ru): "В работе"
        case (.waitingForClient, .en): "Waiting for client"
        case (.waitingForClient, .ru): "Ждём клиента"
        case (.resolved, .en): "Resolved"
        case (.resolved, .ru): "Решена"
        case (.closed, .en): "Closed"
        case (.closed, .ru): "Закрыта"
        }
    }
}

/// Who moves a ticket: the company's staff or the client it belongs to.
public enum TicketParty: Sendable, Hashable {
    case staff
    case client
}

/// Which status changes a party may make (DOMAIN §2.3; the issue's "reopen by the client within
/// a configurable window"). Staff move the work along: take it up, ask the client, resolve,
/// close, and reopen a resolved ticket. A client answers (back to open), confirms a resolution
/// (closes), or reopens a resolved or closed ticket while the reopen window since the
/// resolution lasts; after that a new ticket is the way.
public enum TicketTransitions {
    /// **Decision** (not in the source texts): a client may reopen for 7 days after resolution.
    public static let defaultReopenWindow: TimeInterval = 7 * 24 * 3600

    public enum Refusal: Error, Hashable, Sendable {
        /// The step is not one this party may take from this status.
        case notAllowed(from: TicketStatus, to: TicketStatus)
        /// The client's reopen window has passed.
        case reopenWindowPassed

        public var code: String {
            switch self {
            case .notAllowed: "not_allowed"
            case .reopenWindowPassed: "reopen_window_passed"
            }
        }

        public func message(_ language: Language) -> String {
            switch (self, language) {
            case let (.notAllowed(from, to), .en): "A ticket cannot go from “\(from.name(.en))” to “\(to.name(.en))” this way."
            case let (.notAllowed(from, to), .ru): "Заявку нельзя перевести из «\(from.name(.ru))» в «\(to.name(.ru))»."
            case (.reopenWindowPassed, .en): "The time to reopen this ticket has passed: please open a new one."
            case (.reopenWindowPassed, .ru): "Срок, когда заявку можно было открыть заново, истёк: создайте новую."
            }
        }
    }

    /// The statuses `party` may move a ticket to from `from` (the window counted from `resolvedAt`).
    public static func allowed(from: TicketStatus, by party: TicketParty, resolvedAt: Date?, now: Date,
                               reopenWindow: TimeInterval = defaultReopenWindow) -> [TicketStatus] {
        TicketStatus.allCases.filter { check(from: from, to: $0, by: party, resolvedAt: resolvedAt, now: now, reopenWindow: reopenWindow) == nil }
    }

    /// Why `party` may not move the ticket from `from` to `to`, or nil when it may.
    public static func check(from: TicketStatus, to: TicketStatus, by party: TicketParty, resolvedAt: Date?, now: Date,
                             reopenWindow: TimeInterval = defaultReopenWindow) -> Refusal? {
        switch (party, from, to) {
        case (.staff, .new, .open), (.staff, .new, .waitingForClient), (.staff, .new, .resolved),
             (.staff, .open, .waitingForClient), (.staff, .open, .resolved),
             (.staff, .waitingForClient, .open), (.staff, .waitingForClient, .resolved),
             (.staff, .resolved, .open), (.staff, .resolved, .closed):
            return nil
        case (.client, .waitingForClient, .open), (.client, .resolved, .closed):
            return nil
        case (.client, .resolved, .open), (.client, .closed, .open):
            guard let resolvedAt, now.timeIntervalSince(resolvedAt) <= reopenWindow else { return .reopenWindowPassed }
            return nil
        default:
            return .notAllowed(from: from, to: to)
        }
    }
}
