/// What erased personal data is replaced with, everywhere: in subjects, bodies, names and in
/// the event log (whose trigger accepts this exact text and nothing else as a change).
public enum Redaction {
    public static let marker = "[redacted]"
}
