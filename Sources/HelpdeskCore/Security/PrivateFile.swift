import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a ticket's file out of the database — `ticket attachment save` and the TUI's `o` —
/// so that nothing else can be hit on the way: a new file only (never over an existing one, never
/// through a symbolic link an attacker left there), readable by its owner only (0600).
public enum PrivateFile {
    /// Writes `data` to `path` — a file that must not exist yet, or a directory to put
    /// `fileName` in. Returns the path written.
    @discardableResult
    public static func create(_ data: Data, at path: String, fileName: String) throws -> String {
        var isDirectory: ObjCBool = false
        let target = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? (path as NSString).appendingPathComponent(fileName) : path
        let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "it already exists (nothing was overwritten)" : String(cString: strerror(errno))
            throw HelpdeskError.invalidInput("cannot write \(target): \(reason)")
        }
        defer { close(descriptor) }
        var written = 0
        let failed = data.withUnsafeBytes { bytes -> Bool in
            while written < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0 { if errno == EINTR { continue }; return true }
                written += count
            }
            return false
        }
        if failed || fsync(descriptor) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(target)
            throw HelpdeskError.invalidInput("cannot write \(target): \(reason)")
        }
        return target
    }

    /// A copy in a new private directory (0700) under `$TMPDIR` for a pager or viewer to read.
    /// Returns the file's path; whoever asked removes its folder when done (`removeCopy`).
    public static func temporaryCopy(_ data: Data, fileName: String) throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base as NSString).appendingPathComponent("helpdesk-file-XXXXXX").utf8CString)
        guard let directory = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }).map({ String(cString: $0) }) else {
            throw HelpdeskError.invalidInput("cannot make a private folder in \(base): \(String(cString: strerror(errno)))")
        }
        return try create(data, at: (directory as NSString).appendingPathComponent(fileName), fileName: fileName)
    }

    /// Deletes a copy `temporaryCopy` made, with its folder.
    public static func removeCopy(_ path: String) {
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
}
