import HelpdeskCore

// The shapes of `--json` output: stable names, ISO 8601 times in UTC.

struct AgentJSON: Encodable {
    var login, name, role: String
    var tier: Int
    var active: Bool

    init(_ agent: Agent) {
        login = agent.login
        name = agent.name
        role = agent.role.rawValue
        tier = agent.tier
        active = agent.active
    }
}

struct TicketRowJSON: Encodable {
    var id: Int64
    var subject, status, priority, channel: String
    var tier: Int
    var category: String?
    var requester: String
    var requesterEmail: String
    var organization: String?
    var assignee: String?
    var createdAt, updatedAt, nextDue: String
    var sla: String
    var version: Int64

    init(_ row: TicketRow, now: Int64) {
        id = row.id
        subject = row.subject
        status = row.status.rawValue
        priority = row.priority.name
        channel = row.channel.rawValue
        tier = row.tier
        category = row.category
        requester = row.requesterName
        requesterEmail = row.requesterEmail
        organization = row.organization
        assignee = row.assignee
        createdAt = Output.iso(row.createdAt)
        updatedAt = Output.iso(row.updatedAt)
        nextDue = Output.iso(row.nextDue)
        sla = SLAState.of(status: row.status, nextDue: row.nextDue, now: now).rawValue
        version = row.version
    }
}

struct TicketDetailJSON: Encodable {
    struct MessageJSON: Encodable {
        var id: Int64
        var author: String
        var fromAgent: Bool
        var internalNote: Bool
        var createdAt: String
        var body: String
        var attachments: [AttachmentJSON]
    }

    struct EventJSON: Encodable {
        var at, actor, action: String
        var oldValue, newValue, reason: String?
    }

    var id: Int64
    var subject, status, priority, channel: String
    var tier: Int
    var category: String?
    var tags: [String]
    var requester: String
    var requesterEmail: String
    var organization: String?
    var assignee: String?
    var createdAt, updatedAt: String
    var firstResponseDue, resolutionDue: String
    var firstRespondedAt, solvedAt: String?
    var sla: String
    var version: Int64
    var messages: [MessageJSON]
    var events: [EventJSON]

    init(_ detail: TicketDetail, now: Int64) {
        let ticket = detail.ticket
        id = ticket.id ?? 0
        subject = ticket.subject
        status = ticket.status.rawValue
        priority = ticket.priority.name
        channel = ticket.channel.rawValue
        tier = ticket.tier
        category = ticket.category
        tags = detail.tags
        requester = detail.requester.name
        requesterEmail = detail.requester.email
        organization = detail.organization
        assignee = detail.assignee?.login
        createdAt = Output.iso(ticket.createdAt)
        updatedAt = Output.iso(ticket.updatedAt)
        firstResponseDue = Output.iso(ticket.firstResponseDue)
        resolutionDue = Output.iso(ticket.resolutionDue)
        firstRespondedAt = Output.iso(ticket.firstRespondedAt)
        solvedAt = Output.iso(ticket.solvedAt)
        sla = SLAState.of(status: ticket.status, nextDue: ticket.nextDue, now: now).rawValue
        version = ticket.version
        messages = detail.messages.map {
            MessageJSON(id: $0.message.id ?? 0, author: $0.authorName, fromAgent: $0.authorIsAgent,
                        internalNote: $0.message.isInternal, createdAt: Output.iso($0.message.createdAt), body: $0.message.body,
                        attachments: $0.attachments.map(AttachmentJSON.init))
        }
        events = detail.events.map {
            EventJSON(at: Output.iso($0.at), actor: $0.actor, action: $0.action, oldValue: $0.oldValue, newValue: $0.newValue, reason: $0.reason)
        }
    }
}

/// A file of a ticket, as `ticket show --json` and `ticket attachment list --json` give it.
struct AttachmentJSON: Encodable {
    var id: Int64
    var messageId: Int64?
    var fileName, mediaType: String
    var size: Int64
    var inline, erased: Bool

    init(_ file: StoredAttachment) {
        id = file.id
        messageId = file.messageRowId
        fileName = file.fileName
        mediaType = file.mediaType
        size = file.size
        inline = file.isInline
        erased = file.isErased
    }
}

struct ArticleJSON: Encodable {
    var id: Int64
    var title: String
    var tags: [String]
    var body: String
    var createdAt, updatedAt: String
    var owner: String?
    var version: Int64
    var timesLinked, timesSent: Int64
    var stale: Bool

    init(_ article: Article, owner: String? = nil, stale: Bool = false) {
        id = article.id ?? 0
        title = article.title
        tags = article.tagList
        body = article.body
        createdAt = Output.iso(article.createdAt)
        updatedAt = Output.iso(article.updatedAt)
        self.owner = owner
        version = article.version
        timesLinked = article.timesLinked
        timesSent = article.timesSent
        self.stale = stale
    }
}

struct ArticleVersionJSON: Encodable {
    var version: Int64
    var title: String
    var tags: [String]
    var editor: String?
    var savedAt: String
    var body: String?

    init(_ version: ArticleVersion, withBody: Bool) {
        self.version = version.version
        title = version.title
        tags = version.tagList
        editor = version.editor
        savedAt = Output.iso(version.savedAt)
        body = withBody ? version.body : nil
    }
}

struct ArticleHitJSON: Encodable {
    var id: Int64
    var title: String
    var tags: [String]
    var snippet: String
    var score: Double
    var matchedWords, queryWords: Int

    init(_ hit: ArticleHit) {
        id = hit.id
        title = hit.title
        tags = hit.tags.split(separator: " ").map(String.init)
        snippet = hit.plainSnippet
        score = -hit.rank
        matchedWords = hit.matchedWords
        queryWords = hit.queryWords
    }
}

/// `helpdesk request list --json`: one of the user's own tickets.
struct OwnRequestJSON: Encodable {
    var id: Int64
    var subject, status, updatedAt: String
    var assignee: String?
    var mergedInto: Int64?

    init(_ request: OwnRequest) {
        id = request.id
        subject = request.subject
        status = request.status.rawValue
        updatedAt = Output.iso(request.updatedAt)
        assignee = request.assignee
        mergedInto = request.mergedInto
    }
}

/// `helpdesk request show --json`: the ticket as `request list` gives it, with its public messages.
struct OwnRequestDetailJSON: Encodable {
    var ticket: OwnRequestJSON
    var createdAt: String
    var messages: [Entry]

    struct Entry: Encodable {
        /// "you", "agent" or "someone else".
        var author: String
        var agentName: String?
        var createdAt, body: String
    }

    init(_ detail: OwnRequestDetail) {
        ticket = OwnRequestJSON(detail.request)
        createdAt = Output.iso(detail.createdAt)
        messages = detail.messages.map { message in
            let (author, name): (String, String?) = switch message.author {
            case .you: ("you", nil)
            case .agent(let name): ("agent", name)
            case .someoneElse: ("someone else", nil)
            }
            return Entry(author: author, agentName: name, createdAt: Output.iso(message.createdAt), body: message.body)
        }
    }
}

/// What a ticket action did: `{"ticket": 1042, "version": 7, "summary": "Escalated #1042 to tier 2"}`.
struct ActionOutcomeJSON: Encodable {
    var ticket: Int64
    var version: Int64
    var summary: String

    init(_ outcome: ActionOutcome) {
        ticket = outcome.ticketId
        version = outcome.version
        summary = outcome.summary
    }
}

struct MacroJSON: Encodable {
    var name, body: String
    var setStatus, setPriority, setCategory: String?
    var tags: [String]
    var createdBy, createdAt: String

    init(_ macro: Macro) {
        name = macro.name
        body = macro.body
        setStatus = macro.setStatus?.rawValue
        setPriority = macro.setPriority?.name
        setCategory = macro.setCategory
        tags = macro.tags
        createdBy = macro.createdBy
        createdAt = Output.iso(macro.createdAt)
    }
}

/// `helpdesk sla show --json`: the calendar, a policy per priority (most urgent first), the breach action.
struct SLASettingsJSON: Encodable {
    struct CalendarJSON: Encodable {
        var summary, timeZone: String
        var workingDays: [Int]
        var hours: String
        var holidays: [String]
    }

    struct PolicyJSON: Encodable {
        var priority, firstResponse, resolution, clock: String
    }

    var calendar: CalendarJSON
    var policies: [PolicyJSON]
    var breachAction: String

    init(_ settings: SLASettings) {
        let calendar = settings.calendar
        self.calendar = CalendarJSON(summary: calendar.summary, timeZone: calendar.timeZone, workingDays: calendar.workingDays,
                                     hours: SLAText.hours(calendar), holidays: calendar.holidays)
        policies = Priority.allCases.reversed().map { priority in
            let policy = settings.policy(for: priority)
            return PolicyJSON(priority: priority.name, firstResponse: policy.firstResponseTarget.text,
                              resolution: policy.resolutionTarget.text, clock: policy.clock.rawValue)
        }
        breachAction = settings.breachAction.rawValue
    }
}

/// `helpdesk sla check --json`: every breach (overdue in seconds and as text), and what was escalated.
struct SLACheckJSON: Encodable {
    struct BreachJSON: Encodable {
        var ticket: Int64
        var subject: String
        var tier: Int
        var overdueSeconds: Int64
        var overdue: String
        var new: Bool
    }

    var breaches: [BreachJSON]
    var escalated: [Int64]
    var summary: String

    init(_ report: SLACheckReport) {
        breaches = report.breaches.map {
            BreachJSON(ticket: $0.ticketId, subject: $0.subject, tier: $0.tier, overdueSeconds: $0.overdue,
                       overdue: SLACountdown.duration($0.overdue), new: $0.isNew)
        }
        escalated = report.escalated
        summary = SLAText.summary(report)
    }
}

struct CheckJSON: Encodable {
    var path: String
    var ok: Bool
    var problems: [String]
}

struct BackupJSON: Encodable {
    var path: String
    var bytes: Int64
    var tickets: Int
    var seconds: Double
    var removed: [String]

    init(_ report: DatabaseBackup.Report) {
        path = report.path
        bytes = report.bytes
        tickets = report.tickets
        seconds = (report.seconds * 1000).rounded() / 1000
        removed = report.removed
    }
}

struct RestoreJSON: Encodable {
    var source, target: String
    var bytes: Int64
    var tickets: Int
    var seconds: Double
    var replaced: Bool

    init(_ report: DatabaseRestore.Report) {
        source = report.source
        target = report.target
        bytes = report.bytes
        tickets = report.tickets
        seconds = (report.seconds * 1000).rounded() / 1000
        replaced = report.replaced
    }
}
