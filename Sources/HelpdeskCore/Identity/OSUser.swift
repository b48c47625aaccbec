#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The operating-system account running the program, from the real uid (never `$USER`, which anyone can set).
public struct OSUser: Sendable, Equatable {
    public var login: String
    public var fullName: String
    public var home: String

    public static func current() -> OSUser {
        let uid = getuid()
        guard let entry = getpwuid(uid) else {
            return OSUser(login: "uid\(uid)", fullName: "uid \(uid)", home: "/")
        }
        let login = String(cString: entry.pointee.pw_name)
        // The GECOS field is "Full Name,room,phone,…"; its first part is the display name.
        let gecos = String(cString: entry.pointee.pw_gecos).split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return OSUser(login: login, fullName: gecos.isEmpty ? login : gecos, home: String(cString: entry.pointee.pw_dir))
    }
}
