import Fluent
import Foundation
import OrderCycleCore

/// A client of the company, external or internal, with its one responsible manager.
final class Client: Model, @unchecked Sendable {
    static let schema = "clients"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    // data fields
    /// A short human reference ("C-000123", or the code an import brought), unique.
    @Field(key: "code") var code: String
    @Enum(key: "kind") var kind: ClientKind
    @Enum(key: "party") var party: PartyType
    @Field(key: "name") var name: String
    /// The name folded for case- and accent-insensitive prefix search.
    @Field(key: "search_name") var searchName: String
    @OptionalField(key: "tax_id") var taxID: String?
    @Field(key: "segment_id") var segmentID: UUID
    @OptionalField(key: "manager_id") var managerID: UUID?
    @OptionalField(key: "notes") var notes: String?
    @Field(key: "active") var active: Bool
    @OptionalField(key: "last_contact_at") var lastContactAt: Date?

    init() {}

    /// Listed by hand: Fluent reads the list on every save and load, and finding it by
    /// reflection cost more than the statement (`ModelPropertiesTests` holds it to the fields).
    var properties: [any AnyProperty] {
        [$id, $version, $createdAt, $updatedAt, $code, $kind, $party, $name, $searchName, $taxID, $segmentID, $managerID, $notes, $active,
         $lastContactAt]
    }

    init(id: UUID? = nil, code: String, kind: ClientKind, party: PartyType, name: String, taxID: String?,
         segmentID: UUID, managerID: UUID?, notes: String? = nil, now: Date) {
        self.id = id
        self.version = 1
        self.createdAt = now
        self.updatedAt = now
        self.code = code
        self.kind = kind
        self.party = party
        self.name = name
        self.searchName = Client.fold(name)
        self.taxID = taxID
        self.segmentID = segmentID
        self.managerID = managerID
        self.notes = notes
        self.active = true
    }

    /// Lower-cased, without diacritics and with single spaces, so "  Ölga  " finds "olga".
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
