import Foundation
import GRDB

extension HelpdeskStore {
    /// All canned responses, by name.
    public func macros() throws -> [Macro] {
        try read { db in try Macro.order(Column("name").collating(.nocase)).fetchAll(db) }
    }

    public func macro(named name: String) throws -> Macro? {
        try read { db in try Macro.filter(sql: "name = ? COLLATE NOCASE", arguments: [name]).fetchOne(db) }
    }

    /// Adds a canned response (admins only). The name must be new; the text must not be empty.
    @discardableResult
    public func addMacro(_ macro: Macro, actor: Agent) throws -> Macro {
        var macro = macro
        macro.name = macro.name.trimmingCharacters(in: .whitespaces)
        macro.body = macro.body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !macro.name.isEmpty, macro.name.count <= 80 else { throw HelpdeskError.invalidInput("a macro needs a name of at most 80 characters") }
        guard !macro.body.isEmpty else { throw HelpdeskError.invalidInput("a macro needs a text (--body or --body-file)") }
        if macro.setStatus == .new { throw HelpdeskError.invalidInput("a macro cannot set a ticket back to new") }
        macro.setCategory = macro.setCategory?.trimmingCharacters(in: .whitespaces).lowercased()
        macro.addTags = HelpdeskStore.normalizedTags(macro.tags).joined(separator: " ")
        try Permissions.requireAdmin(actor, to: "manage macros")
        macro.createdBy = actor.login
        macro.createdAt = now
        let at = now
        return try write { db in
            if try Macro.filter(sql: "name = ? COLLATE NOCASE", arguments: [macro.name]).fetchOne(db) != nil {
                throw HelpdeskError.invalidInput("a macro named '\(macro.name)' already exists")
            }
            try macro.insert(db)
            try TicketEvent(ticketId: nil, actor: actor.login, at: at, action: "macro.add", newValue: macro.name).insert(db)
            return macro
        }
    }

    /// Removes a canned response by name (admins only).
    public func removeMacro(named name: String, actor: Agent) throws {
        try Permissions.requireAdmin(actor, to: "manage macros")
        let at = now
        try write { db in
            guard let macro = try Macro.filter(sql: "name = ? COLLATE NOCASE", arguments: [name]).fetchOne(db) else {
                throw HelpdeskError.notFound("there is no macro named '\(name)' (helpdesk macro list shows them)")
            }
            _ = try macro.delete(db)
            try TicketEvent(ticketId: nil, actor: actor.login, at: at, action: "macro.remove", oldValue: macro.name).insert(db)
        }
    }
}
