import Foundation
import Testing
@testable import HelpdeskCore

/// A database shared by a team on one host: group-writable in a team folder, never on a
/// network file system, and openable read-only for wallboards.
@Suite struct SharedHostTests {
    static let mountInfo = """
        22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
        40 22 0:35 / /srv/share rw,relatime shared:20 - nfs4 fileserver:/export rw,vers=4.2
        41 40 0:36 / /srv/share/local\\040disk rw,relatime - ext4 /dev/sdb1 rw
        42 22 0:37 / /mnt/office rw,relatime - cifs //nas/office rw
        """

    @Test func theMountHoldingAPathIsFound() {
        #expect(DatabaseFileCheck.fileSystemType(of: "/var/lib/helpdesk", mountInfo: Self.mountInfo) == "ext4")
        #expect(DatabaseFileCheck.fileSystemType(of: "/srv/share/helpdesk", mountInfo: Self.mountInfo) == "nfs4")
        #expect(DatabaseFileCheck.fileSystemType(of: "/srv/share/local disk/h", mountInfo: Self.mountInfo) == "ext4")
        #expect(DatabaseFileCheck.fileSystemType(of: "/srv/shared", mountInfo: Self.mountInfo) == "ext4")  // not a prefix match
        #expect(DatabaseFileCheck.fileSystemType(of: "/mnt/office/x", mountInfo: Self.mountInfo) == "cifs")
        #expect(DatabaseFileCheck.networkFileSystemName("nfs4") == "nfs4")
        #expect(DatabaseFileCheck.networkFileSystemName("cifs") == "cifs")
        #expect(DatabaseFileCheck.networkFileSystemName("ext4") == nil)
        #expect(DatabaseFileCheck.networkFileSystemName("tmpfs") == nil)
    }

    @Test func aLocalFolderIsAccepted() throws {
        let folder = TemporaryFolder()
        try DatabaseFileCheck.refuseNetworkFileSystem(folder: folder.path("new/sub"))
    }

    @Test func aDatabaseCreatedInATeamFolderIsGroupWritable() throws {
        let folder = TemporaryFolder()
        let team = folder.path("team")
        try FileManager.default.createDirectory(atPath: team, withIntermediateDirectories: true)
        #expect(chmod(team, 0o2770) == 0)
        let previous = umask(0o077)  // a strict creator
        defer { umask(previous) }
        let store = try HelpdeskStore.open(path: team + "/helpdesk.sqlite", user: Fixture.tester)
        for file in [store.path, store.path + "-wal", store.path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o660, "\(file)")
        }
        // Elsewhere the creator's umask decides.
        let own = try HelpdeskStore.open(path: folder.path("own.sqlite"), user: Fixture.tester)
        let mode = try FileManager.default.attributesOfItem(atPath: own.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func aWallboardOpensReadOnlyAndCannotWrite() throws {
        let folder = TemporaryFolder()
        let path = folder.path("helpdesk.sqlite")
        let writer = try HelpdeskStore.open(path: path, user: Fixture.tester)
        try writer.createTicket(Fixture.ticket("Drucker"), actor: "tester")
        let wallboard = try HelpdeskStore.open(path: path, user: Fixture.tester, readOnly: true)
        #expect(wallboard.isReadOnly)
        #expect(try wallboard.countTickets(matching: .all).count == 1)
        #expect(throws: HelpdeskError.self) { try wallboard.createTicket(Fixture.ticket("Nope"), actor: "tester") }
        #expect(throws: HelpdeskError.notFound("there is no helpdesk database at \(folder.path("none.sqlite")) yet (helpdesk init --db \(folder.path("none.sqlite")) creates one)")) {
            try HelpdeskStore.open(path: folder.path("none.sqlite"), readOnly: true)
        }
    }
}
