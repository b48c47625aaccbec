import Testing
@testable import HelpdeskUI

@Suite struct TextAreaTests {
    private func keys(_ area: inout TextArea, _ specs: String...) {
        for spec in specs { _ = area.handle(.spec(spec)) }
    }

    private func type(_ area: inout TextArea, _ text: String) {
        for character in text { _ = area.handle(KeyEvent(.char(character))) }
    }

    @Test func typingEnterAndBackspaceEditLines() {
        var area = TextArea()
        type(&area, "Hallo Anna,")
        keys(&area, "enter")
        type(&area, "bitte neu starten.")
        #expect(area.text == "Hallo Anna,\nbitte neu starten.")
        #expect(area.line == 1 && area.column == 18)
        // Backspace at the start of a line joins it to the one above.
        keys(&area, "home", "backspace")
        #expect(area.text == "Hallo Anna,bitte neu starten.")
        #expect(area.line == 0 && area.column == 11)
        // Enter in the middle splits the line at the cursor.
        keys(&area, "enter")
        #expect(area.text == "Hallo Anna,\nbitte neu starten.")
        // Delete at the end of a line joins the next one.
        keys(&area, "up", "end", "delete")
        #expect(area.text == "Hallo Anna,bitte neu starten.")
    }

    @Test func movingStaysInsideTheText() {
        var area = TextArea("ab\nlonger line")
        #expect(area.line == 1 && area.column == 11)  // starts at the end, like continuing a draft
        keys(&area, "up")
        #expect(area.column == 2)  // clamped to the shorter line
        keys(&area, "up", "left", "left", "left")
        #expect(area.line == 0 && area.column == 0)
        keys(&area, "right", "right", "right")
        #expect(area.line == 1 && area.column == 0)  // wraps to the next line
        keys(&area, "ctrl-e", "ctrl-u")
        #expect(area.text == "ab\n")
        #expect(area.handle(.spec("f1")) == false)
    }
}
