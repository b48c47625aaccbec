import Foundation
import HelpdeskCore

/// Performs every effect — against the store, the terminal (Ctrl-Z, editors) and the theme
/// files — and answers with actions. Store calls are short indexed queries (a page, a ticket,
/// a search), so everything runs inline on the UI thread.
public final class EffectRunner {
    let store: HelpdeskStore
    /// Acts as the agent running the program; nil for someone who is not an agent.
    let service: TicketService?
    let drafts: DraftStore?
    let terminal: Terminal
    let editor: Editor
    let viewer: FileViewer
    let loadTheme: (String) throws -> Theme
    /// The agent's id, for their saved views.
    let agentId: Int64?
    /// How many articles to suggest for a ticket.
    static let suggestionCount = 5
    /// Marking "all matching" stops here: bulk changes are for a screenful or a few hundred, not a whole archive.
    static let markAllLimit = 1_000

    let presence: Presence
    /// What this program last announced, to withdraw it when the agent moves on.
    private var announced: (ticketId: Int64, activity: Presence.Activity)?
    /// Copies handed to the desktop's viewer, which reads them later: removed when helpdesk quits.
    var viewerCopies: [String] = []

    public init(store: HelpdeskStore, service: TicketService? = nil, drafts: DraftStore? = nil, terminal: Terminal,
                editor: Editor = SystemEditor(), viewer: FileViewer = SystemFileViewer(), loadTheme: @escaping (String) throws -> Theme = { _ in .builtinDefault }) {
        self.store = store
        self.service = service
        self.drafts = drafts
        self.terminal = terminal
        self.editor = editor
        self.viewer = viewer
        self.loadTheme = loadTheme
        agentId = service?.actor.id
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
    public func leave() {
        _ = checkPresence(ticketId: nil, activity: .viewing)
        viewerCopies.forEach(PrivateFile.removeCopy)
        viewerCopies = []
    }

    /// The actions that report the outcome; errors become a message, never a crash.
    public func perform(_ effect: Effect) -> [Action] {
        do {
            switch effect {
            case .loadQueue(let filter, let position, let limit, let load):
                return [.queueLoaded(try store.tickets(matching: filter, from: position, limit: limit), load, requested: limit)]
            case .countQueue(let filter):
                let (count, exact) = try store.countTickets(matching: filter)
                return [.queueCounted(QueueCount(count: count, isExact: exact))]
            case .loadDetail(let id):
                do {
                    return [.detailLoaded(try store.ticketDetail(id: id)), .linksLoaded(ticketId: id, try store.linkedArticles(ticketId: id))]
                } catch let error as HelpdeskError {
                    return [.detailFailed(ticketId: id, error.description)]
                }
            case .openTicket(let id):
                // A number that names no ticket leaves the current ticket as it is.
                let detail = try store.ticketDetail(id: id)
                return [.ticketOpened(detail), .linksLoaded(ticketId: id, try store.linkedArticles(ticketId: id)),
                        .suggestionsLoaded(ticketId: id, try store.suggestArticles(ticketId: id, limit: Self.suggestionCount))]
            case .suggestArticles(let id):
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
            case .loadRequester(let ticketId, let limit):
                let directory = RequesterDirectory(store: store)
                do {
                    let requester = try directory.summary(ofTicket: ticketId)
                    let rows = try directory.tickets(of: requester.id, limit: limit)
                    return [.requesterLoaded(ticketId: ticketId, requester, rows, requested: limit)]
                } catch let error as HelpdeskError {
                    return [.requesterFailed(ticketId: ticketId, error.description)]
                }
            case .prepareErasure(let requesterId):
                guard let service else { return [.failed("only an admin may erase a requester")] }
                try RequesterErasure(store: store, actor: service.actor).requirePermission()
                return [.erasureAllowed(requesterId: requesterId)]
            case .eraseRequester(let requesterId, let reason):
                guard let service else { return [.failed("only an admin may erase a requester")] }
                return [.requesterErased(try RequesterErasure(store: store, actor: service.actor).erase(.id(requesterId), reason: reason))]
            case .loadRequesterTickets(let requesterId, let cursor, let limit):
                let rows = try RequesterDirectory(store: store).tickets(of: requesterId, from: .after(cursor), limit: limit)
                return [.requesterTicketsLoaded(requesterId: requesterId, rows, requested: limit)]
            case .linkArticle(let articleId, let ticketId):
                let link = try store.linkArticle(articleId, toTicket: ticketId, actor: try agentService().actor.login)
                return [.triageDone(summary: "Linked article #\(articleId) (\(link.title)) to #\(ticketId)", undoable: false, isError: false)]
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
            case .openPicker(let purpose, let title, let target, let tier):
                return [try picker(purpose, title: title, target: target, tier: tier)]
            case .perform(let request):
                return [try perform(request)]
            case .undoLast:
                let undone = try agentService().undoLast()
                return [.undone(summary: undone.summary, ticketIds: undone.ticketIds)]
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
            case .applyTheme(let name):
                return [.themeApplied(try loadTheme(name).adapted(toColors: terminal.colorCount))]
            case .suspend:
                terminal.suspendToShell()
                return [.screenLost]
            case .compose(let composition):
                return compose(composition)
            case .editArticle(let document, let version):
                return [editArticle(document, basedOn: version), .screenLost]
            case .readAttachment(let path, let confirmation):
                do {
                    return [.fileRead(try NewAttachment.read(path: path), for: confirmation)]
                } catch let error as HelpdeskError {
                    return [.fileUnreadable(error.description, for: confirmation)]
                }
            case .openAttachment(let file):
                return try openAttachment(file)
            case .saveAttachment(let file, let path):
                let written = try PrivateFile.create(try store.attachmentData(file.id, ofTicket: file.ticketId), at: path, fileName: file.fileName)
                return [.info("Saved \(written) (\(ByteCount.text(file.size)))")]
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
                return .triageDone(summary: outcome.summary + mailed([id], request), undoable: outcome.isUndoable, isError: false)
            } catch let error as HelpdeskError {
                // First, so a long reason cut off at the screen's edge never hides it.
                let kept = request.draft.map { _ in "Kept as a draft: " } ?? ""
                return .triageDone(summary: kept + error.description, undoable: false, isError: true)
            }
        case .marked(let ids):
            let outcome = try service.performBulk(request.actions, on: ids)
            let undoable = !outcome.applied.isEmpty && request.actions.allSatisfy(\.isUndoable)
            return .triageDone(summary: outcome.summary + mailed(outcome.applied.map(\.ticketId), request), undoable: undoable,
                               isError: outcome.applied.isEmpty)
        }
    }

    /// Replies on mailed-in tickets go to the MTA right after the commit (MailSender).
    private func mailed(_ ticketIds: [Int64], _ request: TriageRequest) -> String {
        MailSender(store: store).sendReplies(of: request.actions, on: ticketIds)
    }

    func picker(_ purpose: TriagePurpose, title: String, target: TriageRequest.Target, tier: Int) throws -> Action {
        switch purpose {
        case .macro:
            let items = try store.macros().map { macro in
                Picker.Item(macro.name, detail: String(macro.summary.dropFirst(macro.name.count)).trimmingCharacters(in: .whitespaces), value: .macro(macro))
            }
            return .pickerReady(Picker(title: title, items: items, purpose: .macro, target: target))
        default:
            let agents = try store.workload(tier: tier).map { entry in
                Picker.Item("\(entry.agent.login) — \(entry.agent.name)", detail: "\(entry.openTickets) open", value: .agent(entry.agent.login))
            }
            if case .escalateAssignee = purpose {
                let nobody = Picker.Item("(nobody)", detail: "tier \(tier)'s queue", value: .agent(nil))
                return .pickerReady(Picker(title: title, items: [nobody] + agents, purpose: purpose, target: target))
            }
            let nobody = Picker.Item("(nobody)", detail: "unassign", value: .agent(nil))
            return .pickerReady(Picker(title: title + " (tier \(tier))", items: [nobody] + agents, purpose: purpose, target: target))
        }
    }

    // MARK: - Editors

    /// Writes a reply or note in the user's editor, on the draft file (a kept draft is offered
    /// again; an editor that fails leaves the file for next time) — or, with no editor
    /// configured, in the inline editor.
    func compose(_ composition: Composition) -> [Action] {
        guard let drafts else { return [.failed("replies need a place for drafts (set XDG_STATE_HOME or HOME)")] }
        let key = composition.key
        let path = drafts.path(for: key)
        if drafts.load(key) == nil {
            do {
                // A reply that goes out by mail starts from the team's greeting.
                let greeting = key.kind == .reply ? (try? store.mailGreeting(ticketId: key.ticketId, agentName: service?.actor.name)) ?? nil : nil
                try drafts.save((greeting ?? "") + composition.initialText, for: key)
            } catch {
                return [.failed("cannot write the draft \(path): \(error.localizedDescription)")]
            }
        }
        guard let command = editor.command else {
            return [.composeInline(composition, text: drafts.load(key) ?? composition.initialText)]
        }
        // Others see "replying" while the editor runs; a timer keeps the heartbeat going.
        _ = checkPresence(ticketId: key.ticketId, activity: .replying)
        let heartbeat = DispatchSource.makeTimerSource(queue: .global())
        heartbeat.schedule(deadline: .now() + 10, repeating: 10)
        let presence = presence, login = service?.actor.login
        heartbeat.setEventHandler { if let login { presence.announce(ticketId: key.ticketId, login: login, activity: .replying) } }
        heartbeat.resume()
        let editor = editor
        let status = terminal.runOutside { editor.edit(path, fallback: "vi") }
        heartbeat.cancel()
        var actions = checkPresence(ticketId: key.ticketId, activity: .viewing) + [.screenLost]
        guard status == 0 else {
            return actions + [.failed("the editor (\(command)) exited with status \(status) — your text is kept as a draft: \(path)")]
        }
        let text = drafts.load(key) ?? ""
        if text.isEmpty { drafts.remove(key) }
        actions.append(.composed(composition, text: text))
        return actions
    }

    /// Writes an article in the editor and saves it — the same round trip as `helpdesk kb edit`
    /// (``ArticleEditing``): the file stays next to the drafts when the editor fails or the text
    /// does not parse, and the message says where.
    func editArticle(_ document: ArticleDocument, basedOn version: Int64?) -> Action {
        guard let drafts else { return .failed("articles need a place for drafts (set XDG_STATE_HOME or HOME)") }
        let login: String
        do { login = try agentService().actor.login } catch { return .failed("\(error)") }
        let editor = editor, terminal = terminal
        let editing = ArticleEditing(store: store, actor: login, folder: drafts.folder, editor: editor.command ?? "vi")
        switch editing.edit(document, basedOn: version, runEditor: { path in terminal.runOutside { editor.edit(path, fallback: "vi") } }) {
        case .success(let article):
            return .triageDone(summary: "Saved article #\(article.id ?? 0) \(article.title) (version \(article.version))", undoable: false, isError: false)
        case .failure(let error):
            return .failed(error.description)
        }
    }
}
