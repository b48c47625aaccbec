import Testing
@testable import HelpdeskCore
@testable import HelpdeskUI

@Suite struct MarkdownLinesTests {
    /// Found by the fuzz harness (FuzzCorpusTests' mutants): a list number wider than the pane left no room for the item, and the
    /// line overflowed (the pane cut it, and the item's text was gone).
    @Test func aListMarkerWiderThanThePaneStillFits() {
        let lines = MarkdownLines.render("123456789012345678. long number\n12345612345678. x\n1. short", width: 16)
        let texts = lines.map { $0.spans.map(\.text).joined() }
        for text in texts { #expect(TextWidth.width(text) <= 16, "\(text.debugDescription)") }
        #expect(texts.joined(separator: " ").contains("long number"))
        #expect(texts.last == "1. short")
    }
}
