/// What `requester edit` changes: the name, the e-mail address, the organization.
public struct RequesterEdit: Equatable, Sendable {
    public enum OrganizationChange: Equatable, Sendable {
        case keep
        /// Into the organization of this name (any case); it must exist.
        case set(String)
        case clear
    }

    public var name: String?
    public var email: String?
    public var organization: OrganizationChange

    public init(name: String? = nil, email: String? = nil, organization: OrganizationChange = .keep) {
        self.name = name
        self.email = email
        self.organization = organization
    }

    /// The change with its text trimmed (the address lower-cased), or why it cannot be made.
    /// Callers check it before they open the database, so bad input changes nothing.
    public func validated() throws -> RequesterEdit {
        var edit = self
        guard name != nil || email != nil || organization != .keep else {
            throw HelpdeskError.invalidInput("say what to change: --name, --email, --org or --no-org")
        }
        if let name {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw HelpdeskError.invalidInput("a requester's name must not be empty") }
            edit.name = try InputLimits.checked(trimmed, "the requester's name", limit: InputLimits.subject)
        }
        if let email {
            let address = email.trimmingCharacters(in: .whitespaces).lowercased()
            guard HelpdeskStore.isPlausibleEmail(address) else { throw HelpdeskError.invalidInput("'\(email)' is not an e-mail address") }
            edit.email = address
        }
        if case .set(let organization) = organization {
            let trimmed = organization.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw HelpdeskError.invalidInput("an organization's name must not be empty (--no-org removes it)") }
            edit.organization = .set(try InputLimits.checked(trimmed, "the organization", limit: OrganizationService.nameLimit))
        }
        return edit
    }
}
