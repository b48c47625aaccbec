import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The gate: `helpdesk` installed setgid to the team's group (`make install-team`), so that people
/// outside the group can file and follow their own requests on the team's database while the
/// file stays closed to them (0660 in a 2770 folder; docs/admin.md, "The security model").
///
/// Decided once, at start, from the process's ids (`enter`, before the arguments are parsed):
/// - not setgid, or run by root, or by a member of the group: the group is dropped for good and
///   helpdesk runs as it would without the bit — agents get nothing from the gate;
/// - anyone else (``isRestricted``): only `helpdesk request` and `helpdesk ask`; the database is the
///   one `/etc/helpdesk/config.toml` names (`--db`, `$HELPDESK_DB`, XDG paths and the user's config
///   are not used); the environment is cut to the locale and the time zone; no editor and no file
///   of the user's is opened; new files get no rights for others; nobody is an agent here.
public enum ProcessGate {
    public enum Mode: Sendable, Equatable {
        /// Not installed setgid: the program as usual.
        case ordinary
        /// Setgid, run by root or a member of the group: the group is dropped, then as usual.
        case member
        /// Setgid, run by someone outside the group: self-service on the team's database only.
        case outsider(group: String)
    }

    /// The ids the program started with.
    public struct Credentials: Sendable, Equatable {
        public var realUser: uid_t
        public var realGroup: gid_t
        public var effectiveGroup: gid_t
        public var supplementaryGroups: [gid_t]

        public init(realUser: uid_t, realGroup: gid_t, effectiveGroup: gid_t, supplementaryGroups: [gid_t]) {
            self.realUser = realUser
            self.realGroup = realGroup
            self.effectiveGroup = effectiveGroup
            self.supplementaryGroups = supplementaryGroups
        }

        public static func current() -> Credentials {
            let count = getgroups(0, nil)
            var groups = [gid_t](repeating: 0, count: Int(max(count, 0)))
            let filled = count > 0 ? getgroups(count, &groups) : 0
            return Credentials(realUser: getuid(), realGroup: getgid(), effectiveGroup: getegid(),
                               supplementaryGroups: Array(groups.prefix(Int(max(filled, 0)))))
        }
    }

    public static func mode(for credentials: Credentials, groupName: (gid_t) -> String = ProcessGate.groupName) -> Mode {
        if credentials.effectiveGroup == credentials.realGroup { return .ordinary }
        if credentials.realUser == 0 || credentials.supplementaryGroups.contains(credentials.effectiveGroup) { return .member }
        return .outsider(group: groupName(credentials.effectiveGroup))
    }

    /// This process's mode, from the ids it started with (read first by `enter`, before any drop).
    public static let mode: Mode = mode(for: .current())

    /// True for someone outside the team's group running the setgid program.
    public static var isRestricted: Bool {
        if case .outsider = mode { return true }
        return false
    }

    /// The team's group, through which an outsider reaches the database (nil when not restricted).
    public static var group: String? {
        if case .outsider(let group) = mode { return group }
        return nil
    }

    /// What the program may run through the gate: the first argument (help included, which opens nothing).
    public static let selfServiceCommands: Set<String> = ["request", "ask", "help", "--help", "-h"]

    /// Call first in `main`, before anything reads the environment or the arguments. Members lose
    /// the group for good; an outsider's process is made safe, and anything but self-service is
    /// refused (the one line to print, and nothing was done).
    public static func enter(arguments: [String]) throws(GateRefusal) {
        switch mode {
        case .ordinary:
            return
        case .member:
            // setregid with the real id given also resets the saved id (Linux, POSIX), so the team's
            // group cannot be taken back: checked by trying (root could, and needs no group).
            let group = getgid(), team = getegid()
            guard setregid(group, group) == 0, getegid() == group, getuid() == 0 || setegid(team) != 0 else {
                throw GateRefusal(message: "cannot drop the team's group (setregid failed): nothing was done")
            }
        case .outsider(let group):
            keepStandardDescriptorsOpen()
            GateEnvironment.apply()
            // Files made through the gate (the database's -wal and -shm) are the group's, and nobody else's.
            umask(0o007)
            guard let command = arguments.dropFirst().first, selfServiceCommands.contains(command) else {
                throw GateRefusal(message: """
                    you are not in the team's group '\(group)': here you can only file and follow your own requests \
                    (helpdesk request new|list|show|search) and ask the knowledge base (helpdesk ask) — nothing was done
                    """)
            }
        }
    }

    /// `--db` through the gate: refused (requests go to the team's database only).
    public static func refuseDatabaseOption() -> HelpdeskError {
        .permissionDenied("--db cannot be used outside the team's group '\(group ?? "?")': requests go to the team's database, named in \(SystemConfig.path)")
    }

    /// A file of the user's (such as `--body-file`) is never opened with the group's rights:
    /// the group could read what the user cannot. Standard input, opened by the user's shell, is fine.
    public static func refuseUserFile(_ path: String, option: String) throws {
        guard isRestricted, path != "-" else { return }
        throw HelpdeskError.permissionDenied("\(option) reads only standard input here ('-', as in \(option) - < FILE): outside the team's group helpdesk opens none of your files")
    }

    /// A setgid program started with standard input, output or error closed would have the
    /// database opened on that number, and its messages written into it: they point to /dev/null.
    private static func keepStandardDescriptorsOpen() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 {
            let null = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            if null >= 0 && null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
    }

    public static func groupName(_ id: gid_t) -> String {
        getgrgid(id).map { String(cString: $0.pointee.gr_name) } ?? String(id)
    }
}

/// Why the gate refused to run a command, as one line.
public struct GateRefusal: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
