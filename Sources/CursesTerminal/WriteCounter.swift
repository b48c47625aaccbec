#if canImport(Glibc)
import Glibc
#endif

/// Counts the bytes this thread has written, from Linux's per-thread I/O accounting
/// (`/proc/thread-self/io`, field `wchar`), which counts every `write` to any file, the
/// terminal included. Reading it before and after `doupdate()` gives the bytes one frame sent
/// to the terminal, because ncurses flushes its output with `write` inside `doupdate()` on the
/// UI thread. Not available (nil) on systems without it.
final class WriteCounter {
    private let fd: Int32
    private let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 512)

    /// Opens the counter for the calling thread; every later read must be on this thread.
    init?() {
        let fd = open("/proc/thread-self/io", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            buffer.deallocate()
            return nil
        }
        self.fd = fd
        guard bytesWritten() != nil else {
            close(fd)
            buffer.deallocate()
            return nil
        }
    }

    deinit {
        close(fd)
        buffer.deallocate()
    }

    /// Total bytes written by the thread so far.
    func bytesWritten() -> Int? {
        let count = pread(fd, buffer, 511, 0)
        guard count > 0 else { return nil }
        // Find "wchar: <digits>".
        let key: [UInt8] = Array("wchar: ".utf8)
        var i = 0
        while i + key.count <= count {
            var match = true
            for j in 0..<key.count where buffer[i + j] != key[j] {
                match = false
                break
            }
            if match {
                var value = 0
                var k = i + key.count
                while k < count, buffer[k] >= 0x30, buffer[k] <= 0x39 {
                    value = value * 10 + Int(buffer[k] - 0x30)
                    k += 1
                }
                return value
            }
            i += 1
        }
        return nil
    }
}
