import HelpdeskCore

/// Performs effects against the store and answers with actions. Every call is a short
/// indexed query (a page, a ticket, a search), so it runs inline on the UI thread.
public final class EffectRunner {
    let store: HelpdeskStore
    /// Acts as the agent running the program; nil for someone who is not an agent.
    let service: TicketService?
    let drafts: DraftStore?
    /// How many articles to suggest for a ticket.
    static let suggestionCount = 5
    /// Marking "all matching" stops here: bulk changes are for a screenful or a few hundred, not a whole archive.
    static let markAllLimit = 1_000

    let presence: Presence
    /// What this program last announced, to withdraw it when the agent moves on.
    private var announced: (ticketId: Int64, activity: Presence.Activity)?

    public init(store: HelpdeskStore, service: TicketService? = nil, drafts: DraftStore? = nil) {
        self.store = store
        self.service = service
        self.drafts = drafts
        presence = Presence(databasePath: store.path)
    }

    /// Announces `activity` on the ticket (withdrawing what was announced before) and reads who
    /// else is there. Only agents announce; anyone may see.
    func checkPresence(ticketId: Int64?, activity: Presence.Activity) -> [Action] {
        let login = service?.actor.login
        if let old = announced, let login, old.ticketId != ticketId || old.activity != activity {
            presence.withdraw(ticketId: old.ticketId, login: login, activity: old.activity)
            announced = nil
        }
        guard let ticketId else { return [] }
        if let login, !store.isReadOnly {
            presence.announce(ticketId: ticketId, login: login, activity: activity)
            announced = (ticketId, activity)
        }
        return [.presenceLoaded(ticketId: ticketId, presence.others(on: ticketId, besides: login ?? "", now: store.now))]
    }

    /// Withdraws this program's presence (when it quits).
    public func leave() { _ = checkPresence(ticketId: nil, activity: .viewing) }

    /// The actions that report the outcome; errors become a message, never a crash.
    public func perform(_ effect: Effect, agentId: Int64?) -> [Action] {
        do {
            switch effect {
            case .loadQueue(let filter, let position, let limit, let load):
                return [.queueLoaded(try store.tickets(matching: filter, from: position, limit: limit), load, requested: limit)]
            case .countQueue(let filter):
                let (count, exact) = try store.countTickets(matching: filter)
                return [.queueCounted(count: count, isExact: exact)]
            case .loadDetail(let id):
                do {
                    return [.detailLoaded(try store.ticketDetail(id: id)), .linksLoaded(ticketId: id, try store.linkedArticles(ticketId: id))]
                } catch let error as HelpdeskError {
                    return [.detailFailed(error.description)]
                }
            case .suggestArticles(let id, _):
                // From the ticket's subject and first messages, common words down-weighted.
                return [.suggestionsLoaded(ticketId: id, try store.suggestArticles(ticketId: id, limit: Self.suggestionCount))]
            case .searchArticles(let text):
                // A leading "!" is the advanced mode: raw FTS5 syntax, its mistakes shown under the box.
                let advanced = text.hasPrefix("!")
                do {
                    return [.searchResultsLoaded(query: text, try store.searchArticles(advanced ? String(text.dropFirst()) : text,
                                                                                      advanced: advanced, limit: 50))]
                } catch let error as HelpdeskError where advanced {
                    return [.searchFailed(query: text, error.description)]
                }
            case .loadTeam:
                return [.teamLoaded(try store.teamLoad())]
            case .linkArticle(let articleId, let ticketId):
                let link = try store.linkArticle(articleId, toTicket: ticketId, actor: try agentService().actor.login)
                return [.triageDone(summary: "Linked article #\(articleId) (\(link.title)) to #\(ticketId)", outcome: nil, isError: false)]
            case .loadArticle(let id):
                return [.articleLoaded(try store.article(id: id))]
            case .saveView(let name, let query, let shared):
                let actor = try agentService().actor
                if shared {
                    try store.saveSharedView(name: name, query: query, actor: actor)
                } else {
                    try store.saveView(name: name, query: query, ownerId: actor.id ?? 0)
                }
                return [.viewsLoaded(try store.savedViews(ownerId: agentId)),
                        .info("Saved \(shared ? "the team's shared" : "your") view '\(name)': \(query)")]
            case .openPicker(let purpose, _, let tier):
                return [try picker(purpose, tier: tier)]
            case .perform(let request):
                return [try perform(request)]
            case .undo(let outcome):
                let undone = try agentService().undo(outcome)
                return [.triageDone(summary: undone.summary, outcome: nil, isError: false)]
            case .markAll(let filter):
                let rows = try store.tickets(matching: filter, from: .start, limit: Self.markAllLimit + 1)
                return [.markedAll(rows.prefix(Self.markAllLimit).map(\.id), capped: rows.count > Self.markAllLimit)]
            case .checkPresence(let ticketId, let activity):
                return checkPresence(ticketId: ticketId, activity: activity)
            case .saveDraft(let key, let text):
                do {
                    try drafts?.save(text, for: key)
                    return []
                } catch {
                    return [.failed("cannot save the draft: \(error.localizedDescription)")]
                }
            case .applyTheme, .suspend, .compose, .editArticle:
                // Terminal-side effects: the App performs them.
                return []
            }
        } catch let error as HelpdeskError {
            return [.failed(error.description)]
        } catch {
            return [.failed("\(error)")]
        }
    }

    // MARK: - Triage

    func agentService() throws -> TicketService {
        guard let service else { throw HelpdeskError.permissionDenied("you are not an agent of this helpdesk: nothing was changed") }
        return service
    }

    func perform(_ request: TriageRequest) throws -> Action {
        let service = try agentService()
        switch request.target {
        case .ticket(let id, let version):
            do {
                let outcome = try service.perform(request.actions, on: id, basedOn: version)
                if let draft = request.draft { drafts?.remove(draft) }
                // The reply quoted an article: that counts for the article (the deflection figure).
                if let articleId = request.articleId {
                    _ = try? store.recordArticleSent(articleId: articleId, ticketId: id, actor: service.actor.login)
                }
                return .triageDone(summary: outcome.summary, outcome: outcome, isError: false)
            } catch let error as HelpdeskError {
                // First, so a long reason cut off at the screen's edge never hides it.
                let kept = request.draft.map { _ in "Kept as a draft: " } ?? ""
                return .triageDone(summary: kept + error.description, outcome: nil, isError: true)
            }
        case .marked(let ids):
            var combined = BulkOutcome()
            for action in request.actions {
                let outcome = try service.performBulk(action, on: ids)
                if combined.applied.isEmpty { combined.applied = outcome.applied }
                combined.refused += outcome.refused
            }
            return .triageDone(summary: combined.summary, outcome: nil, isError: combined.applied.isEmpty)
        }
    }

    func picker(_ purpose: TriagePurpose, tier: Int) throws -> Action {
        switch purpose {
        case .macro:
            let macros = try store.macros()
            let items = macros.map { Picker.Item($0.name, detail: String($0.summary.dropFirst($0.name.count)).trimmingCharacters(in: .whitespaces)) }
            return .pickerReady(Picker(title: "Canned response", items: items, purpose: .macro), macros: macros)
        default:
            let agents = try store.workload(tier: tier).map { entry in
                Picker.Item("\(entry.agent.login) — \(entry.agent.name)", detail: "\(entry.openTickets) open", value: entry.agent.login)
            }
            if case .escalateAssignee = purpose {
                let nobody = Picker.Item("(nobody)", detail: "tier \(tier)'s queue", value: "")
                return .pickerReady(Picker(title: "Escalate to tier \(tier), assign to", items: [nobody] + agents, purpose: purpose), macros: [])
            }
            return .pickerReady(Picker(title: "Assign to (tier \(tier))", items: [Picker.Item("(nobody)", detail: "unassign", value: "")] + agents,
                                       purpose: .assign), macros: [])
        }
    }

    /// Saves an article written in the editor: a new one, or a new version of an existing one
    /// (refused when someone saved another version meanwhile).
    func saveArticle(_ document: ArticleDocument, basedOn version: Int64?) -> Action {
        do {
            let login = try agentService().actor.login
            let article: Article
            if let id = document.id {
                article = try store.editArticle(id: id, title: document.title, body: document.body, tags: document.tags,
                                                actor: login, basedOn: version)
            } else {
                article = try store.addArticle(title: document.title, body: document.body, tags: document.tags, actor: login)
            }
            return .triageDone(summary: "Saved article #\(article.id ?? 0) \(article.title) (version \(article.version))", outcome: nil, isError: false)
        } catch {
            return .failed("\(error)")
        }
    }
}
