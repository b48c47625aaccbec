import Testing
@testable import HelpdeskCore
@testable import HelpdeskUI

/// Mailed answers quote the whole thread: the detail pane shows what the requester newly wrote,
/// folds the quoted history and signature into one line, and `Q` shows them whole (agents'
/// replies and notes are never folded).
@Suite struct QuotedTextFoldingTests {
    typealias F = UIFixtures

    static let answer = """
        Danke, ich bin bis 16 Uhr da.

        --\u{20}
        Rita Requester, Buchhaltung

        Am 03.12.2026 um 09:12 schrieb Nordwind IT:
        > Guten Tag, wir tauschen heute die Einzugsrolle.
        """

    private func state() -> AppState {
        var state = F.loadedState(120, 40)
        state.detail.detail = F.detail(for: F.queueRows[0], messages: [(Self.answer, false, false), ("> zitiert, aber von uns", false, true)])
        state.focus = .detail
        return state
    }

    @Test func quotedHistoryAndSignatureAreFoldedAndQShowsThem() {
        var state = state()
        var buffer = F.render(state).buffer
        #expect(buffer.find("Danke, ich bin bis 16 Uhr da.") != nil)
        #expect(buffer.find("Einzugsrolle") == nil && buffer.find("Buchhaltung") == nil)
        #expect(buffer.find("… quoted text and signature folded (Q shows them)") != nil)
        #expect(buffer.find("> zitiert, aber von uns") != nil, "an agent's reply is shown whole")

        _ = Update.apply(.key(.spec("Q")), to: &state)
        buffer = F.render(state).buffer
        #expect(state.detail.showsQuoted)
        #expect(buffer.find("> Guten Tag, wir tauschen heute die Einzugsrolle.") != nil && buffer.find("Rita Requester, Buchhaltung") != nil)
        #expect(buffer.find("quoted text and signature folded") == nil)
        #expect(state.message?.text == "Quoted text and signatures shown (Q folds them)")

        _ = Update.apply(.key(.spec("Q")), to: &state)
        #expect(!state.detail.showsQuoted && F.render(state).buffer.find("Einzugsrolle") == nil)
    }
}
