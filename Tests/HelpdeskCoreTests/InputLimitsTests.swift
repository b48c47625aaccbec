import Foundation
import Testing
@testable import HelpdeskCore

/// Every input has a size limit enforced in the core, and text is stored exactly or refused
/// (issue 14 items 1 and 8; the limits are listed in docs/admin.md).
@Suite struct InputLimitsTests {
    @Test func aNulByteIsRefusedWithItsPlace() {
        #expect(throws: HelpdeskError.invalidInput("the body contains a NUL byte (at byte 2): helpdesk stores text, not binary data — nothing was changed")) {
            try InputLimits.checked("ab\u{0}cd", "the body", limit: 100)
        }
        #expect((try? InputLimits.checked("tab\tand\nnewline é", "the body", limit: 100)) == "tab\tand\nnewline é")
    }

    @Test func aNewTicketsBodyHasALimit() throws {
        let body = String(repeating: "x", count: InputLimits.message + 1)
        #expect(throws: HelpdeskError.invalidInput("the body is too long (\(InputLimits.message + 1) characters; at most \(InputLimits.message))")) {
            try NewTicket(subject: "S", requesterEmail: "a@example.com", body: body).validated()
        }
        let fits = try NewTicket(subject: "S", requesterEmail: "a@example.com", body: String(body.dropLast())).validated()
        #expect(fits.body.count == InputLimits.message)
    }

    @Test func aQueryHasALengthAndATermLimit() throws {
        let words = (1...InputLimits.queryTerms + 1).map { "w\($0)" }
        #expect(throws: QueryError.self) { try QueryParser.parse(words.joined(separator: " ")) }
        do {
            _ = try QueryParser.parse(words.joined(separator: " "))
        } catch {
            #expect(error.message == "the query has too many terms (\(InputLimits.queryTerms + 1); at most \(InputLimits.queryTerms))")
            #expect(error.column == words.dropLast().joined(separator: " ").count + 2)
        }
        #expect(try QueryParser.parse(words.dropLast().joined(separator: " ")).terms.count == InputLimits.queryTerms)
        let long = String(repeating: "a", count: InputLimits.queryCharacters + 1)
        #expect(throws: QueryError(column: InputLimits.queryCharacters + 1,
                                   message: "the query is too long (\(InputLimits.queryCharacters + 1) characters; at most \(InputLimits.queryCharacters))")) {
            try QueryParser.parse(long)
        }
    }

    @Test func wordsRefuseSpacesAndControls() {
        for bad in ["two words", "esc\u{1B}", "bidi\u{202E}x", "del\u{7F}", String(repeating: "x", count: 65), ""] {
            #expect(throws: HelpdeskError.self) { try InputLimits.checkedWord(bad, "a tag") }
        }
        #expect((try? InputLimits.checkedWord("drucker-3og", "a tag")) == "drucker-3og")
    }
}
