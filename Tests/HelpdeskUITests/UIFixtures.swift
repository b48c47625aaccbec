import Foundation
@testable import HelpdeskCore
@testable import HelpdeskUI

/// Hand-made, deterministic data for the app-layer tests: a fixed clock, queue rows, one
/// ticket's detail and knowledge-base articles (German and English text, a CJK subject, one
/// with combining marks). No database.
enum UIFixtures {
    /// Thursday 2026-01-01 10:00 UTC.
    static let now: Int64 = 1_767_261_600
    static let minute: Int64 = 60
    static let hour: Int64 = 3600
    static let day: Int64 = 86_400

    /// The agent the states belong to.
    static let agentId: Int64 = 7

    /// Times in the detail pane are local time (the C library's, from TZ); snapshots need one
    /// zone everywhere, so it is pinned once, before any test of these files renders.
    static let pinned: Void = {
        TextWidth.ensureUTF8Locale()
        setenv("TZ", "UTC", 1)
        tzset()
    }()

    /// Renders like the app does, after pinning the time zone.
    static func render(_ state: AppState, theme: Theme = .monochrome) -> Screen.Frame {
        _ = pinned
        return Screen.render(state, theme: theme)
    }

    // MARK: - Rows

    static func row(_ id: Int64, _ subject: String, priority: Priority = .normal, status: TicketStatus = .open,
                    requester: String = "Anna Schmidt", assignee: String? = "mkeller", updatedAgo: Int64 = 10 * 60,
                    dueIn: Int64 = 3 * 86_400, version: Int64 = 1, tier: Int = 1) -> TicketRow {
        TicketRow(id: id, subject: subject, status: status, priority: priority, tier: tier, category: "network", channel: .email,
                  requesterName: requester, requesterEmail: "someone@example.com", organization: "Stadtwerke Nord",
                  assignee: assignee, createdAt: now - 2 * day, updatedAt: now - updatedAgo, nextDue: now + dueIn, version: version)
    }

    /// The queue of the screen snapshots, in the order of "My tickets" (priority first).
    static let queueRows: [TicketRow] = [
        row(1042, "VPN-Verbindung bricht nach 5 Minuten ab", priority: .urgent, requester: "Jürgen Müller",
            updatedAgo: 5 * minute, dueIn: -45 * minute, version: 4),
        row(1033, "MFA-Token verloren – Zugang gesperrt", priority: .urgent, requester: "Petra Schäfer",
            updatedAgo: 2 * hour, dueIn: -3 * hour),
        row(1041, "Outlook startet nicht im abgesicherten Modus", priority: .high, updatedAgo: 40 * minute, dueIn: 1 * hour),
        row(1040, "打印机无法连接 — printer on floor 3", priority: .high, status: .new, requester: "李伟",
            assignee: nil, updatedAgo: 3 * hour, dueIn: 5 * hour),
        row(1039, "Cafe\u{0301} Zu\u{0308}rich: badge reader rejects cards", status: .pending, requester: "Zoë Brontë",
            updatedAgo: 1 * day, dueIn: -1 * hour),
        row(1038, "Password reset for SAP account", requester: "Tom Baker", updatedAgo: 2 * day),
        row(1037, "Drucker im 3. OG druckt nicht – „Papierstau“", status: .onHold, requester: "Klaus Weber", updatedAgo: 3 * day),
        row(1036, "New laptop for onboarding (starts Monday)", priority: .low, status: .new, requester: "Sarah Connor",
            assignee: nil, updatedAgo: 20 * day),
        row(1035, "Teams-Anrufe brechen ab, Headset wird nicht erkannt", priority: .low, requester: "Heinz Kühn", updatedAgo: 4 * day),
        row(1034, "Shared mailbox 'facilities' missing in Outlook", priority: .low, requester: "Olivia Green", updatedAgo: 5 * day),
        row(1032, "Monitor flackert nach Docking", priority: .low, requester: "Ute Lange", updatedAgo: 6 * day),
        row(1031, "Request: access to Finance share \\\\fs01\\finance", priority: .low, status: .solved, requester: "Ravi Patel",
            updatedAgo: 9 * day),
    ]

    /// `count` rows with ids counting down from 5000 and distinct update times, for movement tests.
    static func manyRows(_ count: Int, firstId: Int64 = 5000) -> [TicketRow] {
        (0..<count).map { index in
            row(firstId - Int64(index), "Ticket number \(firstId - Int64(index))", updatedAgo: Int64(index + 1) * minute)
        }
    }

    // MARK: - Detail

    static let agent = Agent(id: agentId, login: "mkeller", name: "Maria Keller", role: .agent, tier: 2, createdAt: now - 400 * day)

    static func detail(for row: TicketRow, messages: [(body: String, internal: Bool, agent: Bool)]? = nil,
                       requesterName: String? = nil) -> TicketDetail {
        let ticket = Ticket(id: row.id, subject: row.subject, status: row.status, priority: row.priority, tier: row.tier,
                            category: row.category, channel: row.channel, requesterId: 31, assigneeId: agentId,
                            createdAt: row.createdAt, updatedAt: row.updatedAt, firstResponseDue: row.nextDue,
                            resolutionDue: row.nextDue + 2 * day, version: row.version)
        let thread = messages ?? [
            ("Seit dem Update von heute Morgen bricht die VPN-Verbindung nach etwa 5 Minuten ab. Neustart hilft nicht.", false, false),
            ("Hallo Herr Müller, bitte senden Sie uns die Logdatei aus %APPDATA%\\VPN\\log.txt.", false, true),
            ("Same symptom as #1017 — likely the new MTU on the gateway. Check with the network team.", true, true),
        ]
        let entries = thread.enumerated().map { index, message in
            TicketDetail.ThreadEntry(
                message: Message(id: Int64(index + 1), ticketId: row.id, authorAgentId: message.agent ? agentId : nil,
                                 authorRequesterId: message.agent ? nil : 31, isInternal: message.internal, body: message.body,
                                 createdAt: row.createdAt + Int64(index + 1) * hour),
                authorName: message.agent ? "Maria Keller" : (requesterName ?? row.requesterName),
                authorIsAgent: message.agent)
        }
        return TicketDetail(
            ticket: ticket,
            requester: Requester(id: 31, name: requesterName ?? row.requesterName, email: "j.mueller@example.com", organizationId: 4),
            organization: row.organization, assignee: agent, tags: ["vpn", "remote"], messages: entries,
            events: [
                TicketEvent(ticketId: row.id, actor: "system", at: row.createdAt, action: "create"),
                TicketEvent(ticketId: row.id, actor: "mkeller", at: row.createdAt + hour, action: "assign", newValue: "mkeller"),
                TicketEvent(ticketId: row.id, actor: "mkeller", at: row.createdAt + 2 * hour, action: "priority",
                            oldValue: "high", newValue: "urgent", reason: "ganze Abteilung betroffen"),
            ])
    }

    // MARK: - Knowledge base

    static func hit(_ id: Int64, _ title: String, _ snippet: String) -> ArticleHit {
        ArticleHit(id: id, title: title, tags: "vpn", snippet: snippet, rank: -Double(id))
    }

    static let suggestions: [ArticleHit] = [
        hit(7, "VPN disconnects after a few minutes",
            "…the \(ArticleHit.matchStart)VPN\(ArticleHit.matchEnd) client drops the tunnel when the gateway lowers the MTU…"),
        hit(12, "VPN-Client neu installieren (Windows)",
            "Deinstallieren Sie den \(ArticleHit.matchStart)VPN\(ArticleHit.matchEnd)-Client über die Systemsteuerung…"),
        hit(3, "Remote access: first steps", "Before you connect from home, install the \(ArticleHit.matchStart)VPN\(ArticleHit.matchEnd) profile…"),
    ]

    static let article = Article(
        id: 7, title: "VPN disconnects after a few minutes",
        body: """
        # VPN disconnects after a few minutes

        When the tunnel drops after **about five minutes**, the gateway usually lowered the MTU.

        ## Steps

        1. Open the VPN client settings.
        2. Set the MTU to `1380`.
        - Reconnect and watch the log.
        - Still failing? See [the network runbook](https://wiki.example.com/net/vpn).

        ```
        netsh interface ipv4 show subinterfaces
        ```

        > Tier 2 can change the gateway profile.
        """,
        tags: ["vpn", "network"], ownerId: agentId, createdAt: now - 30 * day, updatedAt: now - 2 * day)

    // MARK: - States

    /// An agent's state at `size`, before anything loaded.
    static func emptyState(_ width: Int = 80, _ height: Int = 24, keymap: Keymap = .standard) -> AppState {
        AppState(size: Size(width: width, height: height), now: now, agentId: agentId, agentLogin: "mkeller",
                 agentName: "Maria Keller", agentTier: 2, keymap: keymap, themeNames: ["default", "light", "monochrome"])
    }

    /// The state the snapshots start from: the queue loaded, the first ticket open in the
    /// detail pane, suggestions in the knowledge base.
    static func loadedState(_ width: Int = 80, _ height: Int = 24) -> AppState {
        var state = emptyState(width, height)
        state.queue.rows = queueRows
        state.queue.loaded = true
        state.queue.count = QueueCount(count: 37, isExact: true)
        state.detail.ticketId = queueRows[0].id
        state.detail.detail = detail(for: queueRows[0])
        state.kb.suggestions = suggestions
        state.databasePath = "/var/lib/helpdesk/helpdesk.sqlite"
        return state
    }

    /// A state whose loaded window is `rows`, as a `.replace` load would leave it.
    static func movingState(rows: [TicketRow], reachesEnd: Bool, width: Int = 80, height: Int = 24) -> AppState {
        var state = emptyState(width, height)
        _ = Update.start(&state)
        _ = Update.apply(.queueLoaded(rows, .replace(keepSelection: nil), requested: reachesEnd ? rows.count + 1 : rows.count), to: &state)
        return state
    }
}

extension KeyEvent {
    /// A key from its spelling, for tests: `.spec("ctrl-d")`.
    static func spec(_ text: String) -> KeyEvent {
        guard let key = KeyEvent(spec: text) else { fatalError("not a key: \(text)") }
        return key
    }
}

extension Buffer {
    /// Where `needle` (drawn left to right, narrow glyphs) starts, searching row by row.
    func find(_ needle: String) -> (x: Int, y: Int)? {
        let glyphs = needle.map(String.init)
        for y in 0..<height {
            for x in 0..<width where x + glyphs.count <= width {
                if (0..<glyphs.count).allSatisfy({ self[x: x + $0, y: y].text == glyphs[$0] }) { return (x, y) }
            }
        }
        return nil
    }
}
