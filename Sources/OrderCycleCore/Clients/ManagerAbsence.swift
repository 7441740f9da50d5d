import Foundation

/// A period when a client manager is away (leave, sick day, business trip) and who stands in.
/// Incoming calls for the manager go to the deputy meanwhile (DOMAIN §2.1: the call message is
/// pushed to the manager, or to the operators on duty when the manager is not available).
public struct ManagerAbsence<ManagerID: Hashable & Sendable>: Hashable, Sendable {
    public var managerID: ManagerID
    /// First instant of the absence.
    public var from: Date
    /// The instant the manager is back; not part of the absence.
    public var to: Date
    /// Who takes the manager's calls; `nil` sends them to the operators on duty.
    public var deputyID: ManagerID?

    public init(managerID: ManagerID, from: Date, to: Date, deputyID: ManagerID? = nil) {
        self.managerID = managerID
        self.from = from
        self.to = to
        self.deputyID = deputyID
    }

    /// Whether the manager is away at `instant` (half-open: `from` ≤ instant < `to`).
    public func covers(_ instant: Date) -> Bool {
        from <= instant && instant < to
    }

    /// How many deputies deep a call is passed on before it goes to the operators instead.
    public static var maximumDeputyHops: Int { 3 }

    /// Who receives a call for `managerID` at `instant`: the manager if present, else their
    /// deputy, else the deputy's deputy, and so on; `nil` means the operators on duty.
    ///
    /// **Decision** (DOMAIN §2.1, "operators on duty when the manager is not available"): a
    /// chain of absent deputies is followed at most `maximumHops` steps and stops at a cycle
    /// (A stands in for B and B for A), both ending with the operators — a caller should reach
    /// a person quickly rather than be passed along a list. When absences of one manager overlap,
    /// the one that began last decides (it is the most recent arrangement).
    public static func callRecipient(
        for managerID: ManagerID,
        at instant: Date,
        absences: some Sequence<ManagerAbsence>,
        maximumHops: Int = maximumDeputyHops
    ) -> ManagerID? {
        let current = absences.filter { $0.covers(instant) }
        var recipient = managerID
        var visited: Set<ManagerID> = [managerID]
        var hops = 0
        while let absence = current.filter({ $0.managerID == recipient }).max(by: { $0.from < $1.from }) {
            guard let deputy = absence.deputyID, hops < maximumHops, !visited.contains(deputy) else { return nil }
            visited.insert(deputy)
            recipient = deputy
            hops += 1
        }
        return recipient
    }
}

extension ManagerAbsence: Codable where ManagerID: Codable {}
