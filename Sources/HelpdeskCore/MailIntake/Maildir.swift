import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `helpdesk mail fetch --maildir DIR`: every message in `DIR/new` goes through `MailIntake`,
/// and only after its ticket is committed is it renamed into `DIR/cur` (flag S, seen). A kill at
/// any moment therefore leaves each message processed exactly once: killed before the commit, it
/// is still new and is taken next time; killed between commit and rename, it is new again but
/// its Message-ID is stored, so the next run only moves it. Files being written are in `tmp/`,
/// which is never read (the Maildir rule); `cur/` is never touched.
public struct Maildir {
    public let path: String

    public init(path: String) { self.path = path }

    public struct Run: Equatable, Sendable {
        public var outcomes: [IntakeOutcome] = []
        /// File names refused on purpose (moved to cur/ too, so they are not tried again), with why.
        public var refused: [(name: String, reason: String)] = []

        public static func == (a: Run, b: Run) -> Bool {
            a.outcomes == b.outcomes && a.refused.map(\.name) == b.refused.map(\.name) && a.refused.map(\.reason) == b.refused.map(\.reason)
        }
    }

    /// The names in new/, oldest first by name (Maildir names start with the delivery time).
    public func newMessages() throws -> [String] {
        var isFolder: ObjCBool = false
        for sub in ["new", "cur", "tmp"] {
            guard FileManager.default.fileExists(atPath: path + "/" + sub, isDirectory: &isFolder), isFolder.boolValue else {
                throw HelpdeskError.invalidInput("\(path) is not a Maildir (it needs new/, cur/ and tmp/)")
            }
        }
        return try FileManager.default.contentsOfDirectory(atPath: path + "/new").filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Processes new/ in order. Stops at the first failure that is not a refusal (the database
    /// busy, the disk full): what is left stays new for the next run. `progress` sees each step.
    public func fetch(into intake: MailIntake, progress: (Int, Int) -> Void = { _, _ in }) throws -> Run {
        let names = try newMessages()
        var run = Run()
        for (index, name) in names.enumerated() {
            let file = path + "/new/" + name
            guard let data = FileManager.default.contents(atPath: file) else { continue }  // taken by a parallel run
            do {
                run.outcomes.append(try intake.receive([UInt8](data)))
            } catch let refusal as MailRefusal {
                run.refused.append((name, refusal.reason))
            }
            try moveToCur(name)
            progress(index + 1, names.count)
        }
        return run
    }

    private func moveToCur(_ name: String) throws {
        let base = name.split(separator: ":", maxSplits: 1).first.map(String.init) ?? name
        guard rename(path + "/new/" + name, path + "/cur/" + base + ":2,S") == 0 || errno == ENOENT else {
            throw HelpdeskError.permissionDenied("cannot move \(name) from \(path)/new to cur: \(String(cString: strerror(errno)))")
        }
    }
}

/// An mbox file (`helpdesk mail import --mbox`): messages start at lines `From ` after the start
/// or an empty line; `>From ` (mboxrd quoting) is unquoted one level.
public enum Mbox {
    public static func messages(_ bytes: [UInt8]) -> [[UInt8]] {
        var messages: [[UInt8]] = []
        var current: [UInt8] = []
        var inMessage = false
        var lineStart = 0
        var previousBlank = true
        let from = Array("From ".utf8)
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = min(lineEnd + 1, bytes.count)
            let line = bytes[lineStart..<next]
            if previousBlank, line.starts(with: from) {
                if inMessage { messages.append(current) }
                current = []
                inMessage = true
            } else if inMessage {
                var quoted = line.startIndex
                while quoted < line.endIndex, line[quoted] == UInt8(ascii: ">") { quoted += 1 }
                if quoted > line.startIndex, line[quoted...].starts(with: from) {
                    current += line.dropFirst()
                } else {
                    current += line
                }
            }
            let content = bytes[lineStart..<lineEnd]
            previousBlank = content.isEmpty || content.elementsEqual([0x0D])
            lineStart = next
        }
        if inMessage { messages.append(current) }
        return messages
    }
}
