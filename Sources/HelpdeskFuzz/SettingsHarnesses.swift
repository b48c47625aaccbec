import HelpdeskCore
import HelpdeskUI

/// The settings files a person writes by hand (config.toml, keys.toml, a theme): any text loads
/// or is refused with an error naming the file; neither may crash or hang the program at start.
enum ConfigHarness {
    static func run(_ text: String) {
        _ = try? UserConfig.parse(text, file: "config.toml")
    }
}

enum KeymapHarness {
    static func run(_ text: String) {
        _ = try? Keymap.standard.merging(toml: text, file: "keys.toml")
    }
}

enum ThemeHarness {
    static func run(_ text: String) {
        _ = try? Theme.load(tomlText: text, source: "fuzz.toml")
    }
}
