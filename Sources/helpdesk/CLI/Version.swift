import HelpdeskCore

/// `helpdesk --version`: the program's version and the newest database change it knows.
enum Version {
    static let number = "0.17.0"
    static var text: String { "helpdesk \(number) (database \(Schema.migrator.migrations.last ?? "empty"))" }
}
