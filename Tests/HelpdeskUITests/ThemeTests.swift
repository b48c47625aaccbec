import Foundation
import Testing
@testable import HelpdeskUI

private let themesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Themes")

private func themeFiles() -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: themesDirectory.path)) ?? []
    return names.filter { $0.hasSuffix(".toml") }.sorted().map { themesDirectory.appendingPathComponent($0) }
}

private let minimalRoles = ThemeRole.allCases.map { "\"\($0.rawValue)\" = {}" }.joined(separator: "\n")

@Suite struct ThemeTests {
    @Test func builtInTextsAreTheThemeFiles() throws {
        let defaultFile = try String(contentsOf: themesDirectory.appendingPathComponent("default.toml"), encoding: .utf8)
        let monochromeFile = try String(contentsOf: themesDirectory.appendingPathComponent("monochrome.toml"), encoding: .utf8)
        #expect(BuiltinThemes.defaultTOML == defaultFile, "copy Themes/default.toml into BuiltinThemes.swift")
        #expect(BuiltinThemes.monochromeTOML == monochromeFile, "copy Themes/monochrome.toml into BuiltinThemes.swift")
    }

    @Test func everyThemeFileLoadsAndDefinesEveryRole() throws {
        let files = themeFiles()
        #expect(files.count >= 4)
        for file in files {
            let theme = try Theme.load(file: file)
            #expect(theme.name == file.deletingPathExtension().lastPathComponent)
        }
    }

    @Test func monochromeHasNoColours() {
        for role in ThemeRole.allCases {
            let style = Theme.monochrome.style(role)
            #expect(style.fg == .default && style.bg == .default, "\(role.rawValue)")
        }
        #expect(Theme.monochrome.style(.queueSelected).reverse)
    }

    @Test func builtinDefaultResolvesPalette() {
        let selected = Theme.builtinDefault.style(.queueSelected)
        #expect(selected.bg == .rgb(0x22, 0xD3, 0xEE))
        #expect(selected.bold)
        #expect(Theme.builtinDefault.style(.queueRow).bg == .default)
    }

    @Test func adaptsToTheTerminal() {
        let theme256 = Theme.builtinDefault.adapted(toColors: 256)
        for role in ThemeRole.allCases {
            for color in [theme256.style(role).fg, theme256.style(role).bg] {
                if case .rgb = color { Issue.record("\(role.rawValue) still rgb") }
            }
        }
        let theme8 = Theme.builtinDefault.adapted(toColors: 8)
        for role in ThemeRole.allCases {
            for color in [theme8.style(role).fg, theme8.style(role).bg] {
                if case .indexed(let n) = color { #expect(n < 8) }
            }
        }
        #expect(Theme.builtinDefault.adapted(toColors: 0).name == "monochrome")
    }

    @Test func literalsAndShorthand() throws {
        let text = """
        name = "t"
        [roles]
        \(minimalRoles.replacingOccurrences(of: "\"error\" = {}", with: "\"error\" = \"#ff0000\"")
                      .replacingOccurrences(of: "\"dim\" = {}", with: "\"dim\" = { fg = 8, bg = \"bright-blue\", dim = true }"))
        """
        let theme = try Theme.load(tomlText: text)
        #expect(theme.name == "t")
        #expect(theme.style(.error).fg == .rgb(255, 0, 0))
        #expect(theme.style(.dim) == Style(fg: .indexed(8), bg: .indexed(12), dim: true))
    }

    @Test func errorsNameWhatIsWrong() {
        func message(_ text: String) -> String {
            do {
                _ = try Theme.load(tomlText: text, source: "mine.toml")
                return "loaded"
            } catch {
                return "\(error)"
            }
        }
        let missing = message("[roles]\n\"title\" = {}")
        #expect(missing.contains("mine.toml") && missing.contains("missing roles") && missing.contains("queue.selected"))

        let unknownRole = message("[roles]\n\"queue.selceted\" = {}\n" + minimalRoles)
        #expect(unknownRole == "theme mine.toml: unknown role \"queue.selceted\"")

        let unquoted = message("[roles]\nqueue.selected = {}")
        #expect(unquoted.contains("unknown role \"queue\"") && unquoted.contains("quoted"))

        let badColor = message("[palette]\naccent = \"#22d3ee\"\n[roles]\n"
            + minimalRoles.replacingOccurrences(of: "\"title\" = {}", with: "\"title\" = { fg = \"accnt\" }"))
        #expect(badColor.contains("title.fg") && badColor.contains("\"accnt\""))

        let badPalette = message("[palette]\naccent = \"#22d3e\"\n[roles]\n" + minimalRoles)
        #expect(badPalette.contains("palette.accent") && badPalette.contains("#22d3e"))

        let badFlag = message("[roles]\n" + minimalRoles.replacingOccurrences(of: "\"title\" = {}", with: "\"title\" = { bold = \"yes\" }"))
        #expect(badFlag.contains("title.bold") && badFlag.contains("true or false"))

        let syntax = message("[roles\n")
        #expect(syntax.hasPrefix("theme mine.toml, line 1"))

        let lone = message("[")
        #expect(lone.hasPrefix("theme mine.toml, line 1, column 2: expected a table name"))

        let topLevel = message("colour = 1\n[roles]\n" + minimalRoles)
        #expect(topLevel.contains("unknown key \"colour\""))
    }

    @Test func aBrokenThemeIsASyntaxError() throws {
        #expect(throws: ThemeError.syntax(source: "(text)", line: 1, column: 2,
                                          message: "expected a table name (letters, digits, '_', '-', or a string in quotes), found the end of the file")) {
            try Theme.load(tomlText: "[")
        }
        let text = "name = \"t\"\n[roles]\n\"title\" = { fg = \"accent\", bold = true\n"
        #expect(throws: ThemeError.syntax(source: "t.toml", line: 3, column: 39, message: "expected '}' to close the inline table on the same line")) {
            try Theme.load(tomlText: text, source: "t.toml")
        }
    }

    @Test func libraryFindsThemes() throws {
        #expect(try ThemeLibrary.theme(named: "default", environment: [:]).name == "default")
        #expect(try ThemeLibrary.theme(named: "light", environment: [:]).name == "light")
        #expect(try ThemeLibrary.theme(named: "high-contrast", environment: [:]).name == "high-contrast")
        let names = ThemeLibrary.availableNames(environment: [:])
        #expect(names.contains("default") && names.contains("light") && names.contains("monochrome"))
        #expect(throws: ThemeError.self) { try ThemeLibrary.theme(named: "no-such-theme", environment: [:]) }
        #expect(throws: ThemeError.self) { try ThemeLibrary.theme(named: "../../etc/passwd-ish", environment: [:]) }
    }

    @Test func libraryPrefersUserDirectories() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("helpdesk-theme-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = "name = \"mine\"\n[roles]\n" + minimalRoles + "\n"
        try text.write(to: directory.appendingPathComponent("default.toml"), atomically: true, encoding: .utf8)
        try text.write(to: directory.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        let environment = ["HELPDESK_THEMES": directory.path]
        #expect(try ThemeLibrary.theme(named: "default", environment: environment).name == "mine")
        #expect(ThemeLibrary.availableNames(environment: environment).contains("mine"))
        #expect(ThemeLibrary.searchDirectories(environment: environment).first?.path == directory.path)
    }
}
