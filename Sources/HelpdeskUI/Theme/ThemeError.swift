/// Why a theme could not be loaded. The description is one line naming the file and the role,
/// key or colour that is wrong, ready to show to the person who wrote the theme.
public enum ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not valid TOML.
    case syntax(source: String, line: Int, column: Int, message: String)
    /// A top-level key or table the format does not have.
    case unknownKey(source: String, key: String)
    /// A key in `[roles]` that is not a ``ThemeRole``.
    case unknownRole(source: String, role: String)
    /// A colour that is neither a palette name nor a colour literal; `key` says where
    /// (`palette.accent`, `queue.selected.fg`).
    case unknownColor(source: String, key: String, value: String)
    /// A value of the wrong kind; `expected` says what would be right.
    case invalidValue(source: String, key: String, expected: String)
    /// Roles the theme does not define (every role is required).
    case missingRoles(source: String, roles: [String])
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// No theme of that name in any search directory.
    case notFound(name: String, searched: [String])

    public var description: String {
        switch self {
        case let .syntax(source, line, column, message):
            return "theme \(source), line \(line), column \(column): \(message)"
        case let .unknownKey(source, key):
            return "theme \(source): unknown key \"\(key)\" (expected name, description, [palette], [roles])"
        case let .unknownRole(source, role):
            let hint = role.contains(".") ? "" : " (role names with dots must be quoted: \"queue.selected\" = { … })"
            return "theme \(source): unknown role \"\(role)\"\(hint)"
        case let .unknownColor(source, key, value):
            return "theme \(source): \(key): unknown colour \"\(value)\" (use a [palette] name, default, "
                + "an ANSI name like red or bright-cyan, 0-255, or #rrggbb)"
        case let .invalidValue(source, key, expected):
            return "theme \(source): \(key): expected \(expected)"
        case let .missingRoles(source, roles):
            return "theme \(source): missing roles: \(roles.joined(separator: ", "))"
        case let .unreadable(path, reason):
            return "theme \(path): cannot read: \(reason)"
        case let .notFound(name, searched):
            let places = searched.isEmpty ? "no theme directories" : searched.joined(separator: ", ")
            return "theme \"\(name)\" not found (looked in \(places))"
        }
    }
}
