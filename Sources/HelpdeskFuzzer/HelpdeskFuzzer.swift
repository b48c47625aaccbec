import Foundation
import HelpdeskFuzz

#if HELPDESK_LIBFUZZER
/// The target, from $HELPDESK_FUZZ_TARGET (set by `make fuzz`): one binary serves every target,
/// so the instrumented build is made once.
let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["HELPDESK_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("HELPDESK_FUZZ_TARGET=\(name.debugDescription): expected one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
}()

/// libFuzzer's entry point (its own `main` calls it once per input): a broken invariant is a
/// crash, so libFuzzer keeps the input as an artifact.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { UnsafeBufferPointer(start: $0, count: count) } ?? UnsafeBufferPointer(start: nil, count: 0)
    do {
        try target.run(bytes)
    } catch {
        fatalError("\(target.rawValue): \(error)")
    }
    return 0
}
#else
/// Without libFuzzer: runs files (a crash artifact, a corpus) through a harness, to see what
/// a crash was in an ordinary debug build: `helpdesk-fuzz query .fuzz/artifacts/query/crash-…`.
@main enum HelpdeskFuzzer {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: helpdesk-fuzz \(names) FILE-OR-FOLDER…  (make fuzz builds the fuzzer)\n".utf8))
            exit(2)
        }
        var failed = 0
        for path in arguments.dropFirst() {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    print("\(file): unreadable")
                    failed += 1
                    continue
                }
                do {
                    try target.run(Array(data))
                } catch {
                    print("\(file): \(error)")
                    failed += 1
                }
            }
        }
        exit(failed == 0 ? 0 : 1)
    }

    /// The file, or the files in the folder.
    static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }
    }
}
#endif
