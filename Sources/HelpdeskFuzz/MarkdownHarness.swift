import HelpdeskCore
import HelpdeskUI

/// The article reader: Markdown rendered at the widths a knowledge-base pane has (the narrowest
/// tab layout, a stacked pane, a wide one) gives lines no wider than the pane, with nothing
/// unsafe in them; the reader's lines, drawn, keep the screen grid. The first line is also the
/// article's title, the second its tags.
enum MarkdownHarness {
    static let widths = [16, 38, 77]

    static func run(_ text: String) throws(FuzzFailure) {
        for width in widths {
            for line in MarkdownLines.render(text, width: width) {
                let drawn = line.spans.map(\.text).joined()
                try ScreenChecks.checkSafe(drawn, "Markdown line at width \(width)")
                let cells = TextWidth.width(drawn)
                try FuzzFailure.check(cells <= width, "a Markdown line of \(cells) cells at width \(width): \(drawn.debugDescription)")
            }
        }
        let lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        let article = Article(id: 7, title: lines[0], body: text, tags: lines.count > 1 ? lines[1].split(separator: " ").map(String.init) : [],
                              ownerId: nil, createdAt: 0, updatedAt: 0)
        let width = widths[0]
        let reader = ReaderLines.lines(article, width: width, now: 1_000_000, staleAfter: 1)
        // Styles do not matter here; a theme with none keeps the harness to the Markdown.
        let theme = Theme(name: "fuzz", styles: [:])
        var buffer = Buffer(size: Size(width: width, height: min(reader.count, 200)))
        for (y, line) in reader.prefix(buffer.height).enumerated() {
            line.draw(in: &buffer, x: 0, y: y, width: width, theme: theme)
        }
        try ScreenChecks.checkGrid(buffer, "reader at width \(width)")
    }
}
