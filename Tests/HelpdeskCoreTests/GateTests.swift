import Foundation
import Testing
@testable import HelpdeskCore

#if canImport(Glibc)
import Glibc
#endif

/// The gate's rules (ProcessGate, GateEnvironment, SystemConfig) and what a requester sees of
/// their own ticket. The gate itself, setgid with real accounts, is GateEndToEndTests.
@Suite struct GateTests {
    static let team: gid_t = 990

    @Test func whoIsWhoThroughTheGate() {
        func mode(uid: uid_t, gid: gid_t, egid: gid_t, groups: [gid_t]) -> ProcessGate.Mode {
            ProcessGate.mode(for: .init(realUser: uid, realGroup: gid, effectiveGroup: egid, supplementaryGroups: groups)) { "g\($0)" }
        }
        // Not installed setgid.
        #expect(mode(uid: 1000, gid: 1000, egid: 1000, groups: [1000]) == .ordinary)
        // The team's group is the user's own primary group: nothing to drop.
        #expect(mode(uid: 1000, gid: Self.team, egid: Self.team, groups: []) == .ordinary)
        // Members and root lose the group and run as usual.
        #expect(mode(uid: 1000, gid: 1000, egid: Self.team, groups: [1000, Self.team]) == .member)
        #expect(mode(uid: 0, gid: 0, egid: Self.team, groups: [0]) == .member)
        // Everyone else is an outsider: self-service only.
        #expect(mode(uid: 1001, gid: 1001, egid: Self.team, groups: [1001, 27]) == .outsider(group: "g990"))
        // This test process is not setgid.
        #expect(ProcessGate.mode == .ordinary && !ProcessGate.isRestricted && ProcessGate.group == nil)
    }

    @Test func theEnvironmentKeepsOnlyTheLocaleAndTheTimeZone() {
        let kept = GateEnvironment.sanitised([
            "LANG": "de_DE.UTF-8", "LC_TIME": "en_GB.UTF-8", "TZ": "Europe/Berlin",
            "HELPDESK_DB": "/tmp/other.sqlite", "HELPDESK_NOW": "2020-01-01T00:00:00Z", "HELPDESK_SYSTEM_CONFIG": "/tmp/evil.toml",
            "XDG_CONFIG_HOME": "/tmp/x", "XDG_DATA_HOME": "/tmp/y", "HOME": "/home/eve", "EDITOR": "sh -c 'cat /etc/shadow'",
            "VISUAL": "vi", "LD_PRELOAD": "/tmp/evil.so", "PATH": "/tmp/bin:/usr/bin", "SWIFT_BACKTRACE": "enable=yes",
            // A locale or zone given as a path names a file of the user's.
            "LC_CTYPE": "/tmp/mylocale", "LC_MESSAGES": "../../tmp/x", "LC_COLLATE": "C\u{1b}[2J",
        ])
        #expect(kept == ["LANG": "de_DE.UTF-8", "LC_TIME": "en_GB.UTF-8", "TZ": "Europe/Berlin", "PATH": "/usr/bin:/bin"])
        #expect(GateEnvironment.sanitised(["TZ": ":/tmp/zone"]) == ["PATH": "/usr/bin:/bin"])
    }

    @Test func onlyAConfigRootAloneCanChangeNamesTheTeamsDatabase() throws {
        try #require(getuid() == 0, "owners can only be changed by root")
        let folder = TemporaryFolder()
        let etc = folder.path("etc-helpdesk")
        try FileManager.default.createDirectory(atPath: etc, withIntermediateDirectories: true)
        chmod(etc, 0o755)
        let config = etc + "/config.toml"
        #expect(throws: HelpdeskError.notFound("the team's helpdesk is not set up on this host: \(config) is missing (an admin runs make install-team)")) {
            try SystemConfig.teamDatabase(at: config)
        }
        try "database = \"/var/lib/helpdesk/helpdesk.sqlite\"\n".write(toFile: config, atomically: false, encoding: .utf8)
        chmod(config, 0o644)
        #expect(try SystemConfig.teamDatabase(at: config) == "/var/lib/helpdesk/helpdesk.sqlite")

        let refused = HelpdeskError.permissionDenied("\(config) must be a file of root's that only root can change: ask an admin to fix it (nothing was done)")
        chmod(config, 0o666)
        #expect(throws: refused) { try SystemConfig.teamDatabase(at: config) }
        chmod(config, 0o644)
        chmod(etc, 0o777)  // anyone could replace the file
        #expect(throws: refused) { try SystemConfig.teamDatabase(at: config) }
        chmod(etc, 0o755)
        chown(config, 65534, 65534)  // someone else's file
        #expect(throws: refused) { try SystemConfig.teamDatabase(at: config) }
        chown(config, 0, 0)
        try "theme = \"light\"\n".write(toFile: config, atomically: false, encoding: .utf8)
        #expect(throws: HelpdeskError.self) { try SystemConfig.teamDatabase(at: config) }
    }

    /// `helpdesk request show`: the requester's own ticket with its replies; internal notes,
    /// other people's tickets and numbers that do not exist all stay out of sight.
    @Test func aRequesterSeesTheirOwnTicketWithoutInternalNotes() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        let anna = try SelfService(store: store, user: OSUser(login: "anna", fullName: "Anna Huber", home: "/home/anna"), hostName: "ws042")
        let id = try anna.fileTicket(subject: "Drucker klemmt", body: "Papierstau im 2. OG")
        let desk = try TicketService.forUser(Fixture.tester, store: store)
        try desk.perform(.note("INTERNAL: Toner ist bestellt"), on: id)
        try desk.perform(.reply("Wir schauen es uns an."), on: id)
        let other = try store.createTicket(Fixture.ticket("Someone else's", body: "private"), actor: "tester")

        let detail = try anna.myTicket(id)
        #expect(detail.request.subject == "Drucker klemmt")
        #expect(detail.messages.map(\.body) == ["Papierstau im 2. OG", "Wir schauen es uns an."])
        #expect(detail.messages.map(\.author) == [.you, .agent(name: "Test Er")])
        let notYours = HelpdeskError.notFound("#\(other) is not one of your tickets (helpdesk request list shows yours)")
        #expect(throws: notYours) { try anna.myTicket(other) }
        #expect(throws: HelpdeskError.notFound("#999 is not one of your tickets (helpdesk request list shows yours)")) { try anna.myTicket(999) }
    }
}
