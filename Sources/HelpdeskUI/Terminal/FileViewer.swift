import Foundation
import HelpdeskCore

/// Shows a file outside helpdesk: a terminal pager for text, the desktop's viewer for the rest.
/// The effect runner hands it the terminal for the pager; tests use a viewer that records.
public protocol FileViewer {
    /// The pager's command (`$PAGER`, else `less`); nil when no program may be run (the gate).
    var pager: String? { get }
    /// Whether a desktop viewer can open files here (a display and `xdg-open`).
    var hasDesktop: Bool { get }
    /// Runs the pager on `path` in the foreground; its exit status.
    func page(_ path: String) -> Int32
    /// Hands `path` to the desktop's viewer without waiting for it; false when it did not start.
    func openOnDesktop(_ path: String) -> Bool
}

/// `$PAGER` (as git and man use it) and `xdg-open` when `$DISPLAY` or `$WAYLAND_DISPLAY` is set.
/// Neither runs through the gate, where a program would run with the team's group (ProcessGate).
public struct SystemFileViewer: FileViewer {
    let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) { self.environment = environment }

    public var pager: String? {
        if ProcessGate.isRestricted { return nil }
        let value = environment["PAGER"]?.trimmingCharacters(in: .whitespaces) ?? ""
        return value.isEmpty ? "less" : value
    }

    public var hasDesktop: Bool {
        guard !ProcessGate.isRestricted, [environment["DISPLAY"], environment["WAYLAND_DISPLAY"]].contains(where: { !($0 ?? "").isEmpty }) else {
            return false
        }
        return desktopOpener != nil
    }

    public func page(_ path: String) -> Int32 {
        guard let pager else { return 127 }
        return ExternalEditor.run(pager, path: path)
    }

    public func openOnDesktop(_ path: String) -> Bool {
        guard let opener = desktopOpener else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [path]
        // Its own output must not scribble over the screen; it is not waited for.
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        return true
    }

    /// `xdg-open` on the PATH.
    var desktopOpener: String? {
        (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/xdg-open" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
