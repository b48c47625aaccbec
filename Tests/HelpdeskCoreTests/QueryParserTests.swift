import Testing
@testable import HelpdeskCore

@Suite struct QueryParserTests {
    @Test func parsesTheFullExampleFromTheIssue() throws {
        let query = try QueryParser.parse(
            #"status:open,pending priority:>=high tier:2 assignee:me|none|jdoe requester:anna@nordwind.example org:Logistik category:network tag:vpn channel:phone sla:breached|at-risk created:>2026-11-01 updated:<7d is:unassigned printer "paper jam" sort:-priority"#)
        #expect(query.sort == TicketSort(.priority, descending: true))
        let fields = query.terms.compactMap { term -> QueryField? in
            if case .field(let field) = term { return field.field }
            return nil
        }
        #expect(fields == [.status, .priority, .tier, .assignee, .requester, .org, .category, .tag, .channel, .sla, .created, .updated, .is])
        #expect(query.terms.contains(.text("printer", isPhrase: false, negated: false)))
        #expect(query.terms.contains(.text("paper jam", isPhrase: true, negated: false)))
        guard case .field(let status) = query.terms[0] else { Issue.record("no status"); return }
        #expect(status.values == ["open", "pending"])
        guard case .field(let priority) = query.terms[1] else { Issue.record("no priority"); return }
        #expect(priority.comparison == .greaterOrEqual && priority.values == ["3"])
    }

    @Test func negationAndQuotedValues() throws {
        let query = try QueryParser.parse(#"-tag:vpn org:"Sales EMEA" -drucker"#)
        guard case .field(let tag) = query.terms[0] else { Issue.record("no tag"); return }
        #expect(tag.negated && tag.values == ["vpn"])
        guard case .field(let org) = query.terms[1] else { Issue.record("no org"); return }
        #expect(org.values == ["Sales EMEA"])
        #expect(query.terms[2] == .text("drucker", isPhrase: false, negated: true))
    }

    @Test func emptyQueryHasNoTerms() throws {
        #expect(try QueryParser.parse("   ") == TicketQuery())
    }

    @Test(arguments: [
        ("statsu:open", 1, "unknown field 'statsu'"),
        ("status:opn", 8, "unknown status 'opn'"),
        ("tier:1 priority:hgh", 17, "unknown priority 'hgh'"),
        ("tier:4", 6, "unknown tier '4'"),
        ("status:", 8, "status: needs a value"),
        ("status:open,,pending", 8, "status: needs a value"),
        (#"printer "paper jam"#, 9, "this quote is never closed"),
        ("sort:subject", 6, "cannot sort by 'subject'"),
        ("updated:7d", 9, "a relative time needs < or >"),
        ("created:>yesterday", 9, "is neither a date"),
        ("status:>open", 8, "does not take >"),
        ("sla:late", 5, "unknown sla 'late'"),
        ("is:urgent", 4, "unknown is 'urgent'"),
        ("assignee:a;b", 10, "unknown assignee"),
        ("-sort:id", 1, "sort: cannot be negated"),
    ])
    func malformedQueriesNameTheColumnAndTheProblem(query: String, column: Int, message: String) {
        do {
            _ = try QueryParser.parse(query)
            Issue.record("expected an error for \(query)")
        } catch {
            #expect(error.column == column, "\(query): \(error)")
            #expect(error.message.contains(message), "\(query): \(error)")
        }
    }

    @Test func fullTextTermsAreQuotedNeverRaw() {
        #expect(FullTextQuery.quote("printer", isPhrase: false) == #""printer"*"#)
        #expect(FullTextQuery.quote(#"pa"per"#, isPhrase: true) == #""pa""per""#)
        #expect(FullTextQuery.quote("NOT", isPhrase: false) == #""NOT"*"#)
        #expect(FullTextQuery.quote("(", isPhrase: false) == nil)
        #expect(FullTextQuery.quote("*", isPhrase: false) == nil)
        #expect(FullTextQuery.quote("paper\u{0}jam", isPhrase: true) == #""paper jam""#)
        // By scalar: a combining mark after the NUL or the quote makes one Character with it.
        #expect(FullTextQuery.quote("t\u{0}\u{6DC}t", isPhrase: true) == "\"t \u{6DC}t\"")
        #expect(FullTextQuery.quote("pa\"\u{301}per", isPhrase: true) == "\"pa\"\"\u{301}per\"")
    }
}
