import Foundation

/// Progress on stderr: a bar redrawn in place on a terminal, plain lines every 10 % otherwise.
final class ProgressReporter {
    let label: String
    let isTerminal = isatty(STDERR_FILENO) != 0
    private var lastTenth = -1

    init(label: String) { self.label = label }

    func report(done: Int, total: Int) {
        guard total > 0 else { return }
        let fraction = Double(done) / Double(total)
        if isTerminal {
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            write("\r[\(bar)] \(Int(fraction * 100))% \(done)/\(total) \(label)")
        } else {
            let tenth = Int(fraction * 10)
            guard tenth != lastTenth else { return }
            lastTenth = tenth
            write("\(done)/\(total) \(label) (\(tenth * 10)%)\n")
        }
    }

    func finish() {
        if isTerminal { write("\n") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
