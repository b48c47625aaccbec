import Testing
@testable import HelpdeskUI

@Suite struct ColorTests {
    @Test func parsesNamesIndicesAndHex() {
        #expect(Color(parsing: "default") == .default)
        #expect(Color(parsing: "red") == .indexed(1))
        #expect(Color(parsing: "White") == .indexed(7))
        #expect(Color(parsing: "bright-black") == .indexed(8))
        #expect(Color(parsing: "bright-white") == .indexed(15))
        #expect(Color(parsing: "0") == .indexed(0))
        #expect(Color(parsing: "255") == .indexed(255))
        #expect(Color(parsing: "#22d3ee") == .rgb(0x22, 0xD3, 0xEE))
        #expect(Color(parsing: " #FFF ") == .rgb(255, 255, 255))
    }

    @Test func rejectsNonsense() {
        for text in ["", "256", "-1", "#12345", "#gggggg", "reddish", "bright-", "1.5"] {
            #expect(Color(parsing: text) == nil, "\(text)")
        }
    }

    @Test func descriptionRoundTrips() {
        for color in [Color.default, .indexed(3), .indexed(12), .indexed(200), .rgb(1, 2, 255)] {
            #expect(Color(parsing: color.description) == color)
        }
    }

    @Test func nearestIn256UsesCubeAndGreys() {
        #expect(Color.rgb(255, 0, 0).nearest(in: 256) == .indexed(196))
        #expect(Color.rgb(0, 0, 0).nearest(in: 256) == .indexed(16))
        #expect(Color.rgb(128, 128, 128).nearest(in: 256) == .indexed(244))
        #expect(Color.indexed(200).nearest(in: 256) == .indexed(200))
        #expect(Color.rgb(1, 2, 3).nearest(in: 1 << 24) == .rgb(1, 2, 3))
    }

    @Test func nearestIn16And8() {
        #expect(Color.rgb(0x22, 0xD3, 0xEE).nearest(in: 16) == .indexed(6))
        #expect(Color.rgb(255, 0, 0).nearest(in: 16) == .indexed(9))
        #expect(Color.rgb(255, 0, 0).nearest(in: 8) == .indexed(1))
        #expect(Color.indexed(9).nearest(in: 8) == .indexed(1))
        #expect(Color.indexed(196).nearest(in: 16) == .indexed(9))
        // Slate grey stays grey instead of turning blue.
        #expect(Color.rgb(0x64, 0x74, 0x8B).nearest(in: 16) == .indexed(8))
        #expect(Color.rgb(0x64, 0x74, 0x8B).nearest(in: 8) == .indexed(7))
        #expect(Color.rgb(0x1E, 0x29, 0x3B).nearest(in: 8) == .indexed(0))
    }

    @Test func noColoursMeansDefault() {
        #expect(Color.rgb(255, 0, 0).nearest(in: 0) == .default)
        #expect(Color.indexed(3).nearest(in: 2) == .default)
        #expect(Color.default.nearest(in: 256) == .default)
    }
}

@Suite struct RectTests {
    @Test func splitsAndInsets() {
        let r = Rect(x: 0, y: 0, width: 100, height: 30)
        let (left, right) = r.splitColumns(ratio: 0.4)
        #expect(left == Rect(x: 0, y: 0, width: 40, height: 30))
        #expect(right == Rect(x: 40, y: 0, width: 60, height: 30))
        let (body, status) = r.splitRows(bottom: 1)
        #expect(body.height == 29 && status == Rect(x: 0, y: 29, width: 100, height: 1))
        #expect(r.splitColumns(right: 200).left.width == 0)
        #expect(r.inset(by: 1) == Rect(x: 1, y: 1, width: 98, height: 28))
        #expect(Rect(x: 5, y: 5, width: 1, height: 1).inset(by: 3).isEmpty)
        #expect(r.rows.count == 30 && r.row(3) == Rect(x: 0, y: 3, width: 100, height: 1))
    }

    @Test func columnsShareTheRest() {
        let cols = Rect(x: 2, y: 0, width: 30, height: 1).columns([6, nil, 8], spacing: 1)
        #expect(cols.map(\.width) == [6, 14, 8])
        #expect(cols.map(\.x) == [2, 9, 24])
    }
}
