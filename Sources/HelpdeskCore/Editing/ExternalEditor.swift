import Foundation

/// The user's editor, as git and mutt find it: `$VISUAL`, else `$EDITOR`; with neither set,
/// helpdesk's own inline editor is used instead of guessing one. Run through `sh -c` so that
/// editors with arguments (`code --wait`, `emacs -nw`) work.
public enum ExternalEditor {
    public static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return nil
    }

    /// Runs the editor on `path` in the foreground and returns its exit status (127 when it cannot start).
    public static func run(_ editor: String, path: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", editor + " \"$1\"", "sh", path]
        do {
            try process.run()
        } catch {
            return 127
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
