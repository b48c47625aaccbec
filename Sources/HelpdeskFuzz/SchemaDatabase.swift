import GRDB
import HelpdeskCore

/// The tables as the store makes them, in memory, built once for the harnesses that run SQL.
enum SchemaDatabase {
    static let shared: DatabaseQueue = {
        do {
            let database = try DatabaseQueue()
            try Schema.migrator.migrate(database)
            return database
        } catch {
            fatalError("the schema does not build in memory: \(error)")
        }
    }()
}
