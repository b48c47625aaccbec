import Foundation
import Testing
@testable import HelpdeskUI

/// The default keymap, keys.toml merging and its errors, and the generated key reference.
/// `HELPDESK_RECORD_DOCS=1` (what `make docs` sets) writes docs/keybindings.md instead of comparing.
@Suite struct KeymapTests {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // HelpdeskUITests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    // MARK: - The defaults

    /// `KeyBinding` drops key spellings it cannot parse; read DefaultKeymap.swift itself to
    /// prove that none of the defaults was dropped.
    @Test func everyDefaultKeySpecParses() throws {
        let source = try String(contentsOf: Self.repoRoot.appendingPathComponent("Sources/HelpdeskUI/Keymap/DefaultKeymap.swift"),
                                encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"KeyBinding\(\.(\w+),\s*\[([^\]]*)\](?:,\s*scope:\s*\.(\w+))?"#)
        let matches = pattern.matches(in: source, range: NSRange(source.startIndex..., in: source))
        let bindings = Keymap.standard.bindings
        #expect(matches.count == bindings.count)
        #expect(matches.count >= 30)
        for (match, binding) in zip(matches, bindings) {
            func group(_ index: Int) -> String? {
                Range(match.range(at: index), in: source).map { String(source[$0]) }
            }
            let commandName = try #require(group(1))
            let specs = try #require(group(2)).split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            #expect(String(describing: binding.command) == commandName)
            #expect(String(describing: binding.scope) == (group(3) ?? "global"))
            #expect(binding.keys.count == specs.count, "\(commandName): \(specs) became \(binding.keys.map(\.spec))")
            // The defaults are written in the canonical spelling, so each parses back to itself.
            #expect(binding.keys.map(\.spec) == specs)
        }
    }

    @Test func noKeyIsBoundTwiceInAScope() {
        for scope in KeyScope.allCases {
            let keys = Keymap.standard.bindings.filter { $0.scope == scope }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(scope): \(keys.map(\.spec))")
        }
    }

    @Test func everyCommandIsBound() {
        let bound = Set(Keymap.standard.bindings.filter { !$0.keys.isEmpty }.map(\.command))
        #expect(bound == Set(Command.allCases))
    }

    @Test func paneBindingsWinOverGlobalOnes() {
        let slash = KeyEvent.spec("/")
        #expect(Keymap.standard.command(for: slash, in: .queue) == .filter)
        #expect(Keymap.standard.command(for: slash, in: .kb) == .search)
        #expect(Keymap.standard.command(for: .spec("space"), in: .detail) == nil)
        #expect(Keymap.standard.command(for: .spec("ctrl-d"), in: .detail) == .halfPageDown)
        #expect(Keymap.standard.keys(for: .bottom) == ["G", "end"])
        // A mode has only its own keys: j types in a picker, and q does not quit from the help.
        #expect(Keymap.standard.command(for: .spec("j"), in: .picker) == nil)
        #expect(Keymap.standard.command(for: .spec("q"), in: .help) == .back)
        #expect(Keymap.standard.command(for: .spec("ctrl-n"), in: .picker) == .moveDown)
    }

    // MARK: - keys.toml

    @Test func mergingReplacesOnlyTheNamedCommand() throws {
        let merged = try Keymap.standard.merging(toml: """
            # my keys
            [global]
            quit = "ctrl-q"
            page-down = ["pgdn", "space"]
            """)
        #expect(merged.keys(for: .quit) == ["ctrl-q"])
        #expect(merged.keys(for: .pageDown, scope: .global) == ["pgdn", "space"])
        #expect(merged.command(for: .spec("q"), in: .queue) == nil)
        // `space` in the queue still marks: the queue's own binding wins.
        #expect(merged.command(for: .spec("space"), in: .queue) == .mark)
        #expect(merged.command(for: .spec("space"), in: .detail) == .pageDown)
        for (old, new) in zip(Keymap.standard.bindings, merged.bindings) where ![.quit, .pageDown].contains(old.command) {
            #expect(old == new)
        }
        #expect(merged.bindings.count == Keymap.standard.bindings.count)
    }

    @Test func aKeyMovedToAnotherCommandLeavesTheOldOne() throws {
        let merged = try Keymap.standard.merging(toml: "[global]\nzoom = \"j\"\n")
        #expect(merged.keys(for: .zoom) == ["j"])
        #expect(merged.keys(for: .moveDown, scope: .global) == ["down"])
        #expect(merged.command(for: .spec("j"), in: .queue) == .zoom)
    }

    @Test func aPaneSectionAddsAPaneBinding() throws {
        let merged = try Keymap.standard.merging(toml: "[detail]\nback = [\"h\", \"left\"]\n")
        #expect(merged.keys(for: .back, scope: .detail) == ["h", "left"])
        #expect(merged.keys(for: .back, scope: .global) == ["esc"])
        #expect(merged.command(for: .spec("h"), in: .detail) == .back)
        #expect(merged.command(for: .spec("h"), in: .queue) == nil)
    }

    @Test func emptyFileKeepsTheDefaults() throws {
        #expect(try Keymap.standard.merging(toml: "") == .standard)
        #expect(try Keymap.standard.merging(toml: "# nothing yet\n") == .standard)
    }

    private func mergeError(_ toml: String) -> KeymapError? {
        do {
            _ = try Keymap.standard.merging(toml: toml, file: "keys.toml")
            return nil
        } catch let error as KeymapError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func unknownActionNamesItsLine() throws {
        let error = try #require(mergeError("[global]\njump = \"x\""))
        #expect(error.line == 2)
        #expect(error.message.contains("unknown action 'jump'"))
        #expect(error.description.hasPrefix("keys.toml:2: unknown action 'jump'"))

        let later = try #require(mergeError("[global]\nquit = \"q\"\n\n[queue]\nmark = \"x\"\nmarkk = \"y\"\n"))
        #expect(later.line == 6)
    }

    @Test func unknownKeyNamesItsLine() throws {
        let error = try #require(mergeError("# keys\n[queue]\nmark = [\"x\", \"hyper-x\"]\n"))
        #expect(error.line == 3)
        #expect(error.message.contains("unknown key 'hyper-x' for 'mark'"))
        #expect(try #require(mergeError("[global]\nquit = \"ctrl-up\"")).line == 2)
        #expect(try #require(mergeError("[global]\nquit = \"\"")).line == 2)
    }

    @Test func unknownSectionNamesItsLine() throws {
        let error = try #require(mergeError("[global]\nquit = \"q\"\n\n[sidebar]\nquit = \"x\"\n"))
        #expect(error.line == 4)
        #expect(error.message.contains("unknown section [sidebar]"))
    }

    @Test func aKeyOutsideASectionNamesItsLine() throws {
        let error = try #require(mergeError("# my keys\n\nquit = \"x\"\n"))
        #expect(error.line == 3)
        #expect(error.message.contains("quit"))
    }

    @Test func badValueTypeNamesItsLine() throws {
        let number = try #require(mergeError("[queue]\nmark = 5\n"))
        #expect(number.line == 2)
        #expect(number.message.contains("must be a string or a list of strings"))
        let mixed = try #require(mergeError("[global]\nquit = \"q\"\nhelp = [\"?\", 1]\n"))
        #expect(mixed.line == 3)
    }

    @Test func tomlSyntaxErrorsNameTheirLine() throws {
        let error = try #require(mergeError("[global]\nquit = \"q\"\nhelp = \n"))
        #expect(error.line == 3)
    }

    @Test func aBrokenFileIsAKeymapErrorNotACrash() throws {
        let error = try #require(mergeError("["))
        #expect(error.line == 1)
        #expect(error.description.hasPrefix("keys.toml:1: expected a table name"))
        #expect(try #require(mergeError("[global]\nquit = \"q\"\n[\n")).line == 3)
    }

    @Test func theLineIsTheParsersNotATextSearch() throws {
        // "mark" also starts line 2 ("mark-all"), which a search for the text would have named.
        let error = try #require(mergeError("[queue]\nmark-all = \"x\"\nmark = \"hyper-x\"\n"))
        #expect(error.line == 3)
        let bad = try #require(mergeError("[queue]\n# mark = \"x\"\nmark = [\n  \"x\",\n  \"hyper-x\",\n]\n"))
        #expect(bad.line == 3)
        #expect(bad.message.contains("unknown key 'hyper-x' for 'mark'"))
    }

    // MARK: - Generated documentation

    @Test func keybindingDocsMatchTheKeymap() throws {
        let url = Self.repoRoot.appendingPathComponent("docs/keybindings.md")
        let markdown = KeybindingDocs.markdown(for: .standard)
        if ProcessInfo.processInfo.environment["HELPDESK_RECORD_DOCS"] == "1" {
            try markdown.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let onDisk = try String(contentsOf: url, encoding: .utf8)
        #expect(onDisk == markdown, "docs/keybindings.md is stale: run `make docs`")
    }

    @Test func keybindingDocsListEveryBindingAndCommand() throws {
        let markdown = KeybindingDocs.markdown(for: .standard)
        #expect(markdown.hasPrefix("# Keybindings\n"))
        #expect(markdown.contains("make docs"))
        for scope in KeyScope.allCases {
            #expect(markdown.contains("## \(scope.title) (`[\(scope.rawValue)]`)"))
        }
        for binding in Keymap.standard.bindings {
            let keys = binding.keys.map { "`\($0.spec)`" }.joined(separator: ", ")
            #expect(markdown.contains("| \(keys) | `\(binding.command.rawValue)` | \(binding.help) |"), "\(binding.command)")
        }
        for command in ColonCommand.commands {
            #expect(markdown.contains("`:\(command.name)"))
        }
        #expect(markdown.contains("`:view NAME\\|N`"))  // a bare | would end the table cell
    }

    @Test func theDocsExampleIsAValidKeysFile() throws {
        let markdown = KeybindingDocs.markdown(for: .standard)
        let start = try #require(markdown.range(of: "```toml\n"))
        let end = try #require(markdown.range(of: "```", range: start.upperBound..<markdown.endIndex))
        let example = String(markdown[start.upperBound..<end.lowerBound])
        let merged = try Keymap.standard.merging(toml: example)
        #expect(merged.keys(for: .quit) == ["ctrl-q"])
        #expect(merged.keys(for: .mark, scope: .queue) == ["x"])
    }

    @Test func docsShowTheUsersOwnKeys() throws {
        let merged = try Keymap.standard.merging(toml: "[global]\nquit = \"ctrl-q\"\n")
        #expect(KeybindingDocs.markdown(for: merged).contains("| `ctrl-q` | `quit` | quit |"))
    }

    // MARK: - Help overlay

    @Test func helpOverlayListsEveryBoundCommand() {
        let text = HelpLines.lines(for: .standard).map { $0.spans.map(\.text).joined() }
        for binding in Keymap.standard.bindings {
            let keys = binding.keys.map(\.spec).joined(separator: ", ")
            #expect(text.contains { $0.hasPrefix(keys) && $0.hasSuffix(binding.help) }, "\(binding.command) missing from the help")
        }
        for scope in KeyScope.allCases where Keymap.standard.bindings.contains(where: { $0.scope == scope }) {
            #expect(text.contains(scope.title))
        }
        for command in ColonCommand.commands {
            #expect(text.contains { $0.hasPrefix(":" + command.name) && $0.hasSuffix(command.help) })
        }
    }

    @Test func helpOverlayShowsRebindings() throws {
        let merged = try Keymap.standard.merging(toml: "[global]\nzoom = [\"Z\", \"f2\"]\n")
        let text = HelpLines.lines(for: merged).map { $0.spans.map(\.text).joined() }
        #expect(text.contains { $0.hasPrefix("Z, f2") && $0.hasSuffix("zoom the pane") })
        #expect(!text.contains { $0.hasPrefix("z ") })
    }
}
