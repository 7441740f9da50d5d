@testable import OrderCycleServer
import Testing

@Suite struct HTMLEscapeTests {
    @Test func theFiveCharactersAreEscapedAndEveryOtherIsKept() {
        #expect(HTML.escape(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTML.escape("Заказ «№ 5» <срочно> — ✓ 🚚") == "Заказ «№ 5» &lt;срочно&gt; — ✓ 🚚")
        #expect(HTML.escape("ООО Ромашка, 12 345,00 ₽") == "ООО Ромашка, 12 345,00 ₽")
        #expect(HTML.escape("") == "")
    }
}
