import HelpdeskCore

/// The article reader's lines: title, tags, how current and how useful it is, then the
/// rendered Markdown. Pure: the reader controller counts them, the pane draws them.
public enum ReaderLines {
    public static func lines(_ article: Article, width: Int, now: Int64 = 0, staleAfter: Int64 = .max) -> [StyledLine] {
        var lines = TextWrap.wrap("#\(article.id ?? 0)  \(article.title)", width: width).map { StyledLine($0, .kbTitle) }
        if !article.tags.isEmpty { lines.append(StyledLine("Tags: " + article.tagList.joined(separator: ", "), .dim)) }
        // The deflection figure: how often agents linked or sent it.
        var facts: [(text: String, role: ThemeRole)] = [
            ("Updated \(LocalTime.minute(article.updatedAt)) · version \(article.version) · linked \(article.timesLinked)× · sent \(article.timesSent)×", .dim),
        ]
        if article.isStale(now: now, staleAfter: staleAfter) { facts.append(("  STALE — please review", .slaAtRisk)) }
        lines.append(StyledLine(facts))
        lines.append(StyledLine("", .dim))
        return lines + MarkdownLines.render(article.body, width: width)
    }
}
