import GRDB

/// Mail domains map new requesters to their organization: a requester created for
/// `anna@mail.example.com` joins the organization of `mail.example.com`, else of `example.com`
/// (the most specific domain wins). Used when a ticket creates its requester, and by
/// `org add/edit --apply` for the requesters that are already there without an organization.
public enum OrganizationDomains {
    /// The longest a domain may be (as in DNS).
    public static let lengthLimit = 253

    /// The domain lower-cased, without a leading `@`, or why it is not one (like `example.com`).
    public static func validated(_ domain: String) throws -> String {
        var domain = domain.trimmingCharacters(in: .whitespaces).lowercased()
        if domain.hasPrefix("@") { domain.removeFirst() }
        guard domain.count <= lengthLimit, !domain.contains("@"), !domain.contains(".."),
              !domain.unicodeScalars.contains(where: Sanitizer.isControl), HelpdeskStore.isPlausibleEmail("user@" + domain) else {
            throw HelpdeskError.invalidInput("'\(domain)' is not a mail domain (like example.com)")
        }
        return domain
    }

    /// The domains an address's organization is looked up by, most specific first:
    /// `a@mail.example.com` → mail.example.com, example.com (never a bare top-level domain).
    public static func candidates(forEmail email: String) -> [String] {
        guard let at = email.lastIndex(of: "@") else { return [] }
        var labels = email[email.index(after: at)...].lowercased().split(separator: ".", omittingEmptySubsequences: false)
        var domains: [String] = []
        while labels.count >= 2 {
            domains.append(labels.joined(separator: "."))
            labels.removeFirst()
        }
        return domains
    }

    /// The organization whose domain is the most specific match for the address, if any.
    static func organizationId(forEmail email: String, _ db: Database) throws -> Int64? {
        let domains = candidates(forEmail: email)
        guard !domains.isEmpty else { return nil }
        return try Int64.fetchOne(db, sql: """
            SELECT organization_id FROM organization_domains WHERE domain IN (\(QueryCompiler.placeholders(domains.count)))
            ORDER BY length(domain) DESC LIMIT 1
            """, arguments: StatementArguments(domains))
    }

    /// Gives the organization to the requesters of its domains who have none (and are not
    /// erased), when one of its domains is their best match. Returns how many it assigned.
    static func assignUnorganized(to organization: Int64, _ db: Database) throws -> Int {
        let domains = try String.fetchAll(db, sql: "SELECT domain FROM organization_domains WHERE organization_id = ?", arguments: [organization])
        var assigned = 0
        for domain in domains {
            let suffix = RequesterDirectory.escapedForLike(domain)
            let candidates = try Row.fetchAll(db, sql: """
                SELECT id, email FROM requesters
                WHERE organization_id IS NULL AND erased_at IS NULL AND (email LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')
                """, arguments: ["%@" + suffix, "%." + suffix])
            for row in candidates {
                let email: String = row["email"]
                // mail.example.com may belong to another organization than example.com.
                guard try organizationId(forEmail: email, db) == organization else { continue }
                try db.execute(sql: "UPDATE requesters SET organization_id = ? WHERE id = ?", arguments: [organization, row["id"] as Int64])
                assigned += 1
            }
        }
        return assigned
    }
}
