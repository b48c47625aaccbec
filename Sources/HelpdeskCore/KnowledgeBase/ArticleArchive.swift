import Foundation
import GRDB

/// A folder of article files (`ArticleDocument`): `kb export DIR` writes one per article,
/// `kb import DIR` reads them back — new files become articles, files whose id exists become a
/// new version when they differ. Export, import, export gives identical files.
public enum ArticleArchive {
    public struct ImportReport: Sendable, Equatable {
        public var added: [Int64] = []
        public var updated: [Int64] = []
        public var unchanged = 0
        public var summary: String {
            "Imported: \(added.count) new, \(updated.count) updated, \(unchanged) unchanged"
        }
    }

    /// Writes every article into `folder` (created if missing) and returns how many. A file an
    /// earlier export wrote for an article that has since been renamed is replaced, not left
    /// behind. Only such files: a file of the same name that is not this article's export is
    /// the user's, and the export is refused before anything is written.
    @discardableResult
    public static func export(_ store: HelpdeskStore, to folder: String) throws -> Int {
        let articles = try store.allArticles()
        let owners = try store.read { db in
            try Dictionary(Row.fetchAll(db, sql: "SELECT id, login FROM agents").map { ($0["id"] as Int64, $0["login"] as String) },
                           uniquingKeysWith: { a, _ in a })
        }
        try prepare(folder)
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var plans: [(name: String, replaced: [String], document: ArticleDocument)] = []
        for article in articles {
            let id = article.id ?? 0
            let name = ArticleDocument.fileName(id: id, title: article.title)
            let prefix = String(name.prefix { $0 != "-" }) + "-"
            if existing.contains(name), !isExport(of: id, at: folder + "/" + name) {
                throw HelpdeskError.conflict("\(folder)/\(name) is not an export of article \(id) (no 'id: \(id)' front matter): it was left alone and nothing was exported — move it, or export into another folder")
            }
            let replaced = existing.filter { $0 != name && $0.hasPrefix(prefix) && $0.hasSuffix(".md") && isExport(of: id, at: folder + "/" + $0) }
            plans.append((name, replaced, ArticleDocument(article, owner: article.ownerId.flatMap { owners[$0] })))
        }
        for plan in plans {
            do {
                try Data(plan.document.rendered().utf8).write(to: URL(fileURLWithPath: folder + "/" + plan.name), options: .atomic)
            } catch {
                throw HelpdeskError.invalidInput("cannot write \(folder)/\(plan.name): \(error.localizedDescription)")
            }
            for old in plan.replaced { try? FileManager.default.removeItem(atPath: folder + "/" + old) }
        }
        return articles.count
    }

    /// Whether the file at `path` is an article file with this id in its front matter (one an
    /// export wrote, maybe edited since): the only kind of file an export replaces.
    static func isExport(of id: Int64, at path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { return false }
        return (try? ArticleDocument.parse(text, source: path))?.id == id
    }

    /// Reads every `*.md` file of `folder` (checked before anything is written), then applies
    /// them in one transaction: all of them or, on any error, none.
    public static func importFolder(_ folder: String, into store: HelpdeskStore, actor: String) throws -> ImportReport {
        try importDocuments(try read(folder), into: store, actor: actor)
    }

    /// The documents of a folder, by file name; errors name the file.
    public static func read(_ folder: String) throws -> [ArticleDocument] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw HelpdeskError.invalidInput("cannot read \(folder): no such folder")
        }
        guard isDirectory.boolValue else { throw HelpdeskError.invalidInput("cannot read \(folder): it is a file, not a folder") }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        var documents: [ArticleDocument] = []
        var files: [Int64: String] = [:]
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else {
                throw HelpdeskError.invalidInput("cannot read \(folder)/\(name): permission denied")
            }
            guard let text = String(data: data, encoding: .utf8) else { throw HelpdeskError.invalidInput("\(name) is not UTF-8 text") }
            let document = try ArticleDocument.parse(text, source: name)
            _ = try HelpdeskStore.validateArticle(title: document.title, body: document.body)
            if let id = document.id {
                if let other = files[id] { throw HelpdeskError.invalidInput("\(other) and \(name) both have id \(id)") }
                files[id] = name
            }
            documents.append(document)
        }
        return documents
    }

    public static func importDocuments(_ documents: [ArticleDocument], into store: HelpdeskStore, actor: String) throws -> ImportReport {
        let now = store.now
        return try store.write { db in
            let author = try HelpdeskStore.kbAuthor(db, actor)
            var report = ImportReport()
            for document in documents {
                guard let id = document.id, let current = try Article.fetchOne(db, key: id) else {
                    let article = try HelpdeskStore.insertArticle(db, title: document.title, body: document.body, tags: document.tags,
                                                                  owner: document.owner, author: author, now: now)
                    report.added.append(article.id!)
                    continue
                }
                let currentOwner = try current.ownerId.flatMap { try String.fetchOne(db, sql: "SELECT login FROM agents WHERE id = ?", arguments: [$0]) }
                let title = document.title.trimmingCharacters(in: .whitespacesAndNewlines)
                let tags = HelpdeskStore.articleTags(document.tags).joined(separator: " ")
                let ownerChanged = document.owner != nil && document.owner != currentOwner
                if title == current.title && document.body == current.body && tags == HelpdeskStore.articleTags(current.tagList).joined(separator: " ")
                    && !ownerChanged {
                    report.unchanged += 1
                    continue
                }
                _ = try HelpdeskStore.updateArticle(db, id: id, title: title, body: document.body, tags: document.tags,
                                                    owner: ownerChanged ? document.owner : nil, author: author, basedOn: nil, now: now)
                report.updated.append(id)
            }
            if report.added.count + report.updated.count >= ArticleSearchIndex.bulkLoad { try ArticleSearchIndex.optimize(db) }
            return report
        }
    }

    static func prepare(_ folder: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw HelpdeskError.invalidInput("cannot export into \(folder): it is a file, not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw HelpdeskError.invalidInput("cannot create the folder \(folder)")
        }
    }
}
