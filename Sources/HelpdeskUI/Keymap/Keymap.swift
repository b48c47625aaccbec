import Foundation
import HelpdeskCore

/// The table of key bindings. Everything that shows keys — the help overlay, the bottom line,
/// docs/keybindings.md — is generated from it, so none of them can go stale.
public struct Keymap: Equatable, Sendable {
    public private(set) var bindings: [KeyBinding] {
        didSet { index = Index(bindings) }
    }
    /// The bindings looked up by scope, made again whenever they change: every key press and
    /// every frame's bottom line ask it (scanning the bindings cost more than drawing the line).
    private var index: Index

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        index = Index(bindings)
    }

    /// Per scope, the command of each key (its first binding there) and the keys of each command.
    private struct Index: Equatable, Sendable {
        var commands: [KeyScope: [KeyEvent: Command]] = [:]
        var keys: [KeyScope: [Command: [KeyEvent]]] = [:]

        init(_ bindings: [KeyBinding]) {
            for binding in bindings {
                for key in binding.keys {
                    if commands[binding.scope, default: [:]][key] == nil { commands[binding.scope, default: [:]][key] = binding.command }
                    if !keys[binding.scope, default: [:]][binding.command, default: []].contains(key) {
                        keys[binding.scope, default: [:]][binding.command, default: []].append(key)
                    }
                }
            }
        }
    }

    /// The command a key runs in `scope`: a pane's bindings first, then the global ones; a
    /// mode's bindings only (see ``KeyScope/lookupOrder``).
    public func command(for key: KeyEvent, in scope: KeyScope) -> Command? {
        for scope in scope.lookupOrder {
            if let command = index.commands[scope]?[key] { return command }
        }
        return nil
    }

    /// The keys of a command, as people write them ("j", "ctrl-d"), bound in `scope` (or in any
    /// scope when nil).
    public func keys(for command: Command, scope: KeyScope? = nil) -> [String] {
        if let scope { return index.keys[scope]?[command]?.map(\.spec) ?? [] }
        var seen = Set<String>()
        return bindings.filter { $0.command == command }
            .flatMap { $0.keys.map(\.spec) }.filter { seen.insert($0).inserted }
    }

    /// The keys that run `command` in `scope`, counting what it falls back to (a pane's global keys).
    public func keysInEffect(for command: Command, in scope: KeyScope) -> [String] {
        scope.lookupOrder.flatMap { index.keys[$0]?[command] ?? [] }.filter { self.command(for: $0, in: scope) == command }.map(\.spec)
    }

    /// The bindings of one scope that have keys, without the ones that change data when `readOnly`.
    public func bindings(in scope: KeyScope, readOnly: Bool = false) -> [KeyBinding] {
        guard !(readOnly && scope.servesChanges) else { return [] }
        return bindings.filter { $0.scope == scope && !$0.keys.isEmpty && !(readOnly && $0.command.changesData) }
    }

    // MARK: - keys.toml

    /// Merges a keys.toml over this keymap: each `command = "key"` or `command = ["k1", "k2"]`
    /// under a scope's section (`[global]`, `[queue]`, `[picker]` … every ``KeyScope``) replaces that command's keys in that scope;
    /// everything not named keeps its default. Errors name the line.
    public func merging(toml text: String, file: String = "keys.toml") throws -> Keymap {
        let table: TOMLTable
        do {
            table = try TOMLParser.parse(text)
        } catch {
            throw KeymapError(file: file, line: error.line, message: error.message)
        }
        var merged = self
        let sections = KeyScope.allCases.map { "[\($0.rawValue)]" }.joined(separator: ", ")
        for section in table {
            // A key outside any section is not a section: say so at its own line.
            guard let commands = section.value.table else {
                throw KeymapError(file: file, line: section.line, message: "'\(section.key)' must be inside a section (\(sections))")
            }
            guard let scope = KeyScope(rawValue: section.key) else {
                throw KeymapError(file: file, line: section.line, message: "unknown section [\(section.key)] (expected \(sections))")
            }
            for binding in commands {
                let name = binding.key, line = binding.line
                guard let command = Command(rawValue: name) else {
                    throw KeymapError(file: file, line: line, message: "unknown action '\(name)' (see docs/keybindings.md for the list)")
                }
                let specs: [String]
                if let single = binding.value.string {
                    specs = [single]
                } else if let array = binding.value.array, array.allSatisfy({ $0.string != nil }) {
                    specs = array.compactMap(\.string)
                } else {
                    throw KeymapError(file: file, line: line, message: "keys for '\(name)' must be a string or a list of strings")
                }
                var keys: [KeyEvent] = []
                for spec in specs {
                    guard let key = KeyEvent(spec: spec) else {
                        throw KeymapError(file: file, line: line, message: "unknown key '\(spec)' for '\(name)' (e.g. \"j\", \"ctrl-d\", \"pgdn\", \"shift-tab\", \"f1\")")
                    }
                    keys.append(key)
                }
                merged.rebind(command, scope: scope, to: keys)
            }
        }
        return merged
    }

    /// Gives `command` these keys in `scope`, and takes the same keys away from other commands of that scope.
    public mutating func rebind(_ command: Command, scope: KeyScope, to keys: [KeyEvent]) {
        for index in bindings.indices where bindings[index].scope == scope {
            bindings[index].keys.removeAll { keys.contains($0) }
        }
        if let index = bindings.firstIndex(where: { $0.command == command && $0.scope == scope }) {
            bindings[index].keys = keys
        } else {
            let help = bindings.first { $0.command == command }?.help ?? command.rawValue
            var binding = KeyBinding(command, [], scope: scope, help: help)
            binding.keys = keys
            bindings.append(binding)
        }
    }
}

/// A keys.toml mistake, with file and line: `keys.toml:3: unknown action 'jump'`.
public struct KeymapError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
}
