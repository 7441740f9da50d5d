@testable import OrderCycleServer
import Testing

@Suite("Secrets: the hash tokens are stored under")
struct SecretsTests {
    /// The stored hashes of tokens issued before must still match: SHA-256 in lower-case hex (FIPS 180-2's examples).
    @Test func aTokensHashIsItsSHA256InLowerCaseHex() {
        #expect(Secrets.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Secrets.hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
