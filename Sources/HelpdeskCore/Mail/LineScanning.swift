import Foundation

extension ArraySlice where Element == UInt8 {
    /// The index of the first LF at or after `start`, or `endIndex`. memchr rather than
    /// `firstIndex(of:)`: every multipart level scans its whole body for boundary lines, and a
    /// debug build's generic search made a hostile 20-level message take seconds.
    func lineFeed(from start: Int) -> Int {
        guard start < endIndex else { return endIndex }
        return withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return endIndex }
            let offset = start - startIndex
            guard let found = memchr(base + offset, 0x0A, buffer.count - offset) else { return endIndex }
            return startIndex + UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }
}
