import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// A minimal browser for page tests: keeps cookies between requests and reads the CSRF token
/// out of the last page, as a real browser session would.
final class Browser: @unchecked Sendable {
    let app: Application
    var cookies: [String: String] = [:]
    var lastPage = ""

    init(_ app: Application) { self.app = app }

    var cookieHeader: HTTPHeaders {
        cookies.isEmpty ? [:] : HTTPHeaders([("Cookie", cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))])
    }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var h = cookieHeader
        for (k, v) in headers { h.add(name: k, value: v) }
        let response = try await app.testing().sendRequest(.GET, path, headers: h)
        absorb(response)
        return response
    }

    /// Posts a form; `csrf: true` adds the token printed in the last page.
    @discardableResult
    func post(_ path: String, form: [String: String], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if csrf, let token = csrfToken { fields["_csrf"] = token }
        var h = cookieHeader
        h.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
        let body = fields.map { "\($0.key.formEncoded)=\($0.value.formEncoded)" }.joined(separator: "&")
        let response = try await app.testing().sendRequest(.POST, path, headers: h, body: ByteBuffer(string: body))
        absorb(response)
        return response
    }

    /// Posts a multipart form, as a form with a file input does; files are (field, file name, bytes).
    @discardableResult
    func postMultipart(_ path: String, form: [String: String], files: [(String, String, [UInt8])]) async throws -> TestingHTTPResponse {
        var fields = form
        if let token = csrfToken { fields["_csrf"] = token }
        let boundary = "----OrderCycleTest\(UUID().uuidString.prefix(8))"
        var body = ByteBuffer()
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for (name, filename, bytes) in files {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(bytes)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var h = cookieHeader
        h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let response = try await app.testing().sendRequest(.POST, path, headers: h, body: body)
        absorb(response)
        return response
    }

    var csrfToken: String? {
        guard let range = lastPage.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = lastPage[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    func logIn(email: String, password: String) async throws -> TestingHTTPResponse {
        try await get("/login")
        return try await post("/login", form: ["email": email, "password": password])
    }

    private func absorb(_ response: TestingHTTPResponse) {
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";").first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[1].isEmpty { cookies[parts[0]] = nil } else { cookies[parts[0]] = parts[1] }
        }
        if response.headers.contentType == .html { lastPage = String(buffer: response.body) }
    }
}

extension String {
    var formEncoded: String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return addingPercentEncoding(withAllowedCharacters: allowed)?.replacingOccurrences(of: " ", with: "+") ?? self
    }
}
