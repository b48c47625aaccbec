/// Makes the demo tickets: ticket n is created at a time that grows with n, so ids follow
/// creation order as in a real helpdesk (and index inserts stay append-mostly). Pure and
/// Sendable, so the next chunk is made on a second core while the previous one is written.
struct DemoTicketFactory: Sendable {
    let team: [DemoGenerator.TeamMember]
    let requesters: [DemoGenerator.Person]
    let now: Int64
    let total: Int
    let scenarioWheel: [Int]
    /// The supervisor who hands new tickets out.
    let dispatcher: String
    let span: Int64 = 90 * 86_400

    init(team: [DemoGenerator.TeamMember], requesters: [DemoGenerator.Person], now: Int64, total: Int) {
        self.team = team
        self.requesters = requesters
        self.now = now
        self.total = total
        dispatcher = DemoCorpus.agents.first { $0.role == "supervisor" }?.login ?? team[0].login
        // Each scenario appears `weight` times, so a uniform pick is a weighted pick.
        scenarioWheel = DemoCorpus.scenarios.indices.flatMap { Array(repeating: $0, count: max(1, DemoCorpus.scenarios[$0].weight)) }
    }

    /// The tickets numbered `range`, drawing from `random` in order (deterministic for a seed).
    func make(_ range: Range<Int>, random: inout SeededRandom) -> [DemoTicketRecord] {
        range.map { make(number: $0, random: &random) }
    }

    func make(number: Int, random: inout SeededRandom) -> DemoTicketRecord {
        var messages: [DemoTicketRecord.Message] = []
        var events: [DemoTicketRecord.Event] = []
        func message(_ ticket: Int64, agent: Int64?, requester: Int64?, isInternal: Bool, body: String, at: Int64) {
            messages.append(.init(agentId: agent, requesterId: requester, isInternal: isInternal, body: body, at: at))
        }
        func event(_ ticket: Int64, actor: String, at: Int64, action: String, old: String? = nil, new: String? = nil, reason: String? = nil) {
            events.append(.init(actor: actor, at: at, action: action, oldValue: old, newValue: new, reason: reason))
        }
        let id = Int64(number + 1)
        let scenario = DemoCorpus.scenarios[random.pick(scenarioWheel)]
        let person = random.pick(requesters)
        let german = person.german ? random.chance(0.85) : random.chance(0.15)
        let script = german ? scenario.german : scenario.english
        let created = now - span + Int64(Double(span) * Double(number) / Double(max(total, 1))) + Int64(random.below(60))
        let age = now - created
        let priority = Priority(parsing: random.pick(scenario.priorities)) ?? .normal
        let policy = SLAPolicy.standard(for: priority)
        let responseTime = Self.wallClockSeconds(policy.firstResponseTarget), resolutionTime = Self.wallClockSeconds(policy.resolutionTarget)
        let status = Self.status(age: age, random: &random)
        let finalTier = status == .new ? 1 : scenario.tier
        let assignee: DemoGenerator.TeamMember? = status == .new || (status == .open && finalTier == 1 && random.chance(0.3))
            ? nil : pickAgent(tier: finalTier, random: &random)
        let responder = assignee ?? pickAgent(tier: 1, random: &random)

        let words = Placeholders(requester: person.firstName, agent: responder.firstName, ticket: id)
        let subject = words.fill(random.pick(script.subjects), random: &random)
        var clock = created
        var texts: [String] = []
        var firstResponse: Int64?
        var solvedAt: Int64?

        // Each step takes at most a third of the time left until now, so activity thins out
        // towards the present instead of piling up at "now".
        func advance(_ seconds: Int, _ random: inout SeededRandom) -> Int64 {
            let room = max(1, Int((now - clock) / 3))
            clock = min(now - 1, clock + 1 + Int64(random.below(max(1, min(seconds, room)))))
            return clock
        }

        let opening = words.fill(random.pick(script.openings), random: &random)
        message(id, agent: nil, requester: person.id, isInternal: false, body: opening, at: created)
        texts.append(opening)
        event(id, actor: Self.channelActor(random: &random), at: created, action: "create", new: subject)

        if status != .new {
            event(id, actor: dispatcher, at: advance(1800, &random), action: "assign", new: responder.login)
            let reply = words.fill(random.pick(script.replies), random: &random)
            let replyAt = advance(Int(responseTime * 3 / 2), &random)
            message(id, agent: responder.id, requester: nil, isInternal: false, body: reply, at: replyAt)
            texts.append(reply)
            firstResponse = replyAt
            event(id, actor: responder.login, at: replyAt, action: "status", old: "new", new: "open")
            if random.chance(0.45) {
                let note = words.fill(random.pick(script.notes), random: &random)
                message(id, agent: responder.id, requester: nil, isInternal: true, body: note, at: advance(7200, &random))
                texts.append(note)
            }
            if finalTier > 1 {
                for tier in 2...finalTier {
                    let at = advance(4 * 3600, &random)
                    event(id, actor: responder.login, at: at, action: "escalate", old: "tier \(tier - 1)", new: "tier \(tier)",
                              reason: random.pick(scenario.escalationReasons))
                }
                if let assignee {
                    event(id, actor: assignee.login, at: advance(3600, &random), action: "assign", old: responder.login, new: assignee.login)
                }
            }
            let rounds = [0, 0, 0, 0, 0, 1, 1, 1, 1, 2][random.below(10)]
            for _ in 0..<rounds where clock < now - 3600 {
                let followUp = words.fill(random.pick(script.followUps), random: &random)
                message(id, agent: nil, requester: person.id, isInternal: false, body: followUp, at: advance(86_400, &random))
                texts.append(followUp)
                let answer = words.fill(random.pick(script.replies), random: &random)
                message(id, agent: (assignee ?? responder).id, requester: nil, isInternal: false, body: answer, at: advance(14_400, &random))
                texts.append(answer)
            }
            if status != .open {
                let old = "open"
                let at = advance(86_400, &random)
                if status == .closed {
                    event(id, actor: (assignee ?? responder).login, at: at, action: "status", old: old, new: "solved")
                    solvedAt = at
                    event(id, actor: "system", at: advance(4 * 86_400, &random), action: "status", old: "solved", new: "closed",
                              reason: "closed automatically 4 days after it was solved")
                } else {
                    event(id, actor: (assignee ?? responder).login, at: at, action: "status", old: old, new: status.rawValue)
                    if status == .solved { solvedAt = at }
                }
            }
        }
        var firstDue = created + responseTime
        var resolutionDue = created + resolutionTime
        // Most open work is still within its targets (priorities raised late, clocks paused
        // while pending); about a quarter has breached, as on a busy real desk.
        if status.isOpen && resolutionDue < now && random.chance(0.75) {
            resolutionDue = now + 1800 + Int64(random.below(Int(max(resolutionTime, 7200))))
            if firstResponse == nil { firstDue = min(resolutionDue, now + 600 + Int64(random.below(Int(responseTime)))) }
        }
        let nextDue = firstResponse == nil ? min(firstDue, resolutionDue) : resolutionDue
        return DemoTicketRecord(
            id: id, subject: subject, status: status, priority: priority, tier: finalTier, category: scenario.category,
            channel: Self.channel(random: &random), requesterId: person.id, assigneeId: assignee?.id,
            createdAt: created, updatedAt: clock, firstResponseDue: firstDue, resolutionDue: resolutionDue, nextDue: nextDue,
            firstRespondedAt: firstResponse, solvedAt: solvedAt, version: 1 + Int64(texts.count),
            tags: scenario.tags.filter { _ in random.chance(0.6) }, searchText: texts.joined(separator: "\n"),
            messages: messages, events: events)
    }

    // MARK: - Pieces

    /// A target as a plain offset, a business day counted as a calendar day: synthetic data needs
    /// plausible deadlines, not the business-hours maths per ticket, which would slow the bulk load.
    private static func wallClockSeconds(_ target: SLATarget) -> Int64 {
        target.minutes * 60 + Int64(target.businessDays) * 86_400
    }

    private func pickAgent(tier: Int, random: inout SeededRandom) -> DemoGenerator.TeamMember {
        let candidates = team.filter { $0.tier == tier }
        return candidates.isEmpty ? random.pick(team) : random.pick(candidates)
    }

    /// Older tickets are mostly done; the last days hold the open work.
    static func status(age: Int64, random: inout SeededRandom) -> TicketStatus {
        let roll = random.below(100)
        switch age {
        case ..<(4 * 3600):
            return roll < 55 ? .new : roll < 90 ? .open : .pending
        case ..<(3 * 86_400):
            return roll < 10 ? .new : roll < 50 ? .open : roll < 68 ? .pending : roll < 75 ? .onHold : .solved
        case ..<(14 * 86_400):
            return roll < 12 ? .open : roll < 20 ? .pending : roll < 24 ? .onHold : roll < 55 ? .solved : .closed
        default:
            return roll < 2 ? .open : roll < 3 ? .pending : roll < 4 ? .onHold : roll < 10 ? .solved : .closed
        }
    }

    static func channel(random: inout SeededRandom) -> Channel {
        let roll = random.below(100)
        return roll < 50 ? .email : roll < 70 ? .phone : roll < 85 ? .web : roll < 95 ? .chat : .walkIn
    }

    static func channelActor(random: inout SeededRandom) -> String {
        random.chance(0.7) ? "mail-gateway" : "portal"
    }
}
