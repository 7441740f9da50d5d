@testable import OrderCycleServer
import Testing

@Suite("What an import keeps from piece to piece stays within its bound")
struct BoundedMemoTests {
    @Test func aFullMemoForgetsEverythingBeforeItKeepsANewName() {
        var memo = BoundedMemo<String, Int>(capacity: 2)
        memo.remember(1, for: "a")
        memo.remember(2, for: "b")
        #expect((memo["a"], memo["b"]) == (1, 2))
        memo.remember(20, for: "b")  // a name it holds is kept in place
        #expect((memo["a"], memo["b"], memo.values.count) == (1, 20, 2))
        memo.remember(3, for: "c")
        #expect((memo["a"], memo["b"], memo["c"]) == (nil, nil, 3))
        #expect(memo.values.count == 1)
    }
}
