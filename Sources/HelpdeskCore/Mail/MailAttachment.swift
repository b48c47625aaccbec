/// A file that came with a message. Nothing in it is run or interpreted; `fileName` is safe to
/// use as the last component of a path.
public struct MailAttachment: Sendable, Equatable {
    /// The sender's file name made safe (see `safeFileName`), or `attachment-N.ext`.
    public let fileName: String
    /// The media type, lowercased ("application/pdf").
    public let mediaType: String
    /// The bytes, transfer encoding removed.
    public let data: [UInt8]
    /// Content-ID without angle brackets (what an HTML body's `cid:` links name).
    public let contentID: String?
    /// Shown within the message (Content-Disposition inline, or an image of multipart/related)
    /// rather than offered as a separate file.
    public let isInline: Bool

    public var size: Int { data.count }

    /// A file name without path separators, "..", leading dots, control or invisible characters
    /// (a right-to-left override would make "gpj.exe" read "exe.jpg"), at most 255 UTF-8 bytes
    /// with the extension kept; `fallback` when nothing usable is left.
    public static func safeFileName(_ name: String?, fallback: String) -> String {
        guard let name else { return fallback }
        // The last path component of either kind of path, so "..\..\evil.bat" is "evil.bat".
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        // One pass: controls and invisible characters dropped, blanks and dots each collapsed
        // to one (so no ".." survives), none at the start (no hidden files) or the end.
        var scalars: [Unicode.Scalar] = []
        for scalar in last.unicodeScalars where !Sanitizer.isControl(scalar) {
            let next: Unicode.Scalar = scalar.properties.isWhitespace ? " " : scalar
            if (next == " " || next == ".") && (scalars.isEmpty || scalars.last == next) { continue }
            scalars.append(next)
        }
        while let end = scalars.last, end == " " || end == "." { scalars.removeLast() }
        guard !scalars.isEmpty else { return fallback }
        return shortened(scalars, toBytes: 255)
    }

    /// The name cut to `limit` UTF-8 bytes at a scalar boundary, a short extension kept. Linear:
    /// a megabyte of name must not take a megabyte of passes.
    private static func shortened(_ scalars: [Unicode.Scalar], toBytes limit: Int) -> String {
        func size(_ scalar: Unicode.Scalar) -> Int { UTF8.width(scalar) }
        let total = scalars.reduce(0) { $0 + size($1) }
        var view = String.UnicodeScalarView()
        guard total > limit else { view.append(contentsOf: scalars); return String(view) }
        var stemEnd = scalars.count
        if let dot = scalars.lastIndex(of: "."), scalars.count - dot <= 16 { stemEnd = dot }
        let ext = scalars[stemEnd...]
        let extSize = ext.reduce(0) { $0 + size($1) }
        let budget = limit - (extSize <= limit / 2 ? extSize : 0)
        var used = 0
        for scalar in scalars[..<stemEnd] {
            guard used + size(scalar) <= budget else { break }
            view.append(scalar)
            used += size(scalar)
        }
        if extSize <= limit / 2 { view.append(contentsOf: ext) }
        return String(view)
    }

    /// A file name extension for a media type, for attachments that came without a name.
    static func fileExtension(for mediaType: String) -> String {
        switch mediaType {
        case "application/pdf": return "pdf"
        case "image/png": return "png"
        case "image/jpeg", "image/jpg", "image/pjpeg": return "jpg"
        case "image/gif": return "gif"
        case "image/webp": return "webp"
        case "text/plain": return "txt"
        case "text/html": return "html"
        case "text/calendar": return "ics"
        case "text/csv": return "csv"
        case "message/rfc822", "message/global": return "eml"
        case "message/delivery-status", "message/global-delivery-status": return "txt"
        case "application/zip": return "zip"
        case "application/pgp-signature": return "asc"
        default: return "bin"
        }
    }
}
