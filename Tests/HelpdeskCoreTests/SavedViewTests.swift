import GRDB
import Testing
@testable import HelpdeskCore

/// Views of one's own and the team's shared views: everyone sees the shared ones, only admins
/// manage them, and a personal view can never hide a shared one.
@Suite struct SavedViewTests {
    @Test func sharedViewsReachEveryoneAndOnlyAdminsManageThem() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)  // "tester" is the admin
        try store.addAgent(login: "ada", name: "Ada", role: .agent, tier: 1, actor: "tester")
        try store.addAgent(login: "bo", name: "Bo", role: .supervisor, tier: 2, actor: "tester")
        let admin = try #require(try store.agent(login: "tester"))
        let ada = try #require(try store.agent(login: "ada"))
        let bo = try #require(try store.agent(login: "bo"))

        try store.saveSharedView(name: "vip", query: "tag:vip is:open sort:-priority", actor: admin)
        try store.saveView(name: "mine-vpn", query: "assignee:me vpn", ownerId: try #require(ada.id))
        #expect(try store.savedViews(ownerId: ada.id) == [
            QueueView(key: "vip", name: "vip", query: "tag:vip is:open sort:-priority", isShared: true),
            QueueView(key: "mine-vpn", name: "mine-vpn", query: "assignee:me vpn"),
        ])
        #expect(try store.savedViews(ownerId: bo.id).map(\.key) == ["vip"], "someone else's own views stay theirs")

        for actor in [ada, bo] {
            #expect(throws: HelpdeskError.permissionDenied("only an admin may manage shared views: nothing was changed")) {
                try store.saveSharedView(name: "vip", query: "tag:vip", actor: actor)
            }
            #expect(throws: HelpdeskError.permissionDenied("only an admin may manage shared views: nothing was changed")) {
                try store.removeView(name: "vip", ownerId: try #require(actor.id), shared: true, actor: actor)
            }
        }
        #expect(throws: HelpdeskError.invalidInput("'vip' is a shared view of the team; choose another name")) {
            try store.saveView(name: "vip", query: "tag:vip", ownerId: try #require(ada.id))
        }

        // Replacing a shared view keeps one of it (NULL owners are not unique to SQLite).
        try store.saveSharedView(name: "vip", query: "tag:vip", actor: admin)
        #expect(try store.savedViews(ownerId: nil) == [QueueView(key: "vip", name: "vip", query: "tag:vip", isShared: true)])
        try store.removeView(name: "vip", ownerId: try #require(admin.id), shared: true, actor: admin)
        #expect(throws: HelpdeskError.notFound("there is no shared view 'vip' (helpdesk view list shows them)")) {
            try store.removeView(name: "vip", ownerId: try #require(admin.id), shared: true, actor: admin)
        }
        try store.removeView(name: "mine-vpn", ownerId: try #require(ada.id), shared: false, actor: ada)
        #expect(try store.savedViews(ownerId: ada.id).isEmpty)
    }

    @Test func aViewNeedsAGoodNameAndAQueryThatParses() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        let admin = try #require(try store.agent(login: "tester"))
        #expect(throws: HelpdeskError.invalidInput("a view name is one word of at most 40 characters")) {
            try store.saveSharedView(name: "two words", query: "vpn", actor: admin)
        }
        #expect(throws: HelpdeskError.invalidInput("'tier2' is a built-in view; choose another name")) {
            try store.saveSharedView(name: "tier2", query: "vpn", actor: admin)
        }
        #expect(throws: HelpdeskError.self) { try store.saveSharedView(name: "bad", query: "priority:hgh", actor: admin) }
        #expect(try store.savedViews(ownerId: admin.id).isEmpty)
    }
}
