import Foundation
@testable import HelpdeskCore

/// A fresh folder per test, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int64

    init(_ start: Int64 = 1_795_000_000) { value = start }

    var now: Int64 { lock.withLock { value } }
    func advance(_ seconds: Int64) { lock.withLock { value += seconds } }
}

enum Fixture {
    static let tester = OSUser(login: "tester", fullName: "Test Er", home: "/tmp")

    /// A new database in its own folder, with a controllable clock.
    static func store(in folder: TemporaryFolder, clock: TestClock = TestClock(), name: String = "helpdesk.sqlite") throws -> HelpdeskStore {
        try HelpdeskStore.open(path: folder.path(name), user: tester, clock: { clock.now })
    }

    static func ticket(_ subject: String, requester: String = "anna.huber@nordwind.example", body: String = "",
                       priority: Priority = .normal, tier: Int = 1, category: String? = nil, tags: [String] = []) -> NewTicket {
        NewTicket(subject: subject, requesterEmail: requester, body: body, priority: priority, category: category, tier: tier, tags: tags)
    }

    /// The repository root, found from this file's path.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
