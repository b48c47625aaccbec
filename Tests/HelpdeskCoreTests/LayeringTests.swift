import Foundation
import Testing

/// The CLI needs nothing of the terminal UI: every rule it applies lives in HelpdeskCore. Only the
/// TUI's composition root (Sources/helpdesk/TUI) imports HelpdeskUI.
@Suite struct LayeringTests {
    @Test func theCLIDoesNotImportHelpdeskUI() throws {
        let folder = Fixture.repositoryRoot.appendingPathComponent("Sources/helpdesk/CLI")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 10, "found only \(files) in \(folder.path)")
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let imports = text.split(separator: "\n").filter {
                $0.trimmingCharacters(in: .whitespaces).range(of: #"^(@testable\s+)?import\s+(HelpdeskUI|CursesTerminal)\b"#,
                                                                options: .regularExpression) != nil
            }
            #expect(imports.isEmpty, "Sources/helpdesk/CLI/\(file) imports \(imports.joined(separator: ", ")): move what it needs into HelpdeskCore")
        }
    }
}
