import Foundation

/// Reads text that an older version or another program stored with a NUL byte in it.
///
/// SQLite hands text to GRDB as a C string, which ends at the first NUL: the rest of such a body
/// would vanish from every screen. helpdesk refuses NUL on input (``InputLimits``), so this only
/// rescues old rows; read as a blob the whole text comes back, and the sanitiser shows the NUL as `␀`.
enum StoredText {
    /// SQL for `column` as a blob when it holds a NUL, else NULL (so ordinary rows cost nothing).
    static func wholeIfCut(_ column: String) -> String {
        "CASE WHEN instr(\(column), char(0)) > 0 THEN CAST(\(column) AS BLOB) END"
    }

    /// The blob as text; bytes that are not UTF-8 become U+FFFD rather than failing the read.
    static func decoded(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self)
    }
}
