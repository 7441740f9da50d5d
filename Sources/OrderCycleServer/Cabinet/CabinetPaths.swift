import Foundation

/// The client cabinet's web paths.
enum CabinetPaths {
    static let home = "/cabinet"
    static let contacts = "/cabinet/contacts"
    static let contactPattern = "/cabinet/contacts/:id"
    static let contactDeletePattern = "/cabinet/contacts/:id/delete"
    static func contact(_ id: UUID) -> String { "/cabinet/contacts/\(id.uuidString)" }
    static func contactDelete(_ id: UUID) -> String { "/cabinet/contacts/\(id.uuidString)/delete" }
}
