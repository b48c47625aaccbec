/// A size for people: "512 B", "812 KB", "8.7 MB", "15 MB", "1.2 GB" (1 KB = 1024 bytes) — in the CLI
/// (backups, attachments) and the TUI alike.
public enum ByteCount {
    public static func text(_ bytes: Int64) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1 << 20 { return "\((bytes + 1023) >> 10) KB" }
        let unit: (Double, String) = bytes < 1 << 30 ? (Double(1 << 20), "MB") : (Double(1 << 30), "GB")
        let tenths = Int((Double(bytes) / unit.0 * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10) \(unit.1)" : "\(tenths / 10).\(tenths % 10) \(unit.1)"
    }
}
