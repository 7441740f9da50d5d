import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Shared set-up for the clients tests: segments, managers serving them, clients made through the API.
enum ClientFixtures {
    @discardableResult
    static func segment(_ app: Application, code: String, internal isInternal: Bool = false) async throws -> UUID {
        let segment = Segment(code: code, nameEN: code.capitalized, nameRU: "Сегмент \(code)", isInternal: isInternal)
        try await segment.create(on: app.db)
        return try segment.requireID()
    }

    /// A manager who serves `segments`, with a bearer token.
    static func manager(_ app: Application, serving segments: [UUID], name: String? = nil) async throws -> (user: User, token: String) {
        let made = try await makeUser(app, role: .manager)
        if let name { made.user.displayName = name; try await made.user.update(on: app.db) }
        for segment in segments {
            try await app.db.sql.raw("INSERT INTO manager_segments (id, manager_id, segment_id) VALUES (\(bind: UUID()), \(bind: made.user.id!), \(bind: segment))").run()
        }
        return made
    }

    struct NewClient: Encodable, Sendable {
        var kind = "customer"
        var party = "company"
        var name: String
        var segment_id: UUID
        var tax_id: String?
        var contacts: [Contact]?
        var addresses: [Address]?
        struct Contact: Encodable, Sendable { var name: String?; var phones: [Phone]?; var emails: [String]? }
        struct Phone: Encodable, Sendable { var number: String }
        struct Address: Encodable, Sendable { var line: String?; var city: String?; var latitude: Double?; var longitude: Double? }
    }

    /// Creates a client through the API and returns its card.
    static func client(_ app: Application, token: String, name: String, segment: UUID, phones: [String] = [], emails: [String] = [],
                       taxID: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws -> ClientDTO {
        let body = NewClient(name: name, segment_id: segment, tax_id: taxID,
                             contacts: phones.isEmpty && emails.isEmpty ? nil : [.init(name: "Main", phones: phones.map { .init(number: $0) }, emails: emails)])
        let response = try await app.api(.POST, "/api/v1/clients", headers: .bearer(token), json: body, sourceLocation: sourceLocation)
        #expect(response.status == .created, "\(response.text)", sourceLocation: sourceLocation)
        return try response.decoded(ClientDTO.self)
    }
}
