#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether this process may read, write or search a path, judged by its *effective* ids.
/// `access(2)` (and Foundation's `isWritableFile`) judge by the real ones, which is wrong for
/// the setgid gate (ProcessGate): an end user outside the team's group reaches the team's
/// folder only through the gate's group. For every other process both are the same.
public enum FileAccess {
    public static func permits(_ path: String, _ mode: Int32) -> Bool {
        faccessat(AT_FDCWD, path, mode, AT_EACCESS) == 0
    }

    public static func isWritable(_ path: String) -> Bool { permits(path, W_OK) }
    public static func isSearchable(_ folder: String) -> Bool { permits(folder, X_OK) }
}
