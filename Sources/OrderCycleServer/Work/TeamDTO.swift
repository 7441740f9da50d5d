import Foundation
import Vapor

/// A team as its administrator sets it up: who works in it (supervisors, personal limits on
/// work in progress) and its boards.
struct TeamDTO: Content, Sendable, Equatable {
    var id: UUID
    var version: Int
    var name: String
    var members: [TeamMemberDTO]
    var boards: [TeamBoardDTO]
}

struct TeamMemberDTO: Content, Sendable, Equatable {
    var user_id: UUID
    var name: String
    var role: String
    var supervisor: Bool
    /// The most tasks the person may hold in progress at once; absent for no limit of their own.
    var wip_limit: Int?
}

struct TeamBoardDTO: Content, Sendable, Equatable {
    var id: UUID
    var name: String
}

struct TeamPage: Content, Sendable {
    var items: [TeamDTO]
}
