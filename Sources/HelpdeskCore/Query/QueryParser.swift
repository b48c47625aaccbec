import Foundation

/// Parses the query language (see docs/query-language.md):
///
///     status:open,pending priority:>=high tier:2 assignee:me|none tag:vpn
///     updated:<7d -category:printing printer "paper jam" sort:-priority
///
/// Terms are separated by spaces and must all match. `field:value` terms name a field, free words and
/// "quoted phrases" search subject and messages. A leading `-` negates a term. Values are checked here,
/// so a malformed query fails with the column of the problem before any SQL runs.
public enum QueryParser {
    public static func parse(_ text: String) throws(QueryError) -> TicketQuery {
        var query = TicketQuery()
        // Limits a person never reaches (a pasted document would cost seconds per keystroke).
        guard text.count <= InputLimits.queryCharacters else {
            throw QueryError(column: InputLimits.queryCharacters + 1,
                             message: "the query is too long (\(text.count) characters; at most \(InputLimits.queryCharacters))")
        }
        let tokens = try tokenize(text)
        guard tokens.count <= InputLimits.queryTerms else {
            throw QueryError(column: tokens[InputLimits.queryTerms].column,
                             message: "the query has too many terms (\(tokens.count); at most \(InputLimits.queryTerms))")
        }
        for token in tokens {
            try parse(token, into: &query)
        }
        return query
    }

    // MARK: - Tokens

    /// A whitespace-separated piece of the query; quotes may hold spaces.
    struct Token {
        var text: String
        var column: Int
        /// True when the whole token (after an optional `-`) was one quoted phrase.
        var isQuoted: Bool
    }

    static func tokenize(_ text: String) throws(QueryError) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var start = 0
        var quoteColumn: Int?
        var sawQuote = false
        var column = 0
        for character in text {
            column += 1
            if character == "\"" {
                if current.isEmpty && quoteColumn == nil { start = column }
                quoteColumn = quoteColumn == nil ? column : nil
                sawQuote = true
                current.append(character)
            } else if character.isWhitespace && quoteColumn == nil {
                if !current.isEmpty { tokens.append(finish(current, column: start, sawQuote: sawQuote)) }
                current = ""
                sawQuote = false
            } else {
                if current.isEmpty { start = column }
                current.append(character)
            }
        }
        if let quoteColumn {
            throw QueryError(column: quoteColumn, message: "this quote is never closed")
        }
        if !current.isEmpty { tokens.append(finish(current, column: start, sawQuote: sawQuote)) }
        return tokens
    }

    private static func finish(_ text: String, column: Int, sawQuote: Bool) -> Token {
        let body = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let isQuoted = sawQuote && body.count >= 2 && body.hasPrefix("\"") && body.hasSuffix("\"")
        return Token(text: text, column: column, isQuoted: isQuoted)
    }

    // MARK: - Terms

    static func parse(_ token: Token, into query: inout TicketQuery) throws(QueryError) {
        var text = Substring(token.text)
        var column = token.column
        let negated = text.hasPrefix("-") && text.count > 1
        if negated {
            text = text.dropFirst()
            column += 1
        }
        if token.isQuoted {
            let phrase = String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"", with: "")
            query.terms.append(.text(phrase, isPhrase: true, negated: negated))
            return
        }
        guard let colon = text.firstIndex(of: ":"),
              !text[..<colon].isEmpty,
              text[..<colon].allSatisfy({ $0.isLetter })
        else {
            query.terms.append(.text(String(text).replacingOccurrences(of: "\"", with: ""), isPhrase: false, negated: negated))
            return
        }
        let name = text[..<colon].lowercased()
        let valueColumn = column + text.distance(from: text.startIndex, to: colon) + 1
        var rawValue = String(text[text.index(after: colon)...])
        if rawValue.hasPrefix("\"") && rawValue.hasSuffix("\"") && rawValue.count >= 2 {
            rawValue = String(rawValue.dropFirst().dropLast())
        }
        if name == "sort" {
            guard !negated else { throw QueryError(column: token.column, message: "sort: cannot be negated; write sort:-\(rawValue) for the reverse order") }
            query.sort = try parseSort(rawValue, column: valueColumn)
            return
        }
        guard let field = QueryField(rawValue: name) else {
            let fields = QueryField.allCases.map(\.rawValue) + ["sort"]
            throw QueryError(column: column, message: "unknown field '\(name)' (fields: \(fields.joined(separator: ", ")))"
                             + Suggestion.tail(for: name, among: fields))
        }
        let (comparison, valueText) = splitComparison(rawValue)
        if comparison != .equal && !field.isOrdered {
            throw QueryError(column: valueColumn, message: "\(field.rawValue): does not take \(comparison.rawValue); list values with commas instead")
        }
        let values = valueText.split(separator: ",", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "|", omittingEmptySubsequences: false) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard !values.contains(where: \.isEmpty) else {
            throw QueryError(column: valueColumn, message: "\(field.rawValue): needs a value, e.g. \(QueryValues.example(for: field))")
        }
        if comparison != .equal && values.count > 1 {
            throw QueryError(column: valueColumn, message: "\(field.rawValue): a comparison takes one value")
        }
        let normalized = try values.map { value throws(QueryError) in
            try QueryValues.validate(value, for: field, comparison: comparison, column: valueColumn)
        }
        query.terms.append(.field(.init(field: field, comparison: comparison, values: normalized, negated: negated, column: valueColumn)))
    }

    static func splitComparison(_ value: String) -> (TicketQuery.Comparison, String) {
        for comparison in [TicketQuery.Comparison.lessOrEqual, .greaterOrEqual, .less, .greater] where value.hasPrefix(comparison.rawValue) {
            return (comparison, String(value.dropFirst(comparison.rawValue.count)))
        }
        return (.equal, value.hasPrefix("=") ? String(value.dropFirst()) : value)
    }

    static func parseSort(_ value: String, column: Int) throws(QueryError) -> TicketSort {
        let descending = value.hasPrefix("-")
        let name = descending ? String(value.dropFirst()) : value
        guard let key = TicketSort.Key(rawValue: name.lowercased()) else {
            let keys = TicketSort.Key.allCases.map(\.rawValue).joined(separator: ", ")
            throw QueryError(column: column, message: "cannot sort by '\(name)' (sort keys: \(keys); a leading - reverses)")
        }
        return TicketSort(key, descending: descending)
    }
}
