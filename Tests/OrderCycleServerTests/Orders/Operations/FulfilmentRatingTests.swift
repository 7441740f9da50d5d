import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing

/// An order and a vehicle order are rated by one rule: the same ratings and comments are taken
/// or refused, with the same messages in either language.
@Suite("Rating a fulfilment: one rule for orders and vehicle orders")
struct FulfilmentRatingTests {
    static func refusal(_ make: () throws -> Void) -> [String] {
        do { try make(); return [] } catch let problem as Problem { return (problem.errors ?? []).map { "\($0.field): \($0.message)" } } catch { return ["\(error)"] }
    }

    @Test func anOrderAndAVehicleOrderTakeAndRefuseTheSameRatings() {
        let id = UUID()
        let long = String(repeating: "x", count: FulfilmentRating.commentLimit + 1)
        let cases: [(Int?, String?, [String], [String])] = [
            (5, "On time", [], []),
            (1, nil, [], []),
            (nil, nil, ["rating: is required: choose from 1 to 5"], ["rating: обязательна: выберите от 1 до 5"]),
            (0, nil, ["rating: must be from 1 to 5"], ["rating: должна быть от 1 до 5"]),
            (6, long, ["rating: must be from 1 to 5", "comment: must be at most 2000 characters"], ["rating: должна быть от 1 до 5", "comment: не длиннее 2000 символов"]),
        ]
        for (rating, comment, en, ru) in cases {
            for (lang, expected) in [(Language.en, en), (.ru, ru)] {
                let order = Self.refusal { _ = try RateOrder(orderID: id, rating: rating, comment: comment, expectedVersion: nil, lang: lang) }
                let vehicle = Self.refusal { _ = try RateVehicleOrder(orderID: id, rating: rating, comment: comment, expectedVersion: nil, lang: lang) }
                #expect(order == expected && vehicle == expected, "\(String(describing: rating)) \(lang): \(order) / \(vehicle)")
            }
        }
    }

    @Test func onlyTheClientRatesAndOnlyOnceDelivered() {
        func actor(_ role: Role) -> Principal {
            Principal(userID: UUID(), role: role, clientID: role == .client ? UUID() : nil, label: "t", email: nil, language: nil, credential: .bearer(tokenID: UUID()))
        }
        func outcome(_ subject: FulfilmentRating.Subject, _ role: Role, delivered: Bool, _ lang: Language) -> String {
            do { try FulfilmentRating.mayRate(subject, by: actor(role), delivered: delivered, lang: lang); return "ok" } catch let p as Problem { return "\(p.status) \(p.detail ?? "")" } catch { return "\(error)" }
        }
        #expect(outcome(.order, .client, delivered: true, .en) == "ok")
        #expect(outcome(.order, .manager, delivered: true, .en) == "403 Only the client rates its order")
        #expect(outcome(.vehicleOrder, .logistician, delivered: true, .ru) == "403 Оценивает заказ машины только клиент")
        #expect(outcome(.order, .client, delivered: false, .en) == "409 An order can be rated once it is delivered")
        #expect(outcome(.vehicleOrder, .client, delivered: false, .en) == "409 A vehicle order can be rated once it is delivered")
        #expect(outcome(.vehicleOrder, .client, delivered: false, .ru) == "409 Оценить заказ машины можно после доставки")
    }
}
