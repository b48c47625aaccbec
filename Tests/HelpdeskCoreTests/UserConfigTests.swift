import Foundation
import Testing
@testable import HelpdeskCore

/// config.toml: the system file for everyone on the host, the user's own on top.
@Suite struct UserConfigTests {
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-config-\(UUID().uuidString)")
        init() { try? FileManager.default.createDirectory(at: url.appendingPathComponent("user/helpdesk"), withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        var environment: [String: String] {
            ["HELPDESK_SYSTEM_CONFIG": url.appendingPathComponent("system.toml").path, "XDG_CONFIG_HOME": url.appendingPathComponent("user").path]
        }
        func write(system: String? = nil, user: String? = nil) throws {
            if let system { try system.write(to: url.appendingPathComponent("system.toml"), atomically: true, encoding: .utf8) }
            if let user { try user.write(to: url.appendingPathComponent("user/helpdesk/config.toml"), atomically: true, encoding: .utf8) }
        }
    }

    @Test func theUsersKeysWinOverTheSystems() throws {
        let folder = Folder()
        #expect(try UserConfig.load(environment: folder.environment) == UserConfig())
        try folder.write(system: "database = \"/var/lib/helpdesk/helpdesk.sqlite\"\ntheme = \"light\"\n")
        #expect(try UserConfig.load(environment: folder.environment) == UserConfig(theme: "light", database: "/var/lib/helpdesk/helpdesk.sqlite"))
        try folder.write(user: "theme = \"high-contrast\"\n")
        #expect(try UserConfig.load(environment: folder.environment) == UserConfig(theme: "high-contrast", database: "/var/lib/helpdesk/helpdesk.sqlite"))
    }

    @Test func mistakesNameTheFileAndLine() throws {
        let folder = Folder()
        let system = folder.url.appendingPathComponent("system.toml").path
        try folder.write(system: "# team settings\ndatbase = \"/x\"\n")
        #expect(throws: ConfigFileError(file: system, line: 2, message: "unknown key 'datbase' (known: database, mouse, theme)")) {
            try UserConfig.load(environment: folder.environment)
        }
        try folder.write(system: "database = \"relative.sqlite\"\n")
        #expect(throws: ConfigFileError(file: system, line: 1, message: "database must be an absolute path, not 'relative.sqlite'")) {
            try UserConfig.load(environment: folder.environment)
        }
        try folder.write(system: "theme = 3\n")
        #expect(throws: ConfigFileError(file: system, line: 1, message: "'theme' must be a string in quotes")) {
            try UserConfig.load(environment: folder.environment)
        }
    }

    @Test func aBrokenFileIsRefusedWithItsLine() throws {
        #expect(throws: ConfigFileError(file: "config.toml", line: 1, message: "expected a table name (letters, digits, '_', '-', or a string in quotes), found the end of the file")) {
            try UserConfig.parse("[", file: "config.toml")
        }
        #expect(throws: ConfigFileError(file: "config.toml", line: 2, message: "duplicate key 'theme' (already set on line 1)")) {
            try UserConfig.parse("theme = \"a\"\ntheme = \"b\"\n", file: "config.toml")
        }
        let folder = Folder()
        try folder.write(user: "mouse = true\n[\n")
        #expect(throws: ConfigFileError(file: folder.url.appendingPathComponent("user/helpdesk/config.toml").path, line: 2,
                                        message: "expected a table name (letters, digits, '_', '-', or a string in quotes), found the end of the line")) {
            try UserConfig.load(environment: folder.environment)
        }
    }

    @Test func theLineIsTheKeysOwnNotTheFirstTextThatLooksLikeIt() throws {
        // A multi-line string whose second line starts like the wrong key below it.
        let text = "theme = \"\"\"\ndatabase = inside the string\n\"\"\"\ndatabase = \"relative\"\n"
        #expect(throws: ConfigFileError(file: "config.toml", line: 4, message: "database must be an absolute path, not 'relative'")) {
            try UserConfig.parse(text, file: "config.toml")
        }
        #expect(try UserConfig.parse("mouse = false\ntheme = 'light'\n", file: "c") == UserConfig(theme: "light", mouse: false))
    }
}
