import Testing
@testable import HelpdeskCore
@testable import HelpdeskUI

/// The knowledge base on the ticket at hand: replying with an article or one of its sections,
/// linking it, writing articles, the advanced search, and what the reader says about an article.
@Suite struct KnowledgeUpdateTests {
    typealias F = UIFixtures

    @discardableResult
    private func press(_ keys: String..., on state: inout AppState) -> [Effect] {
        keys.flatMap { Update.apply(.key(.spec($0)), to: &state) }
    }

    /// #1042 selected; the KB pane focused with an article open in the reader.
    private func reading(_ article: Article = F.article) -> AppState {
        var state = F.loadedState(120, 40)
        state.focus = .kb
        _ = Update.apply(.articleLoaded(article), to: &state)
        return state
    }

    @Test func insertingAnArticleOffersItsSectionsAndRepliesWithTheChoice() {
        var article = F.article
        article.body += "\n\n## If nothing helps\n\nCall the service desk."
        var state = reading(article)
        press("i", on: &state)
        guard case .picking(let picker) = state.mode else { Issue.record("no picker"); return }
        #expect(picker.items.map(\.label) == ["Whole article", "Steps", "If nothing helps"])
        let effects = press("down", "down", "enter", on: &state)
        #expect(effects == [.compose(Composition(key: DraftKey(ticketId: 1042, kind: .reply), version: 4, subject: F.queueRows[0].subject,
                                                 initialText: "If nothing helps\n\nCall the service desk.", articleId: 7))])
        // Sending it carries the article, so it is counted as sent.
        guard case .compose(let composition)? = effects.first else { return }
        _ = Update.apply(.composed(composition, text: "If nothing helps\n\nCall the service desk."), to: &state)
        let sent = press("y", on: &state)
        guard case .perform(let request)? = sent.first else { Issue.record("nothing sent"); return }
        #expect(request.articleId == 7)
        #expect(request.actions == [.reply("If nothing helps\n\nCall the service desk.")])
    }

    @Test func anArticleWithOneSectionGoesInWhole() {
        var article = F.article
        article.body = "Just restart the client."
        var state = reading(article)
        let effects = press("i", on: &state)
        guard case .compose(let composition)? = effects.first else { Issue.record("no editor"); return }
        #expect(composition.initialText == "VPN disconnects after a few minutes\n\nJust restart the client.")
    }

    @Test func linkingNamesTheArticleAndTheTicket() {
        var state = F.loadedState(120, 40)
        state.focus = .kb
        state.kb.suggestions = F.suggestions
        state.kb.selected = 1
        #expect(press("L", on: &state) == [.linkArticle(articleId: F.suggestions[1].id, ticketId: 1042)])
        // Without an open article, `i` says what to do.
        #expect(press("i", on: &state).isEmpty)
        #expect(state.message?.text == "open the article first (Enter), then i")
    }

    @Test func editingAndDraftingArticlesOpenTheEditor() {
        var state = reading()
        #expect(press("e", on: &state) == [.editArticle(ArticleDocument(F.article, owner: nil), basedOn: 1)])
        // :kb draft needs a solved ticket; its problem and solution come from the conversation.
        let effects = CommandLineController.execute(ColonCommand.parse("kb draft"), &state)
        #expect(effects.isEmpty)
        #expect(state.message?.text == "draft articles from solved tickets: #1042 is open")
        state.detail.detail?.ticket.status = .solved
        guard case .editArticle(let draft, nil)? = CommandLineController.execute(ColonCommand.parse("kb draft"), &state).first else { Issue.record("no editor"); return }
        #expect(draft.title == F.queueRows[0].subject)
        #expect(draft.body.hasPrefix("## Problem\n\n"))
        #expect(draft.body.contains("## Solution"))
        guard case .editArticle(let blank, nil)? = CommandLineController.execute(ColonCommand.parse("kb new"), &state).first else { Issue.record("no editor"); return }
        #expect(blank.id == nil)
    }

    @Test func anAdvancedSearchShowsItsMistakeUnderTheBox() {
        var state = F.loadedState(120, 40)
        press("tab", "tab", "/", on: &state)
        for character in "!\"vpn" { _ = Update.apply(.key(KeyEvent(.char(character))), to: &state) }
        #expect(state.kb.search.text == "!\"vpn")
        _ = Update.apply(.searchFailed(query: "!\"vpn", "invalid advanced search '\"vpn': unterminated string"), to: &state)
        #expect(F.render(state).buffer.find("invalid advanced search") != nil)
        _ = Update.apply(.searchResultsLoaded(query: "!\"vpn", F.suggestions), to: &state)
        #expect(state.kb.searchError == nil)
    }

    @Test func theReaderShowsHowCurrentAndHowUsefulAnArticleIs() {
        var article = F.article
        article.timesLinked = 12
        article.timesSent = 5
        var state = reading(article)
        state.kb.staleAfter = 180 * F.day
        #expect(F.render(state).buffer.find("linked 12× · sent 5×") != nil)
        #expect(F.render(state).buffer.find("STALE") == nil)
        state.kb.staleAfter = F.day
        #expect(F.render(state).buffer.find("STALE — please review") != nil)
    }

    @Test func theDetailListsLinkedArticles() {
        var state = F.loadedState(120, 40)
        _ = Update.apply(.linksLoaded(ticketId: 1042, [ArticleLink(ticketId: 1042, articleId: 7, title: "VPN disconnects after a few minutes",
                                                                   linkedBy: "mkeller", linkedAt: F.now, timesSent: 2)]), to: &state)
        state.zoomed = true
        state.focus = .detail
        let buffer = F.render(state).buffer
        #expect(buffer.find("Linked articles (1)") != nil)
        #expect(buffer.find("#7 VPN disconnects after a few minutes · sent 2×") != nil)
    }

    @Test func matchedWordsAreHighlightedInTitles() throws {
        var state = F.loadedState(120, 40)
        let m = (ArticleHit.matchStart, ArticleHit.matchEnd)
        state.kb.suggestions = [ArticleHit(id: 9, title: "Drucker Papierstau beheben", tags: "", snippet: "Klappe \(m.0)öffnen\(m.1)", rank: -1,
                                           highlightedTitle: "Drucker \(m.0)Papierstau\(m.1) beheben")]
        let theme = Theme.monochrome
        let buffer = F.render(state, theme: theme).buffer
        let title = try #require(buffer.find("#9 Drucker Papierstau beheben"))
        let word = title.x + "#9 Drucker ".count
        #expect(buffer[x: word, y: title.y].style == theme.style(.kbMatch))
        #expect(buffer[x: title.x, y: title.y].style == theme.style(.kbTitle))
        let snippet = try #require(buffer.find("Klappe öffnen"))
        #expect(buffer[x: snippet.x + "Klappe ".count, y: snippet.y].style == theme.style(.kbMatch))
    }
}
