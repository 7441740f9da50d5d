import Fluent
import Foundation
import OrderCycleCore

/// Goods received into stock, or a counted correction (either sign), on one product's ledger:
/// the API's `POST /api/v1/products/{id}/stock-movements` and the product card's forms.
/// Reservations, releases and shipments come from orders, never from here.
struct RecordStockMovement: Sendable {
    let productID: UUID
    let kind: StockMovementKind
    let quantity: Int
    let note: String?
    let lang: Language

    init(productID: UUID, kind: String?, quantity: Int?, note: String?, lang: Language = .en) throws {
        var v = FieldValidator(lang: lang)
        let kind = kind.flatMap(StockMovementKind.init(rawValue:))
        if kind != .receipt && kind != .adjustment { v.add("kind", lang.t("must be receipt or adjustment", "должно быть «receipt» (поступление) или «adjustment» (корректировка)")) }
        if quantity == nil { v.add("quantity", lang.t("is required", "обязательное поле")) }
        if let quantity, kind == .receipt, quantity < 1 || quantity > 1_000_000_000 {
            v.add("quantity", lang.t("must be from 1 to 10^9 for a receipt", "для поступления — от 1 до 10^9"))
        }
        if let quantity, kind == .adjustment, quantity == 0 || quantity.magnitude > 1_000_000_000 {
            v.add("quantity", lang.t("must be a non-zero change up to 10^9", "изменение не равно нулю и не больше 10^9"))
        }
        let note = v.text("note", note, required: false, max: 500)
        (self.kind, self.quantity) = try v.check(kind, quantity)
        self.productID = productID
        self.note = note
        self.lang = lang
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> ProductsAPI.ProductDTO {
        guard let before = try await ProductQueries.find(productID, on: db) else { throw Problem(.notFound) }
        do {
            try await StockLedger.receive(product: productID, quantity: quantity, kind: kind, by: actor?.userID, note: note, now: now, on: db)
        } catch is StockLedger.Insufficient {
            throw Problem(.insufficientStock, detail: lang.t("The adjustment would take stock below zero or below what is reserved",
                                                             "Корректировка опустила бы остаток ниже нуля или ниже зарезервированного"),
                          errors: [.init(field: "quantity", message: lang.t("would take stock below zero or below what is reserved",
                                                                            "опустит остаток ниже нуля или ниже резерва"))])
        }
        guard let after = try await ProductQueries.find(productID, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: Product.schema, id: productID, action: .update, before: before, after: after, at: now)
        return after
    }
}
