import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// A buyer's claim on an order that has left the seller (dispatched or later), with the photos
/// that come with it (DOMAIN §3.3 item 6). A photo that is not an image refuses the whole claim.
struct FileClaim: Sendable {
    let orderID: UUID
    let reason: ClaimReason
    let description: String
    /// The photos sent with the claim (the order page's form; the API adds them one by one).
    let photos: [ByteBuffer]
    /// The language of the refusals: the order page shows them to the person filing.
    let lang: Language

    /// Checks the reason, the description and every photo at once, so one answer names every
    /// bad field and nothing is stored when a photo is not an image.
    init(orderID: UUID, reason: String, description: String, photos: [ByteBuffer] = [], lang: Language = .en) throws {
        var v = FieldValidator(lang: lang)
        let chosen = ClaimReason(rawValue: reason)
        if chosen == nil { v.add("reason", lang.t("must be one of: ", "допустимо: ") + ClaimReason.allCases.map(\.rawValue).joined(separator: ", ")) }
        let written = v.text("description", description, max: 4_000)
        let sent = SniffedImage.sent(photos)
        if !SniffedImage.allImages(sent) {
            v.add("photos", lang.t("must be JPEG, PNG or WebP images", "должны быть изображениями JPEG, PNG или WebP"))
        } else if sent.count > PhotoFormat.perClaim {
            v.add("photos", lang.t("at most \(PhotoFormat.perClaim) photos per claim", "не больше \(PhotoFormat.perClaim) фото к претензии"))
        }
        (self.reason, self.description) = try v.check(chosen, written)
        self.photos = sent
        self.orderID = orderID
        self.lang = lang
    }

    func run(by actor: Principal, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> OrderClaim {
        let order = try await OrderReading.visibleOrder(orderID, to: actor, on: db)
        guard [.dispatched, .delivered, .accepted].contains(order.status) else {
            throw Problem(.conflict, detail: lang.t("A claim can be filed once the order is dispatched", "Претензию можно подать, когда заказ отгружен"))
        }
        let claim = OrderClaim()
        claim.id = UUID()
        claim.version = 1
        claim.orderID = orderID
        claim.clientID = order.clientID
        claim.reason = reason
        claim.description = description
        claim.status = .open
        claim.createdBy = actor.userID
        claim.createdAt = now
        claim.createdDay = calendar.day(of: now).description
        try await claim.create(on: db)
        try await ClaimQueries.countClaim(on: orderID, on: db)
        // The claim is worked as a post-sale request of the personal service department.
        try await ClaimRequest.file(claim, by: actor, now: now, calendar: calendar, on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: OrderClaim.schema, id: try claim.requireID(), action: .create,
                                    before: ClaimDTO?.none, after: try ClaimDTO(claim), at: now)
        for photo in photos {
            _ = try await ClaimPhotos.add(photo, to: try claim.requireID(), field: "photos", by: actor, now: now, on: db)
        }
        // The client's manager gets a task for the claim on their board (DOMAIN §2.2).
        try await AutomaticTasks.forClaim(try claim.requireID(), order: orderID, reason: reason.rawValue, by: actor, now: now, on: db)
        return claim
    }
}
