import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Looks at a database path before SQLite touches it, so that a wrong path is refused
/// with a clear message and a foreign file is never modified (opening a file in WAL mode
/// would rewrite its header).
enum DatabaseFileCheck {
    enum Access: Equatable { case create, readWrite, readOnly }

    static func inspect(path: String) throws -> Access {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent

        try refuseNetworkFileSystem(folder: folder)
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            try refuseClosedFolder(folder, of: path)
            return .create
        }
        let isEmpty = try refuseAnythingButAHelpdeskFile(path, isDirectory: isDirectory.boolValue)
        return try writable(path: path, folder: folder) ? (isEmpty ? .create : .readWrite) : .readOnly
    }

    /// Refuses, in one line and without changing it, a path that exists but is no helpdesk
    /// database: a directory, a FIFO or device, an unreadable file, a file that is not SQLite, a
    /// SQLite database of another program. True for an empty file (a valid empty database).
    /// Also asked of backups and of what `restore` is given.
    @discardableResult
    static func refuseAnythingButAHelpdeskFile(_ path: String, isDirectory: Bool? = nil) throws -> Bool {
        var isFolder: ObjCBool = false
        if let isDirectory { isFolder = ObjCBool(isDirectory) } else { _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) }
        if isFolder.boolValue {
            throw HelpdeskError.invalidInput("\(path) is a directory, not a database file")
        }
        // Opening a FIFO to read its header would wait for a writer forever, and SQLite would
        // put a -journal beside a device: only regular files (or links to them) are databases.
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            let kind = switch info.st_mode & S_IFMT {
            case S_IFIFO: "a FIFO (named pipe)"
            case S_IFCHR: "a character device"
            case S_IFBLK: "a block device"
            case S_IFSOCK: "a socket"
            default: "not a regular file"
            }
            throw HelpdeskError.invalidInput("\(path) is \(kind), not a database file (it was left unchanged)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw HelpdeskError.permissionDenied("cannot read \(path): permission denied")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        // An empty file (e.g. from `touch`) is a valid empty SQLite database.
        if header.isEmpty { return true }
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw HelpdeskError.invalidInput("\(path) is not a SQLite database (it was left unchanged)")
        }
        let applicationID = header[68..<72].reduce(Int32(0)) { ($0 << 8) | Int32($1) }
        guard applicationID == Schema.applicationID || (applicationID == 0 && walHeaderIsOurs(path: path)) else {
            throw HelpdeskError.invalidInput("\(path) is a SQLite database of another program, not a helpdesk database (it was left unchanged)")
        }
        return false
    }

    /// SQLite's WAL mode shares memory between the processes using a database, which works only
    /// on one host with a local file system: on NFS or SMB, locks and the shared memory silently
    /// fail and the database can be corrupted. Refused where the kernel tells us (the mount table).
    static func refuseNetworkFileSystem(folder: String) throws {
        var existing = (folder as NSString).standardizingPath
        if !existing.hasPrefix("/") { existing = FileManager.default.currentDirectoryPath + "/" + existing }
        // A new database's folder may not exist yet: look at the nearest one that does.
        while !FileManager.default.fileExists(atPath: existing), existing != "/" {
            existing = (existing as NSString).deletingLastPathComponent
        }
        let resolved = (existing as NSString).resolvingSymlinksInPath
        guard let mounts = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8),
              let type = fileSystemType(of: resolved, mountInfo: mounts),
              let name = networkFileSystemName(type) else { return }
        throw HelpdeskError.invalidInput("""
            \(folder) is on a network file system (\(name)): SQLite's WAL mode needs a local disk on the host where \
            everyone runs helpdesk — put the database on a local file system
            """)
    }

    /// The file-system type of the mount holding `path`, from `/proc/self/mountinfo` (the mount
    /// point that is the longest prefix of the path).
    static func fileSystemType(of path: String, mountInfo: String) -> String? {
        var best: (point: String, type: String)?
        for line in mountInfo.split(separator: "\n") {
            let halves = line.components(separatedBy: " - ")
            let fields = halves[0].split(separator: " ")
            guard halves.count == 2, fields.count >= 5, let type = halves[1].split(separator: " ").first else { continue }
            // Mount points escape spaces and such as octal (\040).
            let point = String(fields[4]).replacingOccurrences(of: "\\040", with: " ")
            let covers = point == "/" || path == point || path.hasPrefix(point + "/")
            if covers && point.count >= (best?.point.count ?? -1) { best = (point, String(type)) }
        }
        return best?.type
    }

    /// A team folder (mode 2770) hides the database from everyone outside its group: say so,
    /// instead of "there is no database" and an offer to create one.
    static func refuseClosedFolder(_ folder: String, of path: String) throws {
        var info = stat()
        guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, !FileAccess.isSearchable(folder) else { return }
        let group = getgrgid(info.st_gid).map { String(cString: $0.pointee.gr_name) } ?? String(info.st_gid)
        throw HelpdeskError.permissionDenied(
            "cannot reach \(path): the folder \(folder) is open to the group '\(group)' only — ask an admin to add you to it (docs/admin.md)")
    }

    /// Network and cluster file systems, by their mount type.
    static func networkFileSystemName(_ type: String) -> String? {
        let network: Set<String> = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "ceph", "coda", "ncpfs", "glusterfs",
                                    "fuse.glusterfs", "fuse.sshfs", "fuse.cephfs", "lustre"]
        return network.contains(type) ? type : nil
    }

    /// In a team folder (setgid, e.g. `/var/lib/helpdesk` owned by group `helpdesk`, mode 2770) a
    /// new database is made group-writable, whatever the creator's umask; SQLite gives the -wal
    /// and -shm files the database's mode, so every member can write all three.
    static func shareWithGroupIfFolderIsShared(_ path: String) {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_ISGID != 0 else { return }
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            chmod(file, 0o660)
        }
    }

    /// Someone who may only read another user's database, in a folder they can write (such as
    /// /tmp), would leave its -wal and -shm files behind owned by them — SQLite gives them the
    /// database's mode but the creator's owner — and the owner could then no longer write it.
    /// Refused while those files are missing (they exist while the owner has it open).
    /// Root is exempt: SQLite hands the files it creates as root to the database's owner.
    static func refuseSideFilesTheOwnerCouldNotWrite(_ path: String) throws {
        var info = stat()
        guard getuid() != 0, stat(path, &info) == 0, info.st_uid != getuid() else { return }
        let missing = [path + "-wal", path + "-shm"].filter { !FileManager.default.fileExists(atPath: $0) }
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        guard !missing.isEmpty, FileAccess.isWritable(folder) else { return }
        let owner = getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? "uid \(info.st_uid)"
        throw HelpdeskError.permissionDenied("""
            cannot open \(path): it is \(owner)'s and read-only for you, and reading it now would leave \
            \(missing.joined(separator: " and ")) owned by you, so that \(owner) could no longer write it — \
            ask \(owner) to share it with your group (docs/admin.md), or read a copy
            """)
    }

    /// Creates the folder of a new database; the first change a new database makes.
    static func prepareFolder(for path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw HelpdeskError.permissionDenied("cannot create the folder \(folder) for the database: \(reason(error))")
        }
        guard FileAccess.isWritable(folder) else {
            throw HelpdeskError.permissionDenied("cannot create \(path): the folder \(folder) is not writable")
        }
    }

    /// A database created moments ago may still have its first page, with the application id,
    /// only in the `-wal` file (until the first checkpoint). SQLite, reading read-only, sees it.
    private static func walHeaderIsOurs(path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path + "-wal") else { return false }
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
        return (try? queue.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }) == Schema.applicationID
    }

    /// WAL needs to write the file and to create `-wal` and `-shm` files next to it.
    private static func writable(path: String, folder: String) throws -> Bool {
        FileAccess.isWritable(path) && FileAccess.isWritable(folder)
    }

    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        return underlying?.localizedDescription ?? error.localizedDescription
    }
}
