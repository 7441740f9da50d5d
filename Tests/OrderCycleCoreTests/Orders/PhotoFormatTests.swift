import Testing
@testable import OrderCycleCore

@Suite struct PhotoFormatTests {
    @Test func recognisesTheSignaturesOfJPEGPNGAndWebP() {
        #expect(PhotoFormat(signature: [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]) == .jpeg)
        #expect(PhotoFormat(signature: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) == .png)
        #expect(PhotoFormat(signature: Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WEBPVP8 ".utf8)) == .webp)
        #expect(PhotoFormat.webp.mediaType == "image/webp")
    }

    @Test func refusesEverythingElse() {
        #expect(PhotoFormat(signature: [UInt8]()) == nil)
        #expect(PhotoFormat(signature: [0xFF, 0xD8]) == nil) // cut short
        #expect(PhotoFormat(signature: Array("<svg xmlns=".utf8)) == nil) // scripts can hide in SVG
        #expect(PhotoFormat(signature: Array("GIF89a".utf8)) == nil)
        #expect(PhotoFormat(signature: Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WAVE".utf8)) == nil) // audio in the same wrapper
        #expect(PhotoFormat(signature: Array("%PDF-1.7".utf8)) == nil)
    }
}
