import Foundation
import HelpdeskCore

/// `o`: the files of the current ticket. A picker lists exactly the files the detail pane shows
/// for it; the one picked opens in the pager (text) or the desktop's viewer, else a prompt asks
/// where to save it. Nothing is ever run.
enum AttachmentController {
    static func start(_ state: inout AppState) -> [Effect] {
        guard let current = CurrentTicket.of(state) else { return [] }
        guard let detail = state.detail.shown, detail.ticket.id == current.id else {
            state.message = .init(text: "the ticket is still loading — try again", isError: true)
            return []
        }
        let files = detail.attachments.filter { !$0.isErased }
        guard !files.isEmpty else {
            state.message = .init(text: "\(current.label) has no attachments", isError: false)
            return []
        }
        let items = files.map { file in
            Picker.Item(file.fileName, detail: "\(file.mediaType) · \(ByteCount.text(file.size))", value: .attachment(file))
        }
        state.mode = .picking(Picker(title: "Open a file of \(current.label)", items: items, purpose: .attachment,
                                     target: .ticket(current.id, version: current.version)))
        return []
    }

    /// The effect found no way to show the file here: ask for a path, starting from the suggestion.
    static func askSavePath(_ file: StoredAttachment, suggested: String, _ state: inout AppState) -> [Effect] {
        guard state.detail.ticketId == file.ticketId else { return [] }
        state.mode = .prompting(Prompt(label: "Save \(file.fileName) to: ", input: TextInput(suggested),
                                       purpose: .saveAttachment(file), target: .ticket(file.ticketId, version: 0)))
        return []
    }

    /// "~/x" as the shell would read it (the prompt suggests paths in the home folder).
    static func expandingHome(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        guard let home, !home.isEmpty, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }
}
