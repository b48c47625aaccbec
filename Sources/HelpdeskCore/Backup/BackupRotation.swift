import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The names of backups in a folder — `helpdesk-YYYYMMDD-HHMMSS.sqlite`, the time in UTC, so
/// that names sort as times do — and `--keep N`, which removes the oldest of them beyond N.
/// Only regular files named exactly so are ever removed: anything else in the folder (other
/// files, links, folders, a backup renamed by hand) stays.
public enum BackupRotation {
    /// The backup name for `date`: `helpdesk-20261118-093000.sqlite`.
    public static func fileName(at date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "helpdesk-%04d%02d%02d-%02d%02d%02d.sqlite",
                      Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// True for a name `fileName(at:)` makes, and nothing else.
    public static func isBackupName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        let prefix = Array("helpdesk-".utf8), suffix = Array(".sqlite".utf8)
        guard bytes.count == prefix.count + 15 + suffix.count,
              bytes.starts(with: prefix), bytes.suffix(suffix.count).elementsEqual(suffix) else { return false }
        let stamp = bytes[prefix.count..<(prefix.count + 15)]
        return stamp.enumerated().allSatisfy { offset, byte in
            offset == 8 ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }

    /// Removes the oldest backups in `folder` so that `keep` remain, never `sparing` (the one just
    /// made, even if a clock set wrong once gave an older backup a later name). Returns the paths
    /// removed, oldest first.
    static func prune(folder: String, keep: Int, sparing: String) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw HelpdeskError.permissionDenied("cannot list \(folder) to remove old backups: \(error.localizedDescription)")
        }
        let spared = (sparing as NSString).lastPathComponent
        let backups = names.filter { name in
            var info = stat()
            return isBackupName(name) && lstat(folder + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        }.sorted()
        let others = backups.filter { $0 != spared }
        let surplus = others.count - max(0, keep - (backups.contains(spared) ? 1 : 0))
        guard surplus > 0 else { return [] }
        var removed: [String] = []
        for name in others.prefix(surplus) {
            let path = folder + "/" + name
            guard unlink(path) == 0 else {
                throw HelpdeskError.permissionDenied("cannot remove the old backup \(path): \(String(cString: strerror(errno)))")
            }
            removed.append(path)
        }
        return removed
    }
}
