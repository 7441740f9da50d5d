import Foundation
import OrderCycleCore
import Vapor

/// A user as the API shows it: never the password hash.
struct UserDTO: Content, Equatable {
    var id: UUID
    var email: String
    var display_name: String
    var role: Role
    var client_id: UUID?
    var phone: String?
    var language: String?
    var active: Bool
    var version: Int
}

extension User {
    func toDTO() throws -> UserDTO {
        UserDTO(id: try requireID(), email: email, display_name: displayName, role: role, client_id: clientID,
                phone: phone, language: language, active: active, version: version)
    }
}
