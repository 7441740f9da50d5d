import Foundation
import OrderCycleCore

/// A message pushed to open browser pages: to named users, to everyone live in a role (the
/// operators on duty), or to every user of a client (its cabinet: a chat's client side). `body`
/// is the JSON the page receives.
struct LiveEvent: Codable, Sendable, Equatable {
    var userIDs: [UUID] = []
    var roles: [Role] = []
    /// The clients whose users receive it, matched against the client each socket was opened
    /// for, so that no one has to read the client's users to address it. Left out of the JSON
    /// when empty (an event from an instance of the previous release has none).
    var clientIDs: [UUID]? = nil
    var body: String
}
