import Foundation
import OrderCycleCore
import Vapor

/// A stored photo served as an image: only under the type its signature proved when it was
/// stored (`PhotoFormat`), never sniffed again by the browser, shown inline. Claim photos and
/// branch photos alike.
enum PhotoResponse {
    /// `shared` for what anyone may see (a branch's photo), private otherwise (a claim's).
    static func image(_ format: PhotoFormat, _ bytes: Data, shared: Bool = false) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: format.mediaType)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .contentDisposition, value: "inline")
        headers.replaceOrAdd(name: .cacheControl, value: shared ? "public, max-age=300" : "private, max-age=86400, immutable")
        return Response(status: .ok, headers: headers, body: .init(data: bytes))
    }

    /// The photo's format, or a refusal naming `field` (422) when the bytes are not a JPEG, PNG
    /// or WebP image, whatever their name or announced type says.
    static func format(of bytes: ByteBuffer, field: String, lang: Language = .en) throws -> PhotoFormat {
        guard bytes.readableBytes > 0, let format = PhotoFormat(signature: bytes.readableBytesView) else {
            throw Problem.field(field, lang.t("must be a JPEG, PNG or WebP image", "должно быть изображением JPEG, PNG или WebP"))
        }
        return format
    }
}
