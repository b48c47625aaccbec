import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The environment a process keeps through the gate (ProcessGate): the user's locale and time
/// zone, so that text and times read as usual, and a fixed `PATH`. Everything else goes before
/// the program reads any of it — `HELPDESK_DB`, `HELPDESK_NOW` and `HELPDESK_SYSTEM_CONFIG`,
/// `XDG_*` and `HOME`, `VISUAL`/`EDITOR`, and whatever a library might look at. A value that
/// could name a file of the user's (a locale or zone given as a path) goes too.
public enum GateEnvironment {
    public static let kept: Set<String> = [
        "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_COLLATE", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LC_MONETARY", "TZ",
    ]
    public static let path = "/usr/bin:/bin"

    /// What is left of `environment`.
    public static func sanitised(_ environment: [String: String]) -> [String: String] {
        var result = environment.filter { kept.contains($0.key) && isPlainName($0.value) }
        result["PATH"] = path
        return result
    }

    /// `de_DE.UTF-8`, `Europe/Berlin`, `UTC+1`: no absolute path, no `..`, no control characters.
    static func isPlainName(_ value: String) -> Bool {
        !value.isEmpty && value.count <= 100 && !value.hasPrefix("/") && !value.hasPrefix(":") && !value.contains("..")
            && value.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }
    }

    /// Replaces this process's environment by the sanitised one.
    static func apply() {
        let keep = sanitised(ProcessInfo.processInfo.environment)
        clearenv()
        for (name, value) in keep { setenv(name, value, 1) }
    }
}
