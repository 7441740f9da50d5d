/// What is recorded on one received order that the quality figures count (DOMAIN §4.4). A fact
/// that was not recorded is `nil`: an order not yet at its promised milestone has no `onTime`,
/// one whose cycle is not complete has no `cycleSeconds`.
public struct OrderFacts: Hashable, Sendable {
    public var status: OrderStatus
    /// The day it was received: the period it is reported in (DOMAIN §4.4 "Time semantics").
    public var receivedDay: CalendarDay
    public var promisedDay: CalendarDay?
    /// It was placed: stock was asked to satisfy it.
    public var isPlaced: Bool
    /// A line could not be fully reserved when it was placed.
    public var unsatisfiedFromStock: Bool
    /// The day it reached its promised milestone (delivery, or dispatch for some histories).
    public var reachedDay: CalendarDay?
    /// Reached the promised milestone on or before the promised day; `nil` until it reached it
    /// against a promise.
    public var onTime: Bool?
    /// Every line delivered in the ordered quantity; `nil` until delivered.
    public var inFull: Bool?
    /// T's expected and actual whole days, from receipt to the promise and to the milestone.
    public var expectedDays: Int?
    public var actualDays: Int?
    /// Claims made about it.
    public var claims: Int
    /// The seller's cycle and its interruptions, once the cycle is complete (DOMAIN §3.5).
    public var cycleSeconds: Int?
    public var interruptionSeconds: Int?

    public init(status: OrderStatus, receivedDay: CalendarDay, promisedDay: CalendarDay? = nil, isPlaced: Bool = false,
                unsatisfiedFromStock: Bool = false, reachedDay: CalendarDay? = nil, onTime: Bool? = nil, inFull: Bool? = nil,
                expectedDays: Int? = nil, actualDays: Int? = nil, claims: Int = 0, cycleSeconds: Int? = nil, interruptionSeconds: Int? = nil) {
        self.status = status
        self.receivedDay = receivedDay
        self.promisedDay = promisedDay
        self.isPlaced = isPlaced
        self.unsatisfiedFromStock = unsatisfiedFromStock
        self.reachedDay = reachedDay
        self.onTime = onTime
        self.inFull = inFull
        self.expectedDays = expectedDays
        self.actualDays = actualDays
        self.claims = claims
        self.cycleSeconds = cycleSeconds
        self.interruptionSeconds = interruptionSeconds
    }

    /// The month it is reported in, `"YYYY-MM"`.
    public var month: String { String(receivedDay.description.prefix(7)) }

    /// How it turned out, once it reached its promised milestone against a promise; `nil`
    /// before, so that it counts in no fulfilled-order figure.
    public var outcome: OrderOutcome? {
        onTime.map { OrderOutcome(onTime: $0, inFull: inFull == true, claimed: claims > 0) }
    }

    /// Whether η counts its promise as possible: an order not cancelled that carries a promised
    /// day, due on or before `dueBy` when given (the roll-ups count every promise).
    public func isPossible(dueBy: CalendarDay? = nil) -> Bool {
        guard status != .cancelled, let promisedDay else { return false }
        return dueBy.map { promisedDay <= $0 } ?? true
    }

    /// η by time's norm for it: whole days from received to promised, at least 1.
    public var promisedLeadDays: Int? {
        promisedDay.map { max(1, receivedDay.days(to: $0)) }
    }
}

/// What one order contributes to the quality figures, measure by measure: the one definition
/// the roll-up triggers, the rebuild, the bulk load and the live report queries count by
/// (DOMAIN §4.4). An indicator whose inputs were not recorded on an order leaves that order
/// out of its denominator as well as its numerator.
public enum OrderMeasure: String, QualityMeasure {
    /// Every received order: who had orders in the period (n).
    case orders
    /// P's `Q_i`: the orders placed.
    case placed
    /// P's `Qunsat_i`: placed orders not satisfied from stock.
    case unsatisfied
    /// K's `Q_done_i`: orders that reached their promised milestone against a promise.
    case fulfilled
    /// K's `Q_ontime_i`.
    case onTime = "on_time"
    /// OTIF's numerator: fulfilled on time and in full.
    case onTimeInFull = "otif"
    /// The perfect order's numerator: on time, in full, no claim.
    case perfect
    /// T's sums over the fulfilled orders (a day count not recorded adds 0).
    case expectedDays = "expected_days"
    case actualDays = "actual_days"
    /// Y's `Q_claims`: orders with at least one claim.
    case claimed
    /// η: orders whose promise is possible, and those of them that reached the milestone.
    case possible
    case provided
    /// η by time: the norms of the same orders, in days.
    case possibleNormDays = "possible_norm"
    case providedNormDays = "provided_norm"
    /// Cycle statistics over the orders whose cycle is complete.
    case cycles
    case cycleSeconds = "cycle_seconds"
    case interruptionSeconds = "interruption_seconds"
    /// Orders with a cycle longer than zero, over which stage shares are averaged.
    case measurableCycles = "measurable"

    /// What `order` adds to this measure; `dueBy` narrows the promises η counts as due.
    public func contribution(of order: OrderFacts, dueBy: CalendarDay? = nil) -> Int {
        func count(_ condition: Bool) -> Int { condition ? 1 : 0 }
        let outcome = order.outcome
        let provided = order.isPossible(dueBy: dueBy) && order.reachedDay != nil
        switch self {
        case .orders: return 1
        case .placed: return count(order.isPlaced)
        case .unsatisfied: return count(order.isPlaced && order.unsatisfiedFromStock)
        case .fulfilled: return count(outcome != nil)
        case .onTime: return count(outcome?.onTime == true)
        case .onTimeInFull: return count(outcome?.isOnTimeInFull == true)
        case .perfect: return count(outcome?.isPerfect == true)
        case .expectedDays: return outcome != nil ? order.expectedDays ?? 0 : 0
        case .actualDays: return outcome != nil ? order.actualDays ?? 0 : 0
        case .claimed: return count(order.claims > 0)
        case .possible: return count(order.isPossible(dueBy: dueBy))
        case .provided: return count(provided)
        case .possibleNormDays: return order.isPossible(dueBy: dueBy) ? order.promisedLeadDays ?? 0 : 0
        case .providedNormDays: return provided ? order.promisedLeadDays ?? 0 : 0
        case .cycles: return count(order.cycleSeconds != nil)
        case .cycleSeconds: return order.cycleSeconds ?? 0
        case .interruptionSeconds: return order.cycleSeconds != nil ? order.interruptionSeconds ?? 0 : 0
        case .measurableCycles: return count((order.cycleSeconds ?? 0) > 0)
        }
    }
}

/// An order's tallies, or their sum over many orders.
public typealias OrderTally = QualityTally<OrderMeasure>

extension QualityTally where Measure == OrderMeasure {
    /// What `order` contributes to every measure.
    public init(_ order: OrderFacts, dueBy: CalendarDay? = nil) {
        self.init { $0.contribution(of: order, dueBy: dueBy) }
    }
}

/// What one order line contributes to coverage (C's kinds of product ordered, H).
public enum LineMeasure: String, QualityMeasure {
    case lines

    public var contribution: Int { 1 }
}

/// What one stage of an order contributes to the stage statistics: a stage counts once it
/// took a measured time, not skipped, in an order whose cycle is complete.
public enum StageMeasure: String, QualityMeasure {
    case orders
    case seconds
    /// The stage's share of its order's cycle, in `shareScale`ths, so sums stay exact.
    case shareUnits = "share_units"

    /// A share of a cycle is kept as an integer number of billionths.
    public static let shareScale = 1_000_000_000

    /// Whether a stage counts: measured, not skipped, its order's cycle complete.
    public static func counts(skipped: Bool, seconds: Int?, cycleSeconds: Int?) -> Bool {
        !skipped && seconds != nil && cycleSeconds != nil
    }

    /// What a counted stage that took `seconds` of a cycle of `cycleSeconds` adds.
    public func contribution(seconds: Int, cycleSeconds: Int) -> Int {
        switch self {
        case .orders: 1
        case .seconds: seconds
        case .shareUnits: cycleSeconds > 0 ? seconds * Self.shareScale / cycleSeconds : 0
        }
    }
}

/// What one decided request (an order change request or a claim) contributes to flexibility
/// (F = Q_satisfied / Q_total), in the month it was made; undecided requests count nowhere.
public enum RequestMeasure: String, QualityMeasure {
    case decided
    case satisfied

    public func contribution(satisfied: Bool) -> Int {
        switch self {
        case .decided: 1
        case .satisfied: satisfied ? 1 : 0
        }
    }
}
