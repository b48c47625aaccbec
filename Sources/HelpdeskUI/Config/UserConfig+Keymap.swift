import Foundation
import HelpdeskCore

/// The keymap half of the user's settings: `UserConfig` lives in HelpdeskCore (the CLI reads it
/// too), the keymap is the TUI's own.
extension UserConfig {
    /// The keymap: the defaults with keys.toml merged over them.
    public static func keymap(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Keymap {
        let path = directory(environment: environment) + "/keys.toml"
        guard let data = FileManager.default.contents(atPath: path) else { return .standard }
        return try Keymap.standard.merging(toml: String(decoding: data, as: UTF8.self), file: path)
    }
}
