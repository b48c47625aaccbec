/// Compact ages for narrow columns: "now", "5m", "3h", "2d", "6w".
public enum RelativeTime {
    public static func age(_ seconds: Int64, now: Int64) -> String {
        let age = max(0, now - seconds)
        switch age {
        case ..<60: return "now"
        case ..<3600: return "\(age / 60)m"
        case ..<86_400: return "\(age / 3600)h"
        case ..<(14 * 86_400): return "\(age / 86_400)d"
        default: return "\(age / (7 * 86_400))w"
        }
    }
}
