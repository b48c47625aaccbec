/// A broken invariant: the fuzzer turns it into a crash (so libFuzzer keeps the input), the corpus
/// tests into a failed expectation.
public struct FuzzFailure: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) { self.description = description }

    /// Throws `message` unless `condition` holds.
    static func check(_ condition: Bool, _ message: @autoclosure () -> String) throws(FuzzFailure) {
        if !condition { throw FuzzFailure(message()) }
    }
}
