import Foundation
import Testing
@testable import HelpdeskCore

/// Hostile input: every message parses, quickly, without trapping. The time bounds are hang
/// guards for a debug build on a shared machine, not benchmarks.
@Suite struct MailHostileTests {
    /// Parses `raw` and everything a caller would read from it, and returns the seconds it took.
    @discardableResult
    private func parseFully(_ raw: [UInt8]) -> (MailMessage, Double) {
        let clock = ContinuousClock()
        var mail: MailMessage?
        let elapsed = clock.measure {
            let parsed = MailMessage.parse(raw)
            _ = parsed.subject
            _ = parsed.from
            _ = parsed.to
            _ = parsed.cc
            _ = parsed.date
            _ = parsed.references
            _ = parsed.isAutomated
            _ = QuotedText.split(parsed.bodyText)
            for part in parsed.root.parts { _ = part.embeddedMessage }
            mail = parsed
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (mail!, seconds)
    }

    @Test func deepNestingIsCapped() {
        var raw = ""
        for level in 0..<10_000 {
            raw += "Content-Type: multipart/mixed; boundary=\"b\(level)\"\n\n--b\(level)\n"
        }
        raw += "Content-Type: text/plain\n\ndeep\n"
        let (mail, seconds) = parseFully(Array(raw.utf8))
        var depth = 0
        var part = mail.root
        while let child = part.parts.first { part = child; depth += 1 }
        #expect(depth == MIMEPart.maximumDepth)
        #expect(part.mediaType == "multipart/mixed")
        #expect(seconds < 5)  // 0.25 s alone; generous for a loaded 2-core machine
    }

    @Test func deeplyNestedForwardsAreCapped() {
        let raw = String(repeating: "Content-Type: message/rfc822\n\n", count: 10_000) + "Subject: x\n\nbody\n"
        let (mail, seconds) = parseFully(Array(raw.utf8))
        var depth = 0
        var part = mail.root
        while let child = part.parts.first { part = child; depth += 1 }
        #expect(depth == MIMEPart.maximumDepth)
        #expect(seconds < 5)
    }

    @Test func aHundredThousandParts() {
        var raw = "Content-Type: multipart/mixed; boundary=p\n\n"
        raw.reserveCapacity(5_000_000)
        for index in 0..<100_000 {
            raw += "--p\nContent-Type: application/octet-stream; name=\"f\(index).bin\"\n\nx\n"
        }
        raw += "--p--\n"
        let (mail, seconds) = parseFully(Array(raw.utf8))
        #expect(mail.root.parts.count == 100_000)
        #expect(mail.attachments.count == 100_000)
        #expect(mail.attachments.last?.fileName == "f99999.bin")
        #expect(seconds < 20)  // a hundred thousand parts in a debug build
    }

    @Test func aOneMegabyteHeaderLine() {
        let long = String(repeating: "=?utf-8?q?a?= ", count: 40_000) + String(repeating: "x", count: 500_000)
        let raw = "Subject: \(long)\nFrom: " + String(repeating: "\"a\" <b@c>, (", count: 30_000) + "\nReferences: " +
                  String(repeating: "<id@x> ", count: 50_000) + "\n\nbody\n"
        let (mail, seconds) = parseFully(Array(raw.utf8))
        #expect(mail.subject?.hasPrefix("aaaa") == true)
        #expect(mail.subject?.utf8.count == 40_000 + 1 + 500_000)  // the blank before plain text stays
        #expect(mail.references.count == 50_000)
        #expect(mail.bodyText == "body\n")
        #expect(seconds < 5)
    }

    @Test func aTenMegabyteBase64Body() {
        let payload = [UInt8]((0..<7_500_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let encoded = Data(payload).base64EncodedString(options: .lineLength76Characters)
        let raw = "Content-Type: application/octet-stream; name=big.bin\nContent-Transfer-Encoding: base64\n\n" + encoded + "\n"
        let (mail, seconds) = parseFully(Array(raw.utf8))
        #expect(mail.attachments.first?.data == payload)
        #expect(seconds < 10)
    }

    @Test func aTwentyMegabyteBody() {
        let line = String(repeating: "Grüße ", count: 14) + "\r\n"  // 114 bytes
        let raw = Array(("Subject: big\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + String(repeating: line, count: 200_000)).utf8)
        let (mail, seconds) = parseFully(raw)
        #expect(mail.bodyText.utf8.count == 200_000 * 113)  // CRLF read as LF
        #expect(mail.bodyText.hasPrefix("Grüße Grüße"))
        #expect(seconds < 15)
    }

    @Test func hugeTextAndHTMLBodies() {
        let text = "Content-Type: text/plain; format=flowed\n\n" + String(repeating: "word word word \n", count: 600_000)
        let (plain, plainSeconds) = parseFully(Array(text.utf8))
        #expect(plain.bodyText.utf8.count == 600_000 * 15)
        #expect(plainSeconds < 10)
        let html = "Content-Type: text/html\n\n" + String(repeating: "<p>a &amp; <a href=\"u\">b</a><script>x", count: 100_000) + String(repeating: "<", count: 500_000)
        let (converted, htmlSeconds) = parseFully(Array(html.utf8))
        #expect(converted.bodyText.hasPrefix("a & b (u)"))
        #expect(htmlSeconds < 10)
    }

    @Test func hostileAddressAndNameShapesStayLinear() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = MailAddress.list(String(repeating: "@:", count: 300_000))
            _ = MailAddress.list(String(repeating: "(", count: 300_000) + String(repeating: "<", count: 300_000))
            _ = MailAddress.list(String(repeating: "a:b;", count: 200_000))
            _ = QuotedText.split(String(repeating: "On x\n", count: 100_000) + String(repeating: "From: a\nTo: b\n", count: 100_000))
        }
        #expect(elapsed < .seconds(5))
    }

    @Test func manyAdjacentEncodedWordStartsStayLinear() {
        let hostile = String(repeating: "=?a?q?", count: 200_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(EncodedWords.decode(hostile) == hostile) }
        #expect(elapsed < .seconds(3))
    }

    @Test func randomMutationsOfEveryFixtureParse() throws {
        var generator = SeededGenerator(seed: 0x6D61696C)
        var mutants = 0
        var slowest = 0.0
        for name in MailFixture.names {
            let original = try MailFixture.bytes(name)
            for _ in 0..<120 {
                var bytes = original
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    guard !bytes.isEmpty else { break }
                    let position = Int.random(in: 0..<bytes.count, using: &generator)
                    switch Int.random(in: 0..<5, using: &generator) {
                    case 0: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                    case 1: bytes.remove(at: position)
                    case 2: bytes.insert(Self.interesting.randomElement(using: &generator)!, at: position)
                    case 3: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...64, using: &generator)))
                    default: bytes.insert(contentsOf: bytes[position..<min(bytes.count, position + 40)], at: position)
                    }
                }
                let (_, seconds) = parseFully(bytes)
                slowest = max(slowest, seconds)
                mutants += 1
            }
        }
        #expect(mutants >= 3_000)
        #expect(slowest < 2)
    }

    @Test func arbitraryBytesParse() {
        var generator = SeededGenerator(seed: 42)
        for length in [0, 1, 2, 3, 10, 100, 1000, 10_000] {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                parseFully(bytes)
            }
        }
        let (empty, _) = parseFully([])
        #expect(empty.headers.fields.isEmpty)
        #expect(empty.bodyText == "")
        #expect(empty.subject == nil)
        #expect(empty.date == nil)
    }

    /// Bytes that steer the parser: line ends, colons, boundaries' dashes, quotes, encoded words.
    private static let interesting: [UInt8] = Array("\r\n:-=?<>\"();\\%*'&".utf8) + [0x00, 0x80, 0xFF, 0x1B]
}

/// SplitMix64: the same mutants on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
