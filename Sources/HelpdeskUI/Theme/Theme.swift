import Foundation
import HelpdeskCore

/// A colour theme: a style for every ``ThemeRole``.
///
/// Themes are TOML files: a `[palette]` of named colours and `[roles]` that refer to them
/// (k9s calls these skins). Every role must be defined.
///
/// ```toml
/// name = "default"
///
/// [palette]
/// ink = "#0f172a"
/// accent = "#22d3ee"
///
/// [roles]
/// "queue.selected" = { fg = "ink", bg = "accent", bold = true }
/// "dim" = { fg = "bright-black" }
/// ```
///
/// `fg` and `bg` are a palette name or a colour literal (see ``Color/init(parsing:)``); the
/// flags are `bold`, `dim`, `italic`, `underline` and `reverse`. A role may also be just a
/// string, which sets its foreground.
///
/// Before drawing, adapt the theme to the terminal: `theme.adapted(toColors: terminal.colorCount)`.
public struct Theme: Equatable, Sendable {
    /// The theme's name (its `name` key, else the file name).
    public let name: String
    private let styles: [ThemeRole: Style]

    /// A theme from styles; roles not given are ``Style/plain``.
    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`.
    public func style(_ role: ThemeRole) -> Style {
        styles[role] ?? .plain
    }

    /// The theme with every colour mapped to the nearest one a terminal with `count` colours
    /// can show. Below 8 colours (no colour support) this is ``monochrome``, because colours
    /// alone would no longer tell roles apart.
    public func adapted(toColors count: Int) -> Theme {
        if count < 8 { return Theme.monochrome }
        return Theme(name: name, styles: styles.mapValues { $0.adapted(toColors: count) })
    }

    // MARK: - Built-in themes

    /// The default theme, built in (the same text as `Themes/default.toml`), so it always works.
    public static let builtinDefault: Theme = builtin(BuiltinThemes.defaultTOML, source: "default.toml (built in)")

    /// No colours, only attributes (the same text as `Themes/monochrome.toml`); for `NO_COLOR`
    /// and terminals without colour.
    public static let monochrome: Theme = builtin(BuiltinThemes.monochromeTOML, source: "monochrome.toml (built in)")

    private static func builtin(_ text: String, source: String) -> Theme {
        do {
            return try load(tomlText: text, source: source)
        } catch {
            // The built-in texts are checked by the tests, so this cannot happen in a release.
            preconditionFailure("\(error)")
        }
    }

    // MARK: - Loading

    /// Loads a theme from TOML text; `source` names it in error messages (e.g. the file name).
    public static func load(tomlText: String, source: String? = nil) throws -> Theme {
        let label = source ?? "(text)"
        let table: TOMLTable
        do {
            table = try TOMLParser.parse(tomlText)
        } catch {
            throw ThemeError.syntax(source: label, line: error.line, column: error.column, message: error.message)
        }

        var name = source.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "custom"
        var palette: [String: Color] = [:]
        var rolesTable: TOMLTable?
        for key in table.keys.sorted() {
            let value = table[key]
            switch key {
            case "name":
                guard let text = value?.string else {
                    throw ThemeError.invalidValue(source: label, key: "name", expected: "a string")
                }
                name = text
            case "description":
                guard value?.string != nil else {
                    throw ThemeError.invalidValue(source: label, key: "description", expected: "a string")
                }
            case "palette":
                guard let paletteTable = value?.table else {
                    throw ThemeError.invalidValue(source: label, key: "palette", expected: "a table [palette]")
                }
                for colorName in paletteTable.keys.sorted() {
                    let key = "palette.\(colorName)"
                    guard let literal = colorText(paletteTable[colorName]) else {
                        throw ThemeError.invalidValue(source: label, key: key, expected: "a colour string")
                    }
                    guard let color = Color(parsing: literal) else {
                        throw ThemeError.unknownColor(source: label, key: key, value: literal)
                    }
                    palette[colorName] = color
                }
            case "roles":
                guard let roles = value?.table else {
                    throw ThemeError.invalidValue(source: label, key: "roles", expected: "a table [roles]")
                }
                rolesTable = roles
            default:
                throw ThemeError.unknownKey(source: label, key: key)
            }
        }

        var styles: [ThemeRole: Style] = [:]
        if let rolesTable {
            for roleName in rolesTable.keys.sorted() {
                guard let role = ThemeRole(rawValue: roleName) else {
                    throw ThemeError.unknownRole(source: label, role: roleName)
                }
                styles[role] = try parseStyle(rolesTable[roleName], role: roleName, palette: palette, source: label)
            }
        }
        let missing = ThemeRole.allCases.filter { styles[$0] == nil }.map(\.rawValue)
        if !missing.isEmpty {
            throw ThemeError.missingRoles(source: label, roles: missing)
        }
        return Theme(name: name, styles: styles)
    }

    /// Loads a theme file.
    public static func load(file: URL) throws -> Theme {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw ThemeError.unreadable(path: file.path, reason: Self.reason(error))
        }
        return try load(tomlText: text, source: file.path)
    }

    /// Loads a theme file at a path.
    public static func load(file path: String) throws -> Theme {
        try load(file: URL(fileURLWithPath: path))
    }

    // MARK: - Parsing helpers

    private static let flagNames = ["bold", "dim", "italic", "underline", "reverse"]

    private static func parseStyle(
        _ value: TOMLValue?, role: String, palette: [String: Color], source: String
    ) throws -> Style {
        if let text = value?.string {
            return Style(fg: try resolve(text, key: "\(role).fg", palette: palette, source: source))
        }
        guard let table = value?.table else {
            throw ThemeError.invalidValue(source: source, key: role,
                                          expected: "a table like { fg = \"accent\", bold = true }")
        }
        var style = Style()
        for key in table.keys.sorted() {
            let item = table[key]
            switch key {
            case "fg", "bg":
                guard let text = colorText(item) else {
                    throw ThemeError.invalidValue(source: source, key: "\(role).\(key)",
                                                  expected: "a palette name or colour string")
                }
                let color = try resolve(text, key: "\(role).\(key)", palette: palette, source: source)
                if key == "fg" { style.fg = color } else { style.bg = color }
            case _ where flagNames.contains(key):
                guard let flag = item?.bool else {
                    throw ThemeError.invalidValue(source: source, key: "\(role).\(key)", expected: "true or false")
                }
                switch key {
                case "bold": style.bold = flag
                case "dim": style.dim = flag
                case "italic": style.italic = flag
                case "underline": style.underline = flag
                default: style.reverse = flag
                }
            default:
                throw ThemeError.invalidValue(
                    source: source, key: "\(role).\(key)",
                    expected: "only fg, bg, bold, dim, italic, underline, reverse")
            }
        }
        return style
    }

    /// A palette name first, then a colour literal.
    private static func resolve(_ text: String, key: String, palette: [String: Color], source: String) throws -> Color {
        if let color = palette[text] { return color }
        if let color = Color(parsing: text) { return color }
        throw ThemeError.unknownColor(source: source, key: key, value: text)
    }

    /// A colour as written: a string, or a bare palette index like `39`.
    private static func colorText(_ value: TOMLValue?) -> String? {
        if let text = value?.string { return text }
        if let number = value?.integer { return String(number) }
        return nil
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let posix = POSIXErrorCode(rawValue: Int32(underlying.code)), underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}
