/// The code that reads text from outside, one fuzz target each (docs/fuzzing.md). A target takes
/// any bytes and must not crash, hang or break the invariants its harness checks; an error that
/// the code reports to the user (a bad query, a broken config file) is a pass.
///
/// ```swift
/// try FuzzTarget.query.run(Array("status:open printer".utf8))
/// ```
public enum FuzzTarget: String, CaseIterable, Sendable {
    case query, fts, markdown, sanitize, config, keymap, theme, mail

    /// Bigger inputs are skipped: no one types or configures that much, and a fuzzer that grows
    /// inputs without bound reports slowness of size rather than bugs.
    public static let maximumInputSize = 64 * 1024

    /// Runs the harness on `bytes`, decoded as the program decodes files and typed text (invalid
    /// UTF-8 becomes U+FFFD). Throws when an invariant does not hold.
    public func run(_ bytes: some Collection<UInt8>) throws(FuzzFailure) {
        guard bytes.count <= Self.maximumInputSize else { return }
        // A mail is bytes (its charsets are the parser's business), everything else text.
        let text = self == .mail ? "" : String(decoding: bytes, as: UTF8.self)
        switch self {
        case .query: try QueryHarness.run(text)
        case .fts: try FullTextHarness.run(text)
        case .markdown: try MarkdownHarness.run(text)
        case .sanitize: try SanitizerHarness.run(text)
        case .config: ConfigHarness.run(text)
        case .keymap: KeymapHarness.run(text)
        case .theme: ThemeHarness.run(text)
        case .mail: try MailHarness.run(Array(bytes))
        }
    }
}
