/// The help overlay: how far it is scrolled and what is searched in it (`/` inside help).
public struct HelpState: Equatable, Sendable {
    public var scroll = 0
    public var search = TextInput()
    /// True while the search is being typed.
    public var searching = false

    public init(scroll: Int = 0) { self.scroll = scroll }
}
