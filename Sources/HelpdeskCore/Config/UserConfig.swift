import Foundation
import TOMLKit

/// Settings from `config.toml`: the system-wide file (`/etc/helpdesk/config.toml`, or
/// `$HELPDESK_SYSTEM_CONFIG`) that an admin writes for everyone on the host, then the user's own
/// (`$XDG_CONFIG_HOME/helpdesk/config.toml`, else `~/.config/helpdesk/`), whose keys win.
///
/// ```toml
/// database = "/var/lib/helpdesk/helpdesk.sqlite"
/// theme = "high-contrast"
/// mouse = false
/// ```
public struct UserConfig: Equatable, Sendable {
    public var theme: String?
    /// The shared database, unless `--db` or `$HELPDESK_DB` says otherwise.
    public var database: String?
    /// Clicks and the wheel in the TUI (on unless set to false).
    public var mouse: Bool?

    public init(theme: String? = nil, database: String? = nil, mouse: Bool? = nil) {
        self.theme = theme
        self.database = database
        self.mouse = mouse
    }

    public static let systemPath = "/etc/helpdesk/config.toml"

    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/helpdesk" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/helpdesk"
    }

    /// The files read, system first; a missing file is skipped.
    public static func files(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        [environment["HELPDESK_SYSTEM_CONFIG"].flatMap { $0.isEmpty ? nil : $0 } ?? systemPath,
         directory(environment: environment) + "/config.toml"]
    }

    /// Reads both files; a broken file, an unknown key or a wrong type is an error naming the file.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> UserConfig {
        var config = UserConfig()
        for path in files(environment: environment) {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let file = try parse(String(decoding: data, as: UTF8.self), file: path)
            config.theme = file.theme ?? config.theme
            config.database = file.database ?? config.database
            config.mouse = file.mouse ?? config.mouse
        }
        return config
    }

    /// One config.toml; `file` names it in errors.
    public static func parse(_ text: String, file path: String) throws -> UserConfig {
        var config = UserConfig()
        func line(of key: String) -> Int {
            (text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key) } ?? 0) + 1
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigFileError(file: path, line: error.source.begin.line, message: error.description)
        }
        for key in table.keys {
            if key == "mouse" {
                guard let value = table[key]?.bool else {
                    throw ConfigFileError(file: path, line: line(of: key), message: "'mouse' must be true or false")
                }
                config.mouse = value
                continue
            }
            guard let value = table[key]?.string else {
                throw ConfigFileError(file: path, line: line(of: key), message: "'\(key)' must be a string in quotes")
            }
            switch key {
            case "theme": config.theme = value
            case "database":
                guard value.hasPrefix("/") else {
                    throw ConfigFileError(file: path, line: line(of: key), message: "database must be an absolute path, not '\(value)'")
                }
                config.database = value
            default:
                throw ConfigFileError(file: path, line: line(of: key), message: "unknown key '\(key)' (known: database, mouse, theme)")
            }
        }
        return config
    }
}

/// A mistake in a settings file (config.toml), with the file and line: "path:3: unknown key 'x'".
public struct ConfigFileError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}
