import Foundation

/// Finds themes by name.
///
/// A theme named `solar` is the file `solar.toml` in the first of these directories that has it:
/// 1. each directory in `$HELPDESK_THEMES` (colon-separated), so a person can point at
///    themes explicitly;
/// 2. `$XDG_CONFIG_HOME/helpdesk/themes` (`~/.config/helpdesk/themes` when unset);
/// 3. `../share/helpdesk/Themes` next to the executable (the installed layout);
/// 4. the source tree's `Themes/` (for `swift run`).
///
/// `default` and `monochrome` always work: when no directory has them, the built-in copies
/// are used. A name containing `/` or ending in `.toml` is loaded as a path.
public enum ThemeLibrary {
    /// The directories searched, in order (only those that exist).
    public static func searchDirectories(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> [URL] {
        var candidates: [URL] = []
        if let list = environment["HELPDESK_THEMES"] {
            for part in list.split(separator: ":") where !part.isEmpty {
                candidates.append(URL(fileURLWithPath: String(part), isDirectory: true))
            }
        }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            candidates.append(URL(fileURLWithPath: xdg).appendingPathComponent("helpdesk/themes", isDirectory: true))
        } else if let home = environment["HOME"], !home.isEmpty {
            candidates.append(URL(fileURLWithPath: home).appendingPathComponent(".config/helpdesk/themes", isDirectory: true))
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(executable.deletingLastPathComponent()
                .appendingPathComponent("../share/helpdesk/Themes", isDirectory: true).standardizedFileURL)
        }
        candidates.append(sourceTreeThemes)

        var seen = Set<String>()
        return candidates.filter { url in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
                  isDirectory.boolValue else { return false }
            return seen.insert(url.standardizedFileURL.path).inserted
        }
    }

    /// The theme called `name` (see the type's documentation for where it is looked for).
    /// A theme file that exists but is wrong throws its ``ThemeError`` rather than being skipped.
    public static func theme(
        named name: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Theme {
        if name.contains("/") || name.hasSuffix(".toml") {
            return try Theme.load(file: name)
        }
        let directories = searchDirectories(environment: environment)
        if isPlainName(name) {
            for directory in directories {
                let file = directory.appendingPathComponent(name + ".toml")
                if FileManager.default.fileExists(atPath: file.path) {
                    return try Theme.load(file: file)
                }
            }
        }
        switch name {
        case "default": return Theme.builtinDefault
        case "monochrome": return Theme.monochrome
        default: throw ThemeError.notFound(name: name, searched: directories.map(\.path))
        }
    }

    /// Every theme name that ``theme(named:environment:)`` can find, sorted.
    public static func availableNames(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> [String] {
        var names: Set<String> = ["default", "monochrome"]
        for directory in searchDirectories(environment: environment) {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if isPlainName(name) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    /// `Themes/` at the root of the source tree this file was compiled from.
    static let sourceTreeThemes: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Theme
        .deletingLastPathComponent()  // HelpdeskUI
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()  // repo root
        .appendingPathComponent("Themes", isDirectory: true)

    /// Letters, digits, `.`, `_` and `-`, not starting with a dot: never a path.
    private static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}
