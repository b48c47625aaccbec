import Foundation

/// Text split into words as the `unicode61 remove_diacritics 2` tokenizer of the full-text
/// indexes splits it: runs of letters and digits (and combining marks, which folding removes),
/// each folded to lower case without diacritics (`WordStem.fold`) and kept with its place in the
/// text. The one word splitter on the Swift side: question words, title matches, highlights and
/// snippets all use it, so they agree with each other and, for ordinary text, with FTS5.
///
/// Works on UTF-8 bytes, keeps all words in one buffer, and folds only words that are not plain
/// ASCII: Unicode property lookups, a Foundation call, or an allocation per word cost
/// milliseconds for the texts of one suggestion.
struct FoldedWords {
    /// The folded words, one after the other, as UTF-8.
    private var folded: [UInt8] = []
    /// Per word, where it is in `folded`.
    private var bounds: [Range<Int>] = []
    /// Per word, where it is in the text, as UTF-8 offsets.
    private(set) var ranges: [Range<Int>] = []

    /// The words of `text`, at most `limit` of them.
    init(_ text: String, limit: Int = .max) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { split($0, limit: limit) }
    }

    var count: Int { bounds.count }
    var isEmpty: Bool { bounds.isEmpty }
    var indices: Range<Int> { bounds.indices }

    /// The folded word at `index`.
    subscript(index: Int) -> ArraySlice<UInt8> { folded[bounds[index]] }

    /// Every word as its own array.
    var words: [[UInt8]] { bounds.map { Array(folded[$0]) } }

    /// Whether the word at `index` is `word` or, with `prefix`, starts with it.
    func word(at index: Int, is word: [UInt8], prefix: Bool) -> Bool {
        let range = bounds[index]
        guard !word.isEmpty else { return prefix || range.isEmpty }
        guard prefix ? range.count >= word.count : range.count == word.count else { return false }
        return folded.withUnsafeBufferPointer { all in
            word.withUnsafeBufferPointer { memcmp(all.baseAddress! + range.lowerBound, $0.baseAddress!, word.count) == 0 }
        }
    }

    private mutating func split(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
        var folded: [UInt8] = [], bounds: [Range<Int>] = [], ranges: [Range<Int>] = []
        folded.reserveCapacity(bytes.count)
        var start = 0, wordStart = -1
        var needsFolding = false
        var offset = 0
        while offset <= bytes.count && bounds.count < limit {
            let byte = offset < bytes.count ? bytes[offset] : 0
            var next = offset + 1
            var isWord = true
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if wordStart < 0 { (start, wordStart) = (offset, folded.count) }
                    folded.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if wordStart < 0 { (start, wordStart) = (offset, folded.count) }
                    folded.append(byte + 32)
                default:
                    isWord = false
                }
            } else {
                // A scalar of several bytes (valid UTF-8: the text is a String).
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                next = min(offset + length, bytes.count)
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for index in (offset + 1)..<next { value = value << 6 | UInt32(bytes[index] & 0x3F) }
                if let latin = Self.latinFolds(value) {
                    if wordStart < 0 { (start, wordStart) = (offset, folded.count) }
                    folded.append(contentsOf: latin)
                } else if let scalar = Unicode.Scalar(value), Self.isWordCharacter(scalar) {
                    if wordStart < 0 { (start, wordStart) = (offset, folded.count) }
                    folded.append(contentsOf: bytes[offset..<next])
                    needsFolding = true
                } else {
                    isWord = false
                }
            }
            if !isWord && wordStart >= 0 {
                if needsFolding {
                    let word = WordStem.fold(String(decoding: folded[wordStart...], as: UTF8.self))
                    folded.removeSubrange(wordStart...)
                    // Marks without a letter before them fold to themselves: no word (nothing to search).
                    if FullTextQuery.hasLetterOrDigit(word) {
                        folded.append(contentsOf: word.utf8)
                    }
                }
                if folded.count > wordStart {
                    bounds.append(wordStart..<folded.count)
                    ranges.append(start..<offset)
                }
                wordStart = -1
                needsFolding = false
            }
            offset = next
        }
        (self.folded, self.bounds, self.ranges) = (folded, bounds, ranges)
    }

    /// The folded form of a letter of Latin-1 or Latin Extended-A (most accented letters of
    /// European languages), from a table made once with `WordStem.fold`; nil for other scalars.
    private static func latinFolds(_ value: UInt32) -> [UInt8]? {
        value >= latinRange.lowerBound && value <= latinRange.upperBound ? latinTable[Int(value - latinRange.lowerBound)] : nil
    }

    private static let latinRange: ClosedRange<UInt32> = 0xC0...0x17F
    private static let latinTable: [[UInt8]?] = latinRange.map { value in
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return nil }
        let folded = Array(WordStem.fold(String(Character(scalar))).utf8)
        return folded.isEmpty ? nil : folded
    }

    /// Letters, digits, and combining marks (so that "e" + U+0301 stays one word, "e" once folded).
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}
