import Foundation
import OrderCycleCore
import Vapor

/// Images people send — claim photos, ticket attachments, branch photos — are taken and served by what their
/// first bytes prove (`PhotoFormat`), never by the name or the announced type, so nothing else is
/// stored as an image or reaches a browser as one.
enum SniffedImage {
    /// The refusal of bytes that are not a JPEG, PNG or WebP image.
    static func refusal(_ lang: Language) -> String {
        lang.t("must be a JPEG, PNG or WebP image", "должно быть изображением JPEG, PNG или WebP")
    }

    /// The proven format of `bytes`, or a 422 naming `field`.
    static func format(of bytes: ByteBuffer, field: String, lang: Language = .en) throws -> PhotoFormat {
        guard let format = PhotoFormat(signature: bytes.readableBytesView) else { throw Problem.field(field, refusal(lang)) }
        return format
    }

    /// The files of a form that carry bytes (an empty file input sends one empty part).
    static func sent(_ files: [ByteBuffer]) -> [ByteBuffer] { files.filter { $0.readableBytes > 0 } }

    /// Whether every one of `files` is an image of a proven format.
    static func allImages(_ files: [ByteBuffer]) -> Bool { files.allSatisfy { PhotoFormat(signature: $0.readableBytesView) != nil } }

    /// The stored image, served under its proven type only, for the API and the pages alike;
    /// `shared` for what anyone may see (a branch's photo), private otherwise (a claim's).
    static func response(_ format: PhotoFormat, _ bytes: Data, shared: Bool = false) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: format.mediaType)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .contentDisposition, value: "inline")
        headers.replaceOrAdd(name: .cacheControl, value: shared ? "public, max-age=300" : "private, max-age=86400, immutable")
        return Response(status: .ok, headers: headers, body: .init(data: bytes))
    }
}
