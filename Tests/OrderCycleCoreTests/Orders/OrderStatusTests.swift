import Testing
@testable import OrderCycleCore

@Suite struct OrderStatusTests {
    @Test func rawValuesAreSnakeCase() {
        #expect(OrderStatus.allCases.map(\.rawValue) == [
            "draft", "sent", "received", "placed", "invoiced", "picked", "dispatched", "delivered", "accepted", "cancelled",
        ])
    }

    @Test func eachStatusMovesOnlyToTheNextStepOrToCancelled() {
        #expect(OrderStatus.draft.allowedNext == [.sent, .cancelled])
        #expect(OrderStatus.sent.allowedNext == [.received, .cancelled])
        #expect(OrderStatus.received.allowedNext == [.placed, .cancelled])
        #expect(OrderStatus.placed.allowedNext == [.invoiced, .cancelled])
        #expect(OrderStatus.invoiced.allowedNext == [.picked, .cancelled])
        #expect(OrderStatus.picked.allowedNext == [.dispatched, .cancelled])
        #expect(OrderStatus.dispatched.allowedNext == [.delivered])
        #expect(OrderStatus.delivered.allowedNext == [.accepted])
        #expect(OrderStatus.accepted.allowedNext == [])
        #expect(OrderStatus.cancelled.allowedNext == [])
    }

    @Test func canTransitionAgreesWithAllowedNext() {
        for from in OrderStatus.allCases {
            for to in OrderStatus.allCases {
                #expect(from.canTransition(to: to) == from.allowedNext.contains(to))
            }
        }
    }

    @Test func cancellingIsPossibleOnlyBeforeDispatch() {
        let cancellable = OrderStatus.allCases.filter(\.canBeCancelled)
        #expect(cancellable == [.draft, .sent, .received, .placed, .invoiced, .picked])
    }

    @Test func transitionReturnsTheStepAsARecord() throws {
        let step = try OrderStatus.placed.transition(to: .invoiced)
        #expect(step == OrderTransition(from: .placed, to: .invoiced, reason: nil))
    }

    @Test func skippingAStepIsRefused() {
        #expect(throws: OrderTransitionError.notAllowed(from: .draft, to: .received)) {
            try OrderStatus.draft.transition(to: .received)
        }
    }

    @Test func goingBackIsRefused() {
        #expect(throws: OrderTransitionError.notAllowed(from: .picked, to: .placed)) {
            try OrderStatus.picked.transition(to: .placed)
        }
    }

    @Test func stayingInTheSameStatusIsRefused() {
        #expect(throws: OrderTransitionError.notAllowed(from: .sent, to: .sent)) {
            try OrderStatus.sent.transition(to: .sent)
        }
    }

    @Test func cancellingAfterDispatchIsRefused() {
        #expect(throws: OrderTransitionError.notAllowed(from: .dispatched, to: .cancelled)) {
            try OrderStatus.dispatched.transition(to: .cancelled, reason: "Client changed their mind")
        }
    }

    @Test func finishedOrdersNeverChange() {
        for terminal in [OrderStatus.accepted, .cancelled] {
            for next in OrderStatus.allCases {
                #expect(throws: OrderTransitionError.notAllowed(from: terminal, to: next)) {
                    try terminal.transition(to: next, reason: "any")
                }
            }
        }
    }

    @Test func cancellingWithoutAReasonIsRefused() {
        #expect(throws: OrderTransitionError.reasonRequired) {
            try OrderStatus.placed.transition(to: .cancelled)
        }
    }

    @Test func cancellingWithABlankReasonIsRefused() {
        #expect(throws: OrderTransitionError.reasonRequired) {
            try OrderStatus.placed.transition(to: .cancelled, reason: "  \n ")
        }
    }

    @Test func cancellingKeepsTheTrimmedReason() throws {
        let step = try OrderStatus.invoiced.transition(to: .cancelled, reason: "  Duplicate order ")
        #expect(step.to == .cancelled)
        #expect(step.reason == "Duplicate order")
    }

    @Test func orderIsOpenUntilAcceptedOrCancelled() {
        let open = OrderStatus.allCases.filter(\.isOpen)
        #expect(open == [.draft, .sent, .received, .placed, .invoiced, .picked, .dispatched, .delivered])
    }

    @Test func everyStatusHasDistinctNamesInEnglishAndRussian() {
        for language in Language.allCases {
            let names = OrderStatus.allCases.map { $0.name(language) }
            #expect(Set(names).count == OrderStatus.allCases.count)
        }
        #expect(OrderStatus.cancelled.name(.ru) == "Отменён")
    }
}
