import Foundation
import OrderCycleCore

/// A message pushed to open browser pages: to named users, or to everyone live in a role
/// (the operators on duty). `body` is the JSON the page receives.
struct LiveEvent: Codable, Sendable, Equatable {
    var userIDs: [UUID] = []
    var roles: [Role] = []
    var body: String

    func isFor(userID: UUID, role: Role) -> Bool {
        userIDs.contains(userID) || roles.contains(role)
    }
}
