import Foundation
import TOMLKit

/// The user's settings file, `$XDG_CONFIG_HOME/helpdesk/config.toml` (`~/.config/helpdesk/`),
/// and where keys.toml lives next to it.
public struct UserConfig: Equatable, Sendable {
    public var theme: String?

    public init(theme: String? = nil) { self.theme = theme }

    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/helpdesk" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/helpdesk"
    }

    /// Reads config.toml when it exists; a broken file is an error naming it.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> UserConfig {
        let path = directory(environment: environment) + "/config.toml"
        guard let data = FileManager.default.contents(atPath: path) else { return UserConfig() }
        let text = String(decoding: data, as: UTF8.self)
        do {
            let table = try TOMLTable(string: text)
            return UserConfig(theme: table["theme"]?.string)
        } catch let error as TOMLParseError {
            throw KeymapError(file: path, line: error.source.begin.line, message: error.description)
        }
    }

    /// The keymap: the defaults with keys.toml merged over them.
    public static func keymap(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Keymap {
        let path = directory(environment: environment) + "/keys.toml"
        guard let data = FileManager.default.contents(atPath: path) else { return .standard }
        return try Keymap.standard.merging(toml: String(decoding: data, as: UTF8.self), file: path)
    }
}
