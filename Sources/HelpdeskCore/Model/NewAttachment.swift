import Foundation

/// A file an agent attaches to a reply or note (`ticket reply --attach`, the TUI's composer):
/// its name made safe as an incoming one is, its type from the name, its bytes.
public struct NewAttachment: Sendable, Equatable {
    public var fileName: String
    public var mediaType: String
    public var data: [UInt8]

    public init(fileName: String, mediaType: String? = nil, data: [UInt8]) {
        self.fileName = MailAttachment.safeFileName(fileName, fallback: "attachment")
        self.mediaType = mediaType ?? Self.mediaType(forName: fileName)
        self.data = data
    }

    /// The file at `path`, refused with a reason when it cannot be read, is not a regular file,
    /// is empty or larger than the limit (read only up to it, so a huge file costs nothing).
    public static func read(path: String) throws -> NewAttachment {
        let name = (path as NSString).lastPathComponent
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw HelpdeskError.invalidInput("cannot read \(path): \(FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")")
        }
        defer { try? handle.close() }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw HelpdeskError.invalidInput("\(path) is a folder: attach files one by one")
        }
        let data = (try? handle.read(upToCount: InputLimits.attachmentBytes + 1)) ?? nil
        return try NewAttachment(fileName: name, data: [UInt8](data ?? Data())).validated()
    }

    /// Itself, or why it cannot be attached.
    public func validated() throws -> NewAttachment {
        guard !data.isEmpty else { throw HelpdeskError.invalidInput("\(fileName) is empty: nothing to attach") }
        guard data.count <= InputLimits.attachmentBytes else {
            throw HelpdeskError.invalidInput("\(fileName) is larger than \(ByteCount.text(Int64(InputLimits.attachmentBytes))), too large to mail: share a link instead")
        }
        return self
    }

    var asMailAttachment: MailAttachment {
        MailAttachment(fileName: fileName, mediaType: mediaType, data: data, contentID: nil, isInline: false)
    }

    /// The media type a file name suggests (what mail programs send), else application/octet-stream.
    static func mediaType(forName name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "pdf": "application/pdf"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "txt", "log", "md": "text/plain"
        case "csv": "text/csv"
        case "html", "htm": "text/html"
        case "ics": "text/calendar"
        case "eml": "message/rfc822"
        case "zip": "application/zip"
        case "json": "application/json"
        case "xml": "application/xml"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        default: "application/octet-stream"
        }
    }
}
