import Foundation
import Testing
@testable import OrderCycleServer

/// Ids read from text: every id in its written form, as Foundation reads it; nothing else (where
/// Foundation's reader also takes a space or a hyphen for a digit).
@Suite struct UUIDTextTests {
    @Test func readsWhatFoundationReads() {
        for _ in 0..<500 {
            let id = UUID()
            #expect(UUID(text: id.uuidString) == id)
            #expect(UUID(text: id.uuidString.lowercased()) == id)
        }
        #expect(UUID(text: "00000000-0000-0000-0000-000000000000") == UUID(uuidString: "00000000-0000-0000-0000-000000000000"))
        #expect(UUID(text: "FFFFFFFF-ffff-FfFf-fFfF-FFFFFFFFFFFF") == UUID(uuidString: "FFFFFFFF-ffff-FfFf-fFfF-FFFFFFFFFFFF"))
    }

    @Test func refusesAnythingElse() {
        let alphabet = Array("0123456789abcdefABCDEF-gGzZ {}\u{0}é")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var text = Array(UUID().uuidString)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: text[Int.random(in: 0..<text.count, using: &generator)] = alphabet.randomElement(using: &generator)!
            case 1: text.remove(at: Int.random(in: 0..<text.count, using: &generator))
            default: text.insert(alphabet.randomElement(using: &generator)!, at: Int.random(in: 0...text.count, using: &generator))
            }
            let written = String(text)
            let wellFormed = written.wholeMatch(of: /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/) != nil
            #expect(UUID(text: written) == (wellFormed ? UUID(uuidString: written) : nil), "\(written)")
        }
        for written in ["", "{6A5B0C1D-2E3F-4A5B-8C6D-7E8F9A0B1C2D}", "6A5B0C1D2E3F4A5B8C6D7E8F9A0B1C2D", "6A5B0C1D-2E3F-4A5B-8C6D-7E8F9A0B1C2Dé"] {
            #expect(UUID(text: written) == nil)
            #expect(UUID(uuidString: written) == nil)
        }
    }
}
