import Testing
@testable import OrderCycleCore

/// The byte-by-byte reading of a plain number gives what the full reading gives, and leaves
/// every other text (letters, extensions, other scripts' digits, mistakes) to the full reading.
struct PhoneTextPlainTests {
    /// The characters a plain number is written with, and a few it is not.
    static let alphabet: [Character] = Array("0123456789012345+()[] \t-./\\_") + ["x", "#", ",", "０", "\u{200E}", "\n", "e"]

    @Test func aPlainNumberReadsAsTheFullReadingReadsIt() {
        var random = SplitMix(seed: 7)
        var plainOnes = 0
        for _ in 0..<20_000 {
            let text = String((0..<Int(random.next() % 18)).map { _ in Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))] })
            let full = try? PhoneText(readingInFull: text)
            if let plain = PhoneText.plain(text) {
                plainOnes += 1
                #expect(plain == full, "\(text.debugDescription)")
            }
            // Whichever way it was read, the answer is the full reading's, errors included.
            let either = Result<PhoneText, PhoneNumberError> { () throws(PhoneNumberError) in try PhoneText(text) }
            #expect(either == Result { () throws(PhoneNumberError) in try PhoneText(readingInFull: text) }, "\(text.debugDescription)")
        }
        #expect(plainOnes > 2_000, "too few plain numbers drawn to compare")
    }

    @Test func anythingButPlainIsReadInFull() {
        for text in ["+380 44 123 45 67 ext. 12", "044 123 45 67 x12", "тел. 044 123 45 67", "０４４ １２３ ４５ ６７", "+380441234567!", "", "++380", "tel:+380441234567"] {
            #expect(PhoneText.plain(text) == nil, "\(text)")
        }
        #expect(PhoneText.plain("(050) 123-45-67") == (try? PhoneText(readingInFull: "(050) 123-45-67")))
    }
}
