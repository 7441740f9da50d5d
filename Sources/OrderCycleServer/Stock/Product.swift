import Fluent
import Foundation
import OrderCycleCore

/// An item of the nomenclature.
final class Product: Model, @unchecked Sendable {
    static let schema = "products"

    @ID(key: .id) var id: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "sku") var sku: String
    @Field(key: "name") var name: String
    @Field(key: "search_name") var searchName: String
    @Field(key: "category") var category: String
    @Field(key: "unit") var unit: String
    @Field(key: "price_minor") var priceMinor: Int64
    @Field(key: "currency") var currency: String
    /// A new product needs technical preparation (done once, DOMAIN §3.4).
    @Field(key: "is_new") var isNew: Bool
    /// Made to order (production stage) rather than shipped from stock.
    @Field(key: "made_to_order") var madeToOrder: Bool
    /// Standard hours per stage, JSON `{"receipt": 2, …}`; they seed the execution plan.
    @Field(key: "norm_hours") var normHoursJSON: String
    @Field(key: "active") var active: Bool

    init() {}

    /// Listed by hand: Fluent reads the list on every save and load, and finding it by
    /// reflection cost more than the statement (`ModelPropertiesTests` holds it to the fields).
    var properties: [any AnyProperty] {
        [$id, $version, $sku, $name, $searchName, $category, $unit, $priceMinor, $currency, $isNew, $madeToOrder, $normHoursJSON, $active]
    }

    init(id: UUID? = nil, sku: String, name: String, category: String, unit: String, priceMinor: Int64, currency: String,
         isNew: Bool = false, madeToOrder: Bool = false, normHours: StageNorms = .standard) {
        self.id = id
        self.version = 1
        self.sku = sku
        self.name = name
        self.searchName = Client.fold(name)
        self.category = category
        self.unit = unit
        self.priceMinor = priceMinor
        self.currency = currency
        self.isNew = isNew
        self.madeToOrder = madeToOrder
        self.normHoursJSON = normHours.json
        self.active = true
    }

    var normHours: StageNorms { StageNorms(json: normHoursJSON) }
}

/// Standard duration of each stage in hours, for planning.
struct StageNorms: Sendable, Equatable {
    var hours: [Stage: Int]

    static let standard = StageNorms(hours: [.receipt: 4, .technicalPreparation: 40, .materials: 24, .launchPreparation: 8, .production: 48, .delivery: 24])

    init(hours: [Stage: Int]) { self.hours = hours }

    init(json: String) {
        let raw = (try? JSONDecoder().decode([String: Int].self, from: Data(json.utf8))) ?? [:]
        var hours: [Stage: Int] = [:]
        for (key, value) in raw { if let stage = Stage(rawValue: key) { hours[stage] = value } }
        self.hours = hours.isEmpty ? StageNorms.standard.hours : hours
    }

    var json: String {
        let raw = Dictionary(uniqueKeysWithValues: hours.map { ($0.key.rawValue, $0.value) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(raw)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
