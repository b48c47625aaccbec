#include <sqlite3.h>

/// sqlite3_config() is variadic, which Swift cannot call: this wraps the one setting we change.
/// Memory statistics take a process-wide mutex on every allocation SQLite makes; with two
/// threads writing (the demo's loader and its search index) they contend for it all the time.
/// Works only before SQLite is initialised (the first connection); returns SQLITE_MISUSE after.
static inline int helpdesk_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
