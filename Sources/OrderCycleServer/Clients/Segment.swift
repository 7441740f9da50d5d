import Fluent
import Foundation
import OrderCycleCore

/// A client segment (key accounts, wholesale, retail, internal…): a managed list. Service
/// standards and manager pools are set per segment.
final class Segment: Model, @unchecked Sendable {
    static let schema = "segments"

    @ID(key: .id) var id: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "code") var code: String
    @Field(key: "name_en") var nameEN: String
    @Field(key: "name_ru") var nameRU: String
    @Field(key: "internal") var isInternal: Bool
    @Field(key: "active") var active: Bool

    init() {}

    init(id: UUID? = nil, code: String, nameEN: String, nameRU: String, isInternal: Bool = false) {
        self.id = id
        self.version = 1
        self.code = code
        self.nameEN = nameEN
        self.nameRU = nameRU
        self.isInternal = isInternal
        self.active = true
    }

    func name(_ language: Language) -> String { language == .ru ? nameRU : nameEN }
}
