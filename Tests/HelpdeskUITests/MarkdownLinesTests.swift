import Foundation
import Testing
@testable import HelpdeskCore
@testable import HelpdeskUI

/// The Markdown renderer's inline markup, and that its cost grows with the text (issue 14 item 8).
@Suite struct MarkdownLinesTests {
    @Test func linksReadAsTextAndAddress() {
        #expect(MarkdownLines.inline("See [the guide](https://kb.example/vpn) and **now**.") == "See the guide <https://kb.example/vpn> and now.")
        #expect(MarkdownLines.inline("[a](x) [b](y)") == "a <x> b <y>")
        #expect(MarkdownLines.inline("`code` and __under__") == "code and under")
        #expect(MarkdownLines.inline("no [closing](paren") == "no [closing](paren")
        #expect(MarkdownLines.inline("[outer [inner](u)") == "[outer inner <u>")
        #expect(MarkdownLines.inline("]( before [a](b)") == "]( before a <b>")
    }

    /// One line of 20,000 links took 28 s to open (every link searched the line from its start
    /// again); linear, it takes well under a second. The bound is ten times generous, for slow
    /// machines and debug builds, and still fails the quadratic version by far.
    @Test func aLineOfManyLinksRendersInLinearTime() {
        let line = String(repeating: "[Handbuch](https://kb.example/a/b) ", count: 20_000)
        let clock = ContinuousClock()
        var lines: [StyledLine] = []
        let elapsed = clock.measure { lines = MarkdownLines.render(line, width: 80) }
        #expect(elapsed < .seconds(3), "\(elapsed)")
        #expect(lines.count > 8_000)
        #expect(lines.first?.spans.first?.text.hasPrefix("Handbuch <https://kb.example/a/b> Handbuch") == true)
    }

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
