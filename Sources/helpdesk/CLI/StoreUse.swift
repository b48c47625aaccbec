/// What a command does with the database, said where it opens it (GlobalOptions.openStore).
enum StoreUse {
    /// Only reads: an up-to-date database is opened read-only, so the command writes and syncs
    /// nothing, and a missing database is an error.
    case reading
    /// Changes an existing database; a missing one is an error.
    case writing
    /// Changes the database, creating it when it does not exist (announced on stderr).
    case creating
}
