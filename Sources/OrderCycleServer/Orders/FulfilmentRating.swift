import Foundation
import OrderCycleCore

/// The client's rating of a fulfilment (DOMAIN §3.3 item 6), as an order and a vehicle order
/// take it: a rating from 1 to 5 that the client chose (there is none until it chooses one), an
/// optional comment, and only the client whose order it is rates it, once it was delivered.
/// One rule for both, so the two never drift apart in what they accept or how they refuse.
struct FulfilmentRating: Sendable, Equatable {
    static let scale = 1...5
    static let commentLimit = 2_000

    let rating: Int
    let comment: String?

    init(rating: Int?, comment: String?, lang: Language) throws {
        var v = FieldValidator(lang: lang)
        if let rating, !Self.scale.contains(rating) { v.add("rating", lang.t("must be from 1 to 5", "должна быть от 1 до 5")) }
        if rating == nil { v.add("rating", lang.t("is required: choose from 1 to 5", "обязательна: выберите от 1 до 5")) }
        let comment = v.text("comment", comment, required: false, max: Self.commentLimit)
        self.rating = try v.check(rating)
        self.comment = comment
    }

    /// What is rated, in the words of the refusals: "order" / "заказ", "vehicle order" / "заказ машины".
    struct Subject: Sendable {
        let en: String
        /// With its article, opening a sentence: "An order", "A vehicle order".
        let anEN: String
        let ru: String
        static let order = Subject(en: "order", anEN: "An order", ru: "заказ")
        static let vehicleOrder = Subject(en: "vehicle order", anEN: "A vehicle order", ru: "заказ машины")
    }

    /// Refuses anyone but the client (403), and a rating before delivery (409). The caller has
    /// already found the order visible to `actor`.
    static func mayRate(_ subject: Subject, by actor: Principal, delivered: Bool, lang: Language) throws {
        guard actor.role == .client else {
            throw Problem(.forbidden, detail: lang.t("Only the client rates its \(subject.en)", "Оценивает \(subject.ru) только клиент"))
        }
        guard delivered else {
            throw Problem(.conflict, detail: lang.t("\(subject.anEN) can be rated once it is delivered", "Оценить \(subject.ru) можно после доставки"))
        }
    }
}
