/// Where things go on a screen of a given size.
///
/// - below 40×10: a "terminal too small" message;
/// - below 80×24: one pane at a time, with tabs;
/// - 140 columns and wider: the queue on the left, detail over knowledge base on the right;
/// - otherwise stacked: the queue on top, detail and knowledge base side by side below;
/// - zoomed: the focused pane takes the whole body.
public struct Layout: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case tooSmall, tabs, stacked, sideBySide }

    public static let minimum = Size(width: 40, height: 10)

    public let kind: Kind
    public let titleBar: Rect
    public let statusBar: Rect
    public let tabBar: Rect?
    private let panes: [Pane: Rect]

    public init(size: Size, focus: Pane, zoomed: Bool) {
        titleBar = Rect(x: 0, y: 0, width: size.width, height: 1)
        statusBar = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: 1)
        let body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
        if size.width < Self.minimum.width || size.height < Self.minimum.height {
            kind = .tooSmall
            tabBar = nil
            panes = [:]
        } else if size.width < 80 || size.height < 24 {
            kind = .tabs
            let (bar, rest) = body.splitRows(top: 1)
            tabBar = bar
            panes = [focus: rest]
        } else if zoomed {
            kind = size.width >= 140 ? .sideBySide : .stacked
            tabBar = nil
            panes = [focus: body]
        } else if size.width >= 140 {
            kind = .sideBySide
            tabBar = nil
            let (left, right) = body.splitColumns(ratio: 0.55)
            let (detail, kb) = right.splitRows(ratio: 0.62)
            panes = [.queue: left, .detail: detail, .kb: kb]
        } else {
            kind = .stacked
            tabBar = nil
            let (top, bottom) = body.splitRows(ratio: 0.45)
            let (detail, kb) = bottom.splitColumns(ratio: 0.6)
            panes = [.queue: top, .detail: detail, .kb: kb]
        }
    }

    /// The pane's rectangle, or nil when it is not on screen.
    public func rect(for pane: Pane) -> Rect? { panes[pane] }

    public var visiblePanes: [Pane] { Pane.allCases.filter { panes[$0] != nil } }
}
