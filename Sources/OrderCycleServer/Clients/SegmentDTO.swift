import Foundation
import OrderCycleCore
import Vapor

/// A client segment as the API shows it, the segments page lists it and the audit trail keeps it.
struct SegmentDTO: Content, Equatable {
    var id: UUID
    var code: String
    var name_en: String
    var name_ru: String
    var `internal`: Bool
    var active: Bool
    var version: Int
}

extension SegmentDTO {
    init(_ s: Segment) throws {
        self.init(id: try s.requireID(), code: s.code, name_en: s.nameEN, name_ru: s.nameRU, internal: s.isInternal, active: s.active, version: s.version)
    }
}

/// What a caller sends to create or change a segment (the API's body, the segments form).
/// On change only the fields sent change.
struct SegmentInput: Content, Sendable {
    var code: String?
    var name_en: String?
    var name_ru: String?
    var `internal`: Bool?
    var active: Bool?

    /// The input with its text trimmed and its code lowercased, or every invalid field at once:
    /// a new segment needs a code of latin letters, digits, - and _, and both names.
    func validated(creating: Bool, lang: Language = .en) throws -> SegmentInput {
        var v = FieldValidator(lang: lang)
        var out = SegmentInput(internal: self.internal, active: active)
        if creating || code != nil {
            out.code = v.text("code", code, max: 40)?.lowercased()
            if let code = out.code, !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                v.add("code", lang.t("may hold latin letters, digits, - and _ only", "только латинские буквы, цифры, - и _"))
            }
        }
        if creating || name_en != nil { out.name_en = v.text("name_en", name_en, max: 80) }
        if creating || name_ru != nil { out.name_ru = v.text("name_ru", name_ru, max: 80) }
        try v.check()
        return out
    }
}
