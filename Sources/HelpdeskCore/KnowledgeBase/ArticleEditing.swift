import Foundation

/// Writing an article in the user's editor, the one way `kb edit` and the TUI both do it: the
/// article as a file (`ArticleDocument`: front matter + Markdown) in `folder`, the editor on it,
/// the file parsed back and saved — as a new version of the article it came from (refused when
/// someone saved another version since) or, without an id, as a new article. The file is removed
/// once saved; when the editor fails, the text does not parse or the save is refused, it stays,
/// the error names it, and the next edit of the same article opens it again.
///
/// ```swift
/// let editing = ArticleEditing(store: store, actor: "mkeller", folder: ArticleEditing.draftsFolder(home: home))
/// switch editing.edit(ArticleDocument(article, owner: nil), basedOn: article.version) { … }
/// ```
public struct ArticleEditing: Sendable {
    public let store: HelpdeskStore
    public let actor: String
    public let folder: URL
    /// The editor command, for messages ("the editor (vi) exited with status 1 …").
    public let editor: String

    public init(store: HelpdeskStore, actor: String, folder: URL, editor: String = ExternalEditor.command() ?? "vi") {
        self.store = store
        self.actor = actor
        self.folder = folder
        self.editor = editor
    }

    /// Where kept texts live, next to the reply drafts: `$XDG_STATE_HOME/helpdesk/drafts`, else
    /// `$HOME/.local/state/helpdesk/drafts` (`home` when HOME is unset) — the TUI's `DraftStore.folder`.
    public static func draftsFolder(environment: [String: String] = ProcessInfo.processInfo.environment, home: String) -> URL {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/state"
        return URL(fileURLWithPath: state).appendingPathComponent("helpdesk/drafts")
    }

    /// The file an article is written in: `article-12.md`, or `article-new.md` for a new one.
    public func path(for document: ArticleDocument) -> String {
        folder.appendingPathComponent("article-\(document.id.map(String.init) ?? "new").md").path
    }

    /// Writes the document (unless a kept text of it is waiting), lets `runEditor` edit the file
    /// (given its path, returning the editor's exit status), then saves what it reads back.
    /// `version` is the article version the edit starts from (nil for a new article).
    public func edit(_ document: ArticleDocument, basedOn version: Int64?, runEditor: (String) -> Int32) -> Result<Article, ArticleEditError> {
        let path = path(for: document)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            if !FileManager.default.fileExists(atPath: path) {
                try document.rendered().write(toFile: path, atomically: true, encoding: .utf8)
            }
        } catch {
            return .failure(.cannotWrite(path: path, reason: error.localizedDescription))
        }
        let status = runEditor(path)
        guard status == 0 else { return .failure(.editorFailed(editor: editor, status: status, path: path)) }
        do {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw HelpdeskError.invalidInput("cannot read \(path) back")
            }
            var edited = try ArticleDocument.parse(text, source: path)
            edited.id = document.id  // the article being edited, whatever the front matter says
            let article: Article
            if let id = edited.id, let current = try? store.article(id: id), current.title == edited.title, current.body == edited.body,
               HelpdeskStore.articleTags(current.tagList) == HelpdeskStore.articleTags(edited.tags) {
                // Saved as it was opened: nothing to keep either.
                try? FileManager.default.removeItem(atPath: path)
                return .failure(.unchanged(articleId: id))
            } else if let id = edited.id {
                article = try store.editArticle(id: id, title: edited.title, body: edited.body, tags: edited.tags, actor: actor, basedOn: version)
            } else {
                article = try store.addArticle(title: edited.title, body: edited.body, tags: edited.tags, actor: actor)
            }
            try? FileManager.default.removeItem(atPath: path)
            return .success(article)
        } catch {
            return .failure(.notSaved(reason: "\(error)", path: path))
        }
    }

    /// The same with the user's editor run directly (the CLI; the TUI first hands over the terminal).
    public func edit(_ document: ArticleDocument, basedOn version: Int64?) -> Result<Article, ArticleEditError> {
        edit(document, basedOn: version) { ExternalEditor.run(editor, path: $0) }
    }
}

/// Why an edited article was not saved; every case says where the text is.
public enum ArticleEditError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    case editorFailed(editor: String, status: Int32, path: String)
    case notSaved(reason: String, path: String)
    /// The text came back as the article already reads: nothing saved, nothing kept.
    case unchanged(articleId: Int64)

    /// The file with the text (kept for the next try), or the one that could not be written.
    public var path: String? {
        switch self {
        case .cannotWrite(let path, _), .editorFailed(_, _, let path), .notSaved(_, let path): path
        case .unchanged: nil
        }
    }

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        case .editorFailed(let editor, let status, let path):
            "the editor (\(editor)) exited with status \(status): nothing was saved, the text is kept in \(path)"
        case .notSaved(let reason, let path): "\(reason): nothing was saved, the text is kept in \(path)"
        case .unchanged(let id): "article \(id) already reads like that: nothing was changed"
        }
    }
}
