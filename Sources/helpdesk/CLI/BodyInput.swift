import Foundation
import HelpdeskCore

/// Reads a body given as `--body TEXT` or `--body-file F` (`-` for standard input).
enum BodyInput {
    static func read(body: String?, file: String?) throws -> String? {
        if body != nil && file != nil { throw CLIError("give either --body or --body-file, not both") }
        if let body { return body }
        guard let file else { return nil }
        try ProcessGate.refuseUserFile(file, option: "--body-file")
        if file == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return try decode(data, from: "standard input")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw CLIError("cannot read \(file): no such file")
        }
        guard !isDirectory.boolValue else { throw CLIError("cannot read \(file): it is a directory") }
        guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file): permission denied") }
        return try decode(data, from: file)
    }

    private static func decode(_ data: Data, from source: String) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(source) is not UTF-8 text") }
        return text
    }
}
