import Foundation

/// Decides which database file to use: `--db PATH`, else `$HELPDESK_DB`, else `database` from
/// config.toml (the user's, else the system's), else `$XDG_DATA_HOME/helpdesk/helpdesk.sqlite`
/// (`~/.local/share/helpdesk/` when XDG_DATA_HOME is unset).
public enum DatabaseLocation {
    public static func resolve(explicit: String?, configured: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["HELPDESK_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        if let configured, !configured.isEmpty { return configured }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            dataHome = (environment["HOME"] ?? OSUser.current().home) + "/.local/share"
        }
        return dataHome + "/helpdesk/helpdesk.sqlite"
    }
}
