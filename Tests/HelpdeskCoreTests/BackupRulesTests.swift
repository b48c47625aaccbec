import Foundation
import Testing
@testable import HelpdeskCore

/// The rules behind `helpdesk backup` and `restore` that need no binary: who may run them, and
/// the names `--keep` recognises (the CLI tests run them as root, who is always allowed).
@Suite struct BackupRulesTests {
    static func agent(_ role: AgentRole, active: Bool = true) -> Agent {
        Agent(id: 1, login: "bob", name: "Bob", role: role, tier: 1, active: active, createdAt: 0)
    }

    @Test func backupsAreForAdminsAndRoot() throws {
        try Permissions.requireAdminOrRoot(Self.agent(.admin), login: "bob", to: "take a backup", uid: 1000)
        try Permissions.requireAdminOrRoot(nil, login: "root", to: "take a backup", uid: 0)
        try Permissions.requireAdminOrRoot(Self.agent(.agent), login: "root", to: "take a backup", uid: 0)
        for (agent, who) in [(Self.agent(.supervisor), "supervisor 'bob'"), (Self.agent(.agent), "agent 'bob'"),
                             (Self.agent(.admin, active: false), "the deactivated 'bob'"), (nil, "bob, no agent of this helpdesk")] {
            #expect(throws: HelpdeskError.permissionDenied("only an admin or root may take a backup (you are \(who)): nothing was changed")) {
                try Permissions.requireAdminOrRoot(agent, login: "bob", to: "take a backup", uid: 1000)
            }
        }
    }

    @Test func backupNamesAreTheTimeInUTCAndNothingElseMatches() {
        #expect(BackupRotation.fileName(at: Date(timeIntervalSince1970: 1_795_000_000)) == "helpdesk-20261118-110640.sqlite")
        #expect(BackupRotation.fileName(at: Date(timeIntervalSince1970: 0.9)) == "helpdesk-19700101-000000.sqlite")
        #expect(BackupRotation.isBackupName("helpdesk-20261118-110640.sqlite"))
        for name in ["helpdesk-20261118-110640.sqlite-wal", "helpdesk-20261118-07464.sqlite", "helpdesk-2026111807-4640.sqlite",
                     "helpdesk-20261118_074640.sqlite", "xhelpdesk-20261118-110640.sqlite", "helpdesk-20261118-110640.SQLITE",
                     ".helpdesk-partial-abc.sqlite", "helpdesk-２0261118-074640.sqlite", ""] {
            #expect(!BackupRotation.isBackupName(name), "\(name)")
        }
    }
}
