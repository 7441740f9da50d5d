import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// A branch's photo: put up by the staff who keep the catalog (the API's body, or the edit
/// page's file field), recognised by its first bytes as claim photos are, and shown to anyone
/// with the branch.
@Suite("Branches: the branch's photo")
struct BranchPhotoTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 120)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [UInt8](repeating: 0x42, count: 300) + [0xFF, 0xD9]

    @Test func staffPutUpAnImageAndEveryoneSeesItNothingElseIsTaken() async throws {
        try await withApp { app in
            try await app.branchServices()
            let (_, staff) = try await makeUser(app, role: .logistician)
            let (_, client) = try await makeUser(app, role: .client)
            let id = try await app.branch(BranchPlaces.moscowCentre, token: staff)
            func put(_ bytes: [UInt8], token: String, type: String = "image/png") async throws -> TestingHTTPResponse {
                try await app.api(.PUT, "/api/v1/branches/\(id)/photo", headers: .bearer(token, [("Content-Type", type)]), bytes: bytes)
            }
            #expect(try await app.api(.GET, "/api/v1/branches/\(id)/photo").status == .notFound)
            // Not an image, whatever its announced type: 422 naming the body, nothing stored.
            let text = try await put(Array("<svg onload=alert(1)>".utf8), token: staff)
            #expect(text.status == .unprocessableEntity && text.text.contains("body"), "\(text.text)")
            #expect(try await app.api(.GET, "/api/v1/branches/\(id)/photo").status == .notFound)
            // A client may not put one up.
            #expect(try await put(Self.png, token: client).status == .forbidden)

            #expect(try await put(Self.png, token: staff).status == .noContent)
            let shown = try await app.api(.GET, "/api/v1/branches/\(id)/photo")
            #expect(shown.status == .ok && shown.headers.first(name: .contentType) == "image/png")
            #expect(shown.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(shown.body.readableBytes == Self.png.count)
            let page = try await Browser(app).get("/branches/\(id)")
            #expect(page.text.contains("id=\"branch-photo\"") && page.text.contains("/api/v1/branches/\(id)/photo"))

            // The edit page's form replaces it, and refuses beside the field what is not an image.
            let browser = Browser(app)
            _ = try await makeUser(app, role: .manager, email: "branch-photo@test.example", password: "correct horse")
            try await browser.logIn(email: "branch-photo@test.example", password: "correct horse")
            let edit = try await browser.get("/branches/\(id)/edit")
            #expect(edit.text.contains("id=\"branch-photo-form\""))
            let refused = try await browser.postMultipart("/branches/\(id)/photo", form: [:], files: [("photo", "photo.gif", Array("GIF89a".utf8))])
            #expect(refused.status == .unprocessableEntity && refused.text.contains("id=\"photo-error\""), "\(refused.status)")
            let replaced = try await browser.postMultipart("/branches/\(id)/photo", form: [:], files: [("photo", "front.jpg", Self.jpeg)])
            #expect(replaced.status == .seeOther || replaced.status == .found, "\(replaced.status)")
            #expect(try await app.api(.GET, "/api/v1/branches/\(id)/photo").headers.first(name: .contentType) == "image/jpeg")

            // An inactive branch's photo is as hidden from the public as the branch.
            var closed = BranchPlaces.kazan
            closed.active = false
            let closedID = try await app.branch(closed, token: staff)
            #expect(try await app.api(.PUT, "/api/v1/branches/\(closedID)/photo", headers: .bearer(staff, [("Content-Type", "image/png")]), bytes: Self.png).status == .noContent)
            #expect(try await app.api(.GET, "/api/v1/branches/\(closedID)/photo").status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/branches/\(closedID)/photo", headers: .bearer(staff)).status == .ok)
        }
    }
}
