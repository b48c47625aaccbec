import Foundation
import HelpdeskCore

extension EffectRunner {
    /// Text goes to the pager as a sanitised copy (a hostile file cannot drive the terminal
    /// through `less -R` or `cat`); other files go to the desktop's viewer when there is one —
    /// as a private copy (0600 in a 0700 folder) removed when helpdesk quits; with neither, the
    /// agent is asked where to save the file.
    func openAttachment(_ file: StoredAttachment) throws -> [Action] {
        let data = try store.attachmentData(file.id, ofTicket: file.ticketId)
        if file.isPlainText, let pager = viewer.pager {
            let copy = try PrivateFile.temporaryCopy(Data(StoredAttachment.text(of: data).utf8), fileName: file.fileName)
            defer { PrivateFile.removeCopy(copy) }
            let viewer = viewer
            let status = terminal.runOutside { viewer.page(copy) }
            guard status == 0 else { return [.screenLost, .failed("the pager (\(pager)) exited with status \(status)")] }
            return [.screenLost]
        }
        if viewer.hasDesktop {
            let copy = try PrivateFile.temporaryCopy(data, fileName: file.fileName)
            guard viewer.openOnDesktop(copy) else {
                PrivateFile.removeCopy(copy)
                return [.failed("xdg-open did not start: save the file instead with helpdesk ticket attachment save \(file.ticketId) \(file.id)")]
            }
            viewerCopies.append(copy)
            return [.info("Opened \(file.fileName) with the desktop's viewer")]
        }
        return [.savePathNeeded(file, suggested: Self.suggestedSavePath(for: file))]
    }

    /// ~/Downloads/NAME when that folder exists, else ~/NAME (shown with "~", which the prompt expands).
    static func suggestedSavePath(for file: StoredAttachment, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        var isDirectory: ObjCBool = false
        if let home, FileManager.default.fileExists(atPath: home + "/Downloads", isDirectory: &isDirectory), isDirectory.boolValue {
            return "~/Downloads/" + file.fileName
        }
        return "~/" + file.fileName
    }
}
