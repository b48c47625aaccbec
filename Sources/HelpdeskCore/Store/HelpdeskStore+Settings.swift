import Foundation
import GRDB

extension HelpdeskStore {
    static let slaSettingsKey = "sla"

    /// The shared SLA settings (the standard ones until an admin changes them).
    public func slaSettings() throws -> SLASettings {
        try read { db in try Self.slaSettings(db) }
    }

    static func slaSettings(_ db: Database) throws -> SLASettings {
        guard let json = try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [slaSettingsKey]) else {
            return .standard
        }
        do {
            return try JSONDecoder().decode(SLASettings.self, from: Data(json.utf8))
        } catch {
            throw HelpdeskError.database("the stored SLA settings cannot be read (\(error.localizedDescription)); an admin can set them again with helpdesk sla")
        }
    }

    /// Replaces the SLA settings (admins only) and logs the change. Open tickets keep their due
    /// times until their priority changes or their clock resumes.
    public func saveSLASettings(_ settings: SLASettings, actor: Agent) throws {
        try Permissions.requireAdmin(actor, to: "change SLA policies and the business calendar")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(settings), as: UTF8.self)
        let now = self.now
        try write { db in
            try db.execute(sql: "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [Self.slaSettingsKey, json])
            try TicketEvent(ticketId: nil, actor: actor.login, at: now, action: "sla.settings", newValue: settings.calendar.summary).insert(db)
        }
    }
}
