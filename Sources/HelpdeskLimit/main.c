// helpdesk-limit: the machine's limit for the TUI's work, for `make bench` only (never part of the
// product). It opens the same database, runs the same SQL statements as `helpdesk` for the first
// frame and for each move (the queue page, the count, the ticket with its conversation, history and
// links, the knowledge-base suggestions), draws the same 120×40 three-pane frame through ncursesw,
// and redraws only the panes whose content changed. What it leaves out is what a real helpdesk
// adds on top: themes, keymaps, undo, presence, sanitising beyond control characters, the
// suggestion ranking (a count of matching terms stands in for it).
//
//   helpdesk-limit --db PATH [--exit-after-first-frame]
//   keys: j k (move), ctrl-f ctrl-b (page), g G (top, end), 6 (the "All open" view again), q
#define _GNU_SOURCE 1
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdarg.h>
#include <ncursesw/ncurses.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

// MARK: - The statements (copied from HelpdeskCore, expanded as the TUI runs them)

#define ROW_SELECTION \
    "SELECT t.id, t.subject, t.status, t.priority, t.tier, t.category, t.channel, r.name AS requester_name, " \
    "r.email AS requester_email, o.name AS organization, a.login AS assignee, t.created_at, t.updated_at, t.next_due, " \
    "t.version FROM tickets t JOIN requesters r ON r.id = t.requester_id LEFT JOIN organizations o ON o.id = " \
    "r.organization_id LEFT JOIN agents a ON a.id = t.assignee_id\n"

static const char *SQL_FIRST_PAGE = ROW_SELECTION "WHERE ((t.is_open = 1)) ORDER BY t.updated_at DESC, t.id DESC LIMIT ?";
static const char *SQL_NEXT_PAGE = ROW_SELECTION
    "WHERE ((t.is_open = 1)) AND (t.updated_at, t.id) < (?, ?) ORDER BY t.updated_at DESC, t.id DESC LIMIT ?";
static const char *SQL_LAST_PAGE = ROW_SELECTION "WHERE ((t.is_open = 1)) ORDER BY t.updated_at ASC, t.id ASC LIMIT ?";
static const char *SQL_COUNT = "SELECT count(*) FROM (SELECT 1 FROM tickets t WHERE (t.is_open = 1) LIMIT 10001)";
static const char *SQL_AGENT = "SELECT * FROM \"agents\" WHERE \"login\" = ?";
static const char *SQL_SETTING = "SELECT value FROM settings WHERE key = 'kb.stale_after_days'";
static const char *SQL_VIEWS = "SELECT name, query, owner_id IS NULL AS shared FROM saved_views\n"
                               "WHERE owner_id IS NULL OR owner_id = ? ORDER BY owner_id IS NOT NULL, id";
static const char *SQL_TICKET = "SELECT * FROM tickets WHERE id = ?";
static const char *SQL_REQUESTER = "SELECT * FROM requesters WHERE id = ?";
static const char *SQL_ORGANIZATION = "SELECT name FROM organizations WHERE id = ?";
static const char *SQL_ASSIGNEE = "SELECT * FROM agents WHERE id = ?";
static const char *SQL_TAGS = "SELECT tag FROM ticket_tags WHERE ticket_id = ? ORDER BY tag";
static const char *SQL_MESSAGES =
    "SELECT m.*, coalesce(a.name, r.name, '?') AS author_name, m.author_agent_id IS NOT NULL AS by_agent,\n"
    "       CASE WHEN instr(m.body, char(0)) > 0 THEN CAST(m.body AS BLOB) END AS whole_body\n"
    "FROM messages m\n"
    "LEFT JOIN agents a ON a.id = m.author_agent_id\n"
    "LEFT JOIN requesters r ON r.id = m.author_requester_id\n"
    "WHERE m.ticket_id = ? ORDER BY m.created_at, m.id";
static const char *SQL_OUTBOX = "SELECT message_row_id, state, attempts, last_error, sent_at, bounced_at FROM outbox WHERE ticket_id = ? AND kind = 'reply'";
static const char *SQL_ATTACHMENTS = "SELECT id, ticket_id, message_row_id, blob_id, file_name, media_type, size, is_inline\n"
                                     "FROM attachments WHERE ticket_id = ? ORDER BY id";
static const char *SQL_EVENTS = "SELECT * FROM events WHERE ticket_id = ? ORDER BY id";
static const char *SQL_LINKS = "SELECT l.*, a.title FROM ticket_kb_links l JOIN kb_articles a ON a.id = l.article_id\n"
                               "WHERE l.ticket_id = ? ORDER BY l.linked_at, l.article_id";
static const char *SQL_SUBJECT = "SELECT subject FROM tickets WHERE id = ?";
static const char *SQL_BODIES = "SELECT body FROM messages WHERE ticket_id = ? AND internal = 0 ORDER BY created_at, id LIMIT 3";
static const char *SQL_MAX_ARTICLE = "SELECT max(id) FROM kb_articles";
static const char *SQL_MATCH = "SELECT rowid FROM kb_fts WHERE kb_fts MATCH ? LIMIT 500";

static sqlite3 *db;

static void die(const char *what) {
    endwin();
    fprintf(stderr, "helpdesk-limit: %s: %s\n", what, db ? sqlite3_errmsg(db) : "no database");
    exit(1);
}

// Prepared once and reused, as GRDB's cached statements are.
static sqlite3_stmt *prepare(const char *sql) {
    sqlite3_stmt *statement;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, NULL) != SQLITE_OK) die(sql);
    return statement;
}

static int column(sqlite3_stmt *statement, const char *name) {
    for (int i = 0; i < sqlite3_column_count(statement); i++)
        if (strcmp(sqlite3_column_name(statement, i), name) == 0) return i;
    return -1;
}

static const char *text(sqlite3_stmt *statement, int index) {
    const unsigned char *value = index < 0 ? NULL : sqlite3_column_text(statement, index);
    return value ? (const char *)value : "";
}

static void begin(void) { sqlite3_exec(db, "BEGIN DEFERRED TRANSACTION", NULL, NULL, NULL); }
static void commit(void) { sqlite3_exec(db, "COMMIT TRANSACTION", NULL, NULL, NULL); }

// MARK: - Drawing text (UTF-8 → wide characters, clipped to a width, control characters replaced)

enum { SCREEN_WIDTH_MAX = 512 };
enum { PAIR_BORDER = 1, PAIR_SELECTED, PAIR_TITLE, PAIR_DIM, PAIR_HEADING, PAIR_HIGH };

// Writes `utf8` at (y, x) in at most `width` cells, padded with spaces; returns the cells written.
static int put(int y, int x, int width, const char *utf8, int pair, attr_t attributes) {
    wchar_t wide[SCREEN_WIDTH_MAX];
    cchar_t cells[SCREEN_WIDTH_MAX];
    size_t count = mbstowcs(wide, utf8, SCREEN_WIDTH_MAX - 1);
    if (count == (size_t)-1) count = 0;
    int used = 0, n = 0;
    for (size_t i = 0; i < count && used < width; i++) {
        wchar_t c = wide[i];
        if (c < 0x20 || (c >= 0x7f && c < 0xa0)) c = L' ';
        int w = wcwidth(c);
        if (w < 0) { c = L'?'; w = 1; }
        if (used + w > width || (used + w == width && i + 1 < count && w > 0)) {
            wchar_t ellipsis[2] = {L'…', 0};
            setcchar(&cells[n++], ellipsis, attributes, pair, NULL);
            used += 1;
            break;
        }
        wchar_t one[2] = {c, 0};
        setcchar(&cells[n++], one, attributes, pair, NULL);
        used += w;
    }
    wchar_t space[2] = {L' ', 0};
    while (used < width) { setcchar(&cells[n++], space, attributes, pair, NULL); used++; }
    mvadd_wchnstr(y, x, cells, n);
    return used;
}

static void box_at(int y, int x, int height, int width, const char *title, int focused) {
    int pair = focused ? PAIR_HEADING : PAIR_BORDER;
    attron(COLOR_PAIR(pair));
    mvadd_wch(y, x, WACS_ULCORNER);
    mvhline_set(y, x + 1, WACS_HLINE, width - 2);
    mvadd_wch(y, x + width - 1, WACS_URCORNER);
    mvvline_set(y + 1, x, WACS_VLINE, height - 2);
    mvvline_set(y + 1, x + width - 1, WACS_VLINE, height - 2);
    mvadd_wch(y + height - 1, x, WACS_LLCORNER);
    mvhline_set(y + height - 1, x + 1, WACS_HLINE, width - 2);
    mvadd_wch(y + height - 1, x + width - 1, WACS_LRCORNER);
    attroff(COLOR_PAIR(pair));
    char label[300];
    snprintf(label, sizeof label, " %s ", title);
    put(y, x + 1, (int)strlen(label) < width - 2 ? (int)mbstowcs(NULL, label, 0) : width - 2, label, pair, A_BOLD);
}

static void date_text(int64_t seconds, char *out, size_t size) {
    time_t t = (time_t)seconds;
    struct tm parts;
    localtime_r(&t, &parts);
    strftime(out, size, "%Y-%m-%d %H:%M", &parts);
}

static void duration_text(int64_t seconds, char *out, size_t size) {
    const char *sign = seconds < 0 ? "-" : "";
    int64_t s = seconds < 0 ? -seconds : seconds;
    if (s >= 86400) snprintf(out, size, "%s%lldd %lldh", sign, (long long)(s / 86400), (long long)(s % 86400 / 3600));
    else snprintf(out, size, "%s%lldh %lldm", sign, (long long)(s / 3600), (long long)(s % 3600 / 60));
}

static void age_text(int64_t seconds, char *out, size_t size) {
    if (seconds < 3600) snprintf(out, size, "%lldm", (long long)(seconds / 60));
    else if (seconds < 86400) snprintf(out, size, "%lldh", (long long)(seconds / 3600));
    else snprintf(out, size, "%lldd", (long long)(seconds / 86400));
}

// MARK: - The queue

typedef struct {
    int64_t id, updated_at, next_due;
    int priority;
    char status[16], requester[96], assignee[48], subject[320];
} Row;

static Row *rows;
static int row_count, row_capacity, top, selected, total;
static const int PAGE = 50;
static const char *PRIORITIES[] = {"?", "low", "normal", "high", "urgent"};
static sqlite3_stmt *first_page, *next_page, *last_page, *count_statement;

static void add_rows(sqlite3_stmt *statement, int reversed) {
    int start = row_count;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        if (row_count == row_capacity) {
            row_capacity = row_capacity ? row_capacity * 2 : 64;
            rows = realloc(rows, sizeof(Row) * (size_t)row_capacity);
        }
        Row *row = &rows[row_count++];
        row->id = sqlite3_column_int64(statement, 0);
        snprintf(row->subject, sizeof row->subject, "%s", text(statement, 1));
        snprintf(row->status, sizeof row->status, "%s", text(statement, 2));
        row->priority = sqlite3_column_int(statement, 3);
        snprintf(row->requester, sizeof row->requester, "%s", text(statement, 7));
        snprintf(row->assignee, sizeof row->assignee, "%s", sqlite3_column_type(statement, 10) == SQLITE_NULL ? "—" : text(statement, 10));
        row->updated_at = sqlite3_column_int64(statement, 12);
        row->next_due = sqlite3_column_int64(statement, 13);
    }
    sqlite3_reset(statement);
    if (reversed)
        for (int i = start, j = row_count - 1; i < j; i++, j--) { Row swap = rows[i]; rows[i] = rows[j]; rows[j] = swap; }
}

static void load_first(void) {
    row_count = 0;
    begin();
    sqlite3_bind_int(first_page, 1, PAGE);
    add_rows(first_page, 0);
    commit();
    begin();
    if (sqlite3_step(count_statement) == SQLITE_ROW) total = sqlite3_column_int(count_statement, 0);
    sqlite3_reset(count_statement);
    commit();
}

static void load_last(void) {
    row_count = 0;
    begin();
    sqlite3_bind_int(last_page, 1, PAGE);
    add_rows(last_page, 1);
    commit();
}

// Keyset: the page after the last loaded row.
static void load_more(void) {
    if (row_count == 0) return;
    Row *last = &rows[row_count - 1];
    begin();
    sqlite3_bind_int64(next_page, 1, last->updated_at);
    sqlite3_bind_int64(next_page, 2, last->id);
    sqlite3_bind_int(next_page, 3, PAGE);
    add_rows(next_page, 0);
    commit();
}

// MARK: - The frame

enum { WIDTH = 120 };
static int screen_height, screen_width, queue_y, queue_height, bottom_y, bottom_height, detail_width;
static int64_t now;

static int visible_rows(void) { return queue_height - 3; }

static void draw_title(void) {
    char left[160];
    snprintf(left, sizeof left, " helpdesk │ All open · %d%s tickets", total > 10000 ? 10000 : total, total > 10000 ? "+" : "");
    const char *right = "root · tier 3 │ ● live ";
    int right_width = (int)mbstowcs(NULL, right, 0);
    put(0, 0, screen_width - right_width, left, PAIR_TITLE, A_BOLD);
    put(0, screen_width - right_width, right_width, right, PAIR_TITLE, 0);
}

static void draw_row(int index) {
    int y = queue_y + 2 + (index - top);
    if (index >= row_count) { put(y, 1, screen_width - 2, "", 0, 0); return; }
    Row *row = &rows[index];
    char sla[24], age[16], line[SCREEN_WIDTH_MAX];
    if (strcmp(row->status, "pending") == 0 || strcmp(row->status, "on-hold") == 0) snprintf(sla, sizeof sla, "paused");
    else duration_text(row->next_due - now, sla, sizeof sla);
    age_text(now - row->updated_at, age, sizeof age);
    int pair = index == selected ? PAIR_SELECTED : (row->priority >= 3 ? PAIR_HIGH : 0);
    attr_t attributes = index == selected ? A_BOLD : 0;
    int x = 1;
    snprintf(line, sizeof line, " %8lld ", (long long)row->id);
    x += put(y, x, 10, line, pair, attributes);
    x += put(y, x, 7, row->priority >= 1 && row->priority <= 4 ? PRIORITIES[row->priority] : "?", pair, attributes);
    x += put(y, x, 8, row->status, pair, attributes);
    x += put(y, x, 9, sla, pair, attributes);
    x += put(y, x, 17, row->requester, pair, attributes);
    x += put(y, x, 52, row->subject, pair, attributes);
    x += put(y, x, 10, row->assignee, pair, attributes);
    put(y, x, screen_width - 1 - x, age, pair, attributes);
}

static void draw_queue(void) {
    box_at(queue_y, 0, queue_height, screen_width, "All open", 1);
    put(queue_y + 1, 1, screen_width - 2,
        "       ID PRIO   STATUS  SLA      REQUESTER        SUBJECT                                             ASSIGNEE  UPD",
        PAIR_DIM, A_BOLD);
    for (int i = top; i < top + visible_rows(); i++) draw_row(i);
}

// Lines of the detail pane, built from the statements' rows, then drawn from `detail_scroll`.
enum { LINES_MAX = 400, LINE_BYTES = 400 };
static char detail_lines[LINES_MAX][LINE_BYTES];
static int detail_pairs[LINES_MAX];
static int detail_count;

static void detail_add(int pair, const char *format, ...) __attribute__((format(printf, 2, 3)));
static void detail_add(int pair, const char *format, ...) {
    if (detail_count == LINES_MAX) return;
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(detail_lines[detail_count], LINE_BYTES, format, arguments);
    va_end(arguments);
    detail_pairs[detail_count++] = pair;
}

// Word-wraps `body` into detail lines of at most `width` cells, indented by two.
static void detail_wrap(const char *body, int width) {
    static wchar_t wide[65536];
    size_t count = mbstowcs(wide, body, 65535);
    if (count == (size_t)-1) return;
    size_t start = 0;
    while (start < count && detail_count < LINES_MAX) {
        size_t end = start, last_space = 0;
        int used = 0;
        while (end < count && wide[end] != L'\n') {
            int w = wcwidth(wide[end]);
            if (w < 0) w = 1;
            if (used + w > width) break;
            if (wide[end] == L' ') last_space = end;
            used += w;
            end++;
        }
        if (end < count && wide[end] != L'\n' && last_space > start) end = last_space;
        wchar_t saved = wide[end];
        wide[end] = 0;
        char line[LINE_BYTES] = "  ";
        wcstombs(line + 2, wide + start, LINE_BYTES - 3);
        wide[end] = saved;
        detail_add(0, "%s", line);
        start = end + 1;
    }
}

// "── Conversation (3) ─────…" filling `width` cells.
static void rule(char *line, const char *name, int count, int width) {
    int used = snprintf(line, LINE_BYTES, "── %s (%d) ", name, count);
    int cells = (int)mbstowcs(NULL, line, 0);
    while (cells++ < width && used + 4 < LINE_BYTES) used += snprintf(line + used, (size_t)(LINE_BYTES - used), "─");
}

static sqlite3_stmt *ticket_statement, *requester_statement, *organization_statement, *assignee_statement, *tags_statement,
    *messages_statement, *outbox_statement, *attachments_statement, *events_statement, *links_statement,
    *subject_statement, *bodies_statement, *max_article_statement, *match_statement, *titles_statement, *article_bodies_statement;

static void load_detail(int64_t id) {
    char created[32], updated[32], due[32], left[32];
    detail_count = 0;
    begin();
    sqlite3_bind_int64(ticket_statement, 1, id);
    if (sqlite3_step(ticket_statement) != SQLITE_ROW) { sqlite3_reset(ticket_statement); commit(); return; }
    sqlite3_stmt *t = ticket_statement;
    int64_t requester = sqlite3_column_int64(t, column(t, "requester_id"));
    int has_assignee = sqlite3_column_type(t, column(t, "assignee_id")) != SQLITE_NULL;
    int64_t assignee = sqlite3_column_int64(t, column(t, "assignee_id"));
    int priority = sqlite3_column_int(t, column(t, "priority"));
    detail_add(PAIR_HEADING, "#%lld  %s", (long long)id, text(t, column(t, "subject")));
    detail_add(0, "Status %s   Priority %s   Tier %d", text(t, column(t, "status")),
               priority >= 1 && priority <= 4 ? PRIORITIES[priority] : "?", sqlite3_column_int(t, column(t, "tier")));
    char category[64], channel[32];
    snprintf(category, sizeof category, "%s", text(t, column(t, "category")));
    snprintf(channel, sizeof channel, "%s", text(t, column(t, "channel")));
    date_text(sqlite3_column_int64(t, column(t, "created_at")), created, sizeof created);
    date_text(sqlite3_column_int64(t, column(t, "updated_at")), updated, sizeof updated);
    int64_t first_due = sqlite3_column_int64(t, column(t, "first_response_due"));
    date_text(first_due, due, sizeof due);
    duration_text(first_due - now, left, sizeof left);
    sqlite3_reset(t);

    char tags[256] = "";
    sqlite3_bind_int64(tags_statement, 1, id);
    while (sqlite3_step(tags_statement) == SQLITE_ROW) {
        if (tags[0]) strncat(tags, ", ", sizeof tags - strlen(tags) - 1);
        strncat(tags, text(tags_statement, 0), sizeof tags - strlen(tags) - 1);
    }
    sqlite3_reset(tags_statement);
    detail_add(0, "Category %s   Channel %s   Tags %s", category, channel, tags[0] ? tags : "—");

    sqlite3_bind_int64(requester_statement, 1, requester);
    int64_t organization = 0;
    if (sqlite3_step(requester_statement) == SQLITE_ROW) {
        sqlite3_stmt *r = requester_statement;
        detail_add(0, "Requester %s <%s>", text(r, column(r, "name")), text(r, column(r, "email")));
        organization = sqlite3_column_int64(r, column(r, "organization_id"));
    }
    sqlite3_reset(requester_statement);
    sqlite3_bind_int64(organization_statement, 1, organization);
    if (organization && sqlite3_step(organization_statement) == SQLITE_ROW)
        detail_add(0, "Organization %s", text(organization_statement, 0));
    sqlite3_reset(organization_statement);
    if (has_assignee) {
        sqlite3_bind_int64(assignee_statement, 1, assignee);
        if (sqlite3_step(assignee_statement) == SQLITE_ROW)
            detail_add(0, "Assignee %s", text(assignee_statement, column(assignee_statement, "login")));
        sqlite3_reset(assignee_statement);
    } else {
        detail_add(0, "Assignee unassigned");
    }
    detail_add(0, "Created %s   Updated %s", created, updated);
    detail_add(0, "First reply due %s (%s)", due, left);
    detail_add(0, "%s", "");

    int inner = detail_width - 2;
    sqlite3_bind_int64(messages_statement, 1, id);
    int message_start = detail_count, messages = 0;
    detail_add(PAIR_HEADING, "%s", "");
    sqlite3_stmt *m = messages_statement;
    int body = column(m, "body"), author = column(m, "author_name"), by_agent = column(m, "by_agent"),
        internal = column(m, "internal"), at = column(m, "created_at");
    while (sqlite3_step(m) == SQLITE_ROW) {
        char when[32];
        date_text(sqlite3_column_int64(m, at), when, sizeof when);
        detail_add(PAIR_DIM, "  %s · %s · %s", text(m, author),
                   sqlite3_column_int(m, internal) ? "internal note" : sqlite3_column_int(m, by_agent) ? "agent" : "requester", when);
        detail_wrap(text(m, body), inner - 4);
        detail_add(0, "%s", "");
        messages++;
    }
    sqlite3_reset(m);
    rule(detail_lines[message_start], "Conversation", messages, inner - 1);

    sqlite3_bind_int64(outbox_statement, 1, id);
    while (sqlite3_step(outbox_statement) == SQLITE_ROW) {}
    sqlite3_reset(outbox_statement);
    sqlite3_bind_int64(attachments_statement, 1, id);
    while (sqlite3_step(attachments_statement) == SQLITE_ROW)
        detail_add(0, "  📎 %s", text(attachments_statement, 4));
    sqlite3_reset(attachments_statement);

    int history_start = detail_count, events = 0;
    detail_add(PAIR_HEADING, "%s", "");
    sqlite3_stmt *e = events_statement;
    int actor = column(e, "actor"), event_at = column(e, "at"), action = column(e, "action"), value = column(e, "new_value");
    while (sqlite3_step(e) == SQLITE_ROW) {
        char when[32];
        date_text(sqlite3_column_int64(e, event_at), when, sizeof when);
        detail_add(0, "%s  %s: %s %s", when, text(e, actor), text(e, action), text(e, value));
        events++;
    }
    sqlite3_reset(e);
    rule(detail_lines[history_start], "History", events, inner - 1);
    commit();

    begin();
    sqlite3_bind_int64(links_statement, 1, id);
    while (sqlite3_step(links_statement) == SQLITE_ROW) detail_add(0, "Linked article: %s", text(links_statement, column(links_statement, "title")));
    sqlite3_reset(links_statement);
    commit();
}

static void draw_detail(int64_t id) {
    char title[40];
    snprintf(title, sizeof title, "Ticket #%lld", (long long)id);
    box_at(bottom_y, 0, bottom_height, detail_width, title, 0);
    for (int line = 0; line < bottom_height - 2; line++)
        put(bottom_y + 1 + line, 2, detail_width - 3, line < detail_count ? detail_lines[line] : "", line < detail_count ? detail_pairs[line] : 0,
            line < detail_count && detail_pairs[line] == PAIR_HEADING ? A_BOLD : 0);
}

// MARK: - Knowledge-base suggestions: the TUI's statements, a simpler ranking

enum { TERMS_MAX = 10, CANDIDATES = 50, SHOWN = 5 };
static char kb_lines[2 * SHOWN + 1][LINE_BYTES];
static int kb_count;
static int *article_hits;
static int article_capacity;

static int is_stop_word(const char *word) {
    static const char *stop[] = {"this", "that", "with", "from", "have", "since", "when", "there", "their", "what", "your",
                                 "nicht", "eine", "einen", "bitte", "habe", "wird", "kann", "seit", "auch", "dass", NULL};
    for (int i = 0; stop[i]; i++) if (strcmp(stop[i], word) == 0) return 1;
    return 0;
}

// Words of three letters and more, lowercased and cut to eight bytes (a crude stem), each once.
static int extract_terms(const char *source, char terms[][16], int count) {
    const unsigned char *p = (const unsigned char *)source;
    while (*p && count < TERMS_MAX) {
        while (*p && !(((*p | 32) >= 'a' && (*p | 32) <= 'z') || *p >= 0x80)) p++;
        char word[64];
        int n = 0;
        while (*p && (((*p | 32) >= 'a' && (*p | 32) <= 'z') || *p >= 0x80)) {
            if (n < 63) word[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p | 32 : *p);
            p++;
        }
        word[n] = 0;
        if (n < 3 || is_stop_word(word)) continue;
        if (n > 8) word[8] = 0;
        int seen = 0;
        for (int i = 0; i < count; i++) if (strcmp(terms[i], word) == 0) seen = 1;
        if (!seen) snprintf(terms[count++], 16, "%s", word);
    }
    return count;
}

static void load_suggestions(int64_t id) {
    char terms[TERMS_MAX][16];
    int term_count = 0;
    kb_count = 0;
    begin();
    sqlite3_bind_int64(subject_statement, 1, id);
    if (sqlite3_step(subject_statement) == SQLITE_ROW) term_count = extract_terms(text(subject_statement, 0), terms, term_count);
    sqlite3_reset(subject_statement);
    sqlite3_bind_int64(bodies_statement, 1, id);
    while (sqlite3_step(bodies_statement) == SQLITE_ROW) term_count = extract_terms(text(bodies_statement, 0), terms, term_count);
    sqlite3_reset(bodies_statement);
    commit();

    begin();
    int max_id = 0;
    if (sqlite3_step(max_article_statement) == SQLITE_ROW) max_id = sqlite3_column_int(max_article_statement, 0);
    sqlite3_reset(max_article_statement);
    if (max_id + 1 > article_capacity) {
        article_capacity = max_id + 1;
        article_hits = realloc(article_hits, sizeof(int) * (size_t)article_capacity);
    }
    memset(article_hits, 0, sizeof(int) * (size_t)article_capacity);
    for (int i = 0; i < term_count; i++) {
        char match[40];
        snprintf(match, sizeof match, "\"%s\"*", terms[i]);
        sqlite3_bind_text(match_statement, 1, match, -1, SQLITE_TRANSIENT);
        // A rare term weighs more than a common one.
        int64_t matched[500];
        int n = 0;
        while (sqlite3_step(match_statement) == SQLITE_ROW && n < 500) matched[n++] = sqlite3_column_int64(match_statement, 0);
        sqlite3_reset(match_statement);
        for (int k = 0; k < n; k++)
            if (matched[k] > 0 && matched[k] <= max_id) article_hits[matched[k]] += 1 + 500 / n;
    }
    // The 50 best candidates (most matching terms, lower id first), titles for all, bodies for 5.
    int best[CANDIDATES], found = 0;
    for (int article = 1; article <= max_id; article++) {
        if (!article_hits[article]) continue;
        int at = found < CANDIDATES ? found++ : CANDIDATES;
        while (at > 0 && article_hits[best[at - 1]] < article_hits[article]) {
            if (at < CANDIDATES) best[at] = best[at - 1];
            at--;
        }
        if (at < CANDIDATES) best[at] = article;
    }
    if (found > 0) {
        char sql[1024] = "SELECT id, title, tags FROM kb_articles WHERE id IN (";
        for (int i = 0; i < found; i++) snprintf(sql + strlen(sql), sizeof sql - strlen(sql), "%s%d", i ? "," : "", best[i]);
        strcat(sql, ")");
        // The TUI's IN lists vary with the candidates, so it prepares them each time too.
        sqlite3_stmt *titles;
        if (sqlite3_prepare_v2(db, sql, -1, &titles, NULL) != SQLITE_OK) die(sql);
        char title_of[CANDIDATES][200];
        int64_t id_of[CANDIDATES];
        int n = 0;
        while (sqlite3_step(titles) == SQLITE_ROW && n < CANDIDATES) {
            id_of[n] = sqlite3_column_int64(titles, 0);
            snprintf(title_of[n++], 200, "%s", text(titles, 1));
        }
        sqlite3_finalize(titles);
        char body_sql[256] = "SELECT id, body FROM kb_articles WHERE id IN (";
        int shown = found < SHOWN ? found : SHOWN;
        for (int i = 0; i < shown; i++) snprintf(body_sql + strlen(body_sql), sizeof body_sql - strlen(body_sql), "%s%d", i ? "," : "", best[i]);
        strcat(body_sql, ")");
        sqlite3_stmt *bodies;
        if (sqlite3_prepare_v2(db, body_sql, -1, &bodies, NULL) != SQLITE_OK) die(body_sql);
        snprintf(kb_lines[kb_count++], LINE_BYTES, "Suggested for #%lld", (long long)id);
        while (sqlite3_step(bodies) == SQLITE_ROW && kb_count < 2 * SHOWN + 1) {
            int64_t article = sqlite3_column_int64(bodies, 0);
            const char *title = "";
            for (int i = 0; i < n; i++) if (id_of[i] == article) title = title_of[i];
            snprintf(kb_lines[kb_count++], LINE_BYTES, "#%lld %s", (long long)article, title);
            char snippet[LINE_BYTES] = "  ";
            snprintf(snippet + 2, LINE_BYTES - 2, "%.*s", LINE_BYTES - 3, text(bodies, 1));
            for (char *c = snippet; *c; c++) if (*c == '\n') *c = ' ';
            snprintf(kb_lines[kb_count++], LINE_BYTES, "%s", snippet);
        }
        sqlite3_finalize(bodies);
    } else {
        snprintf(kb_lines[kb_count++], LINE_BYTES, "No suggestions for #%lld", (long long)id);
    }
    commit();
}

static void draw_kb(void) {
    int x = detail_width, width = screen_width - detail_width;
    box_at(bottom_y, x, bottom_height, width, "Knowledge base", 0);
    for (int line = 0; line < bottom_height - 2; line++)
        put(bottom_y + 1 + line, x + 2, width - 3, line < kb_count ? kb_lines[line] : "", line == 0 ? PAIR_DIM : 0,
            line > 0 && line < kb_count && line % 2 == 1 ? A_BOLD : 0);
}

static void draw_status(void) {
    put(screen_height - 1, 0, screen_width,
        " ? help  / filter  1-9 views  t take  a assign  s status  e escalate  r reply  m macro  space mark  tab pane  u undo",
        PAIR_DIM, 0);
}

static void show_selected(void) {
    if (row_count == 0) return;
    int64_t id = rows[selected].id;
    load_detail(id);
    load_suggestions(id);
    draw_detail(id);
    draw_kb();
}

// MARK: - Main loop

// Moves the selection by `delta` rows; a page (`scrolls`) moves the rows on screen by as much.
static void move_by(int delta, int scrolls) {
    int index = selected + delta;
    if (index < 0) index = 0;
    while (index >= row_count) {
        int before = row_count;
        load_more();
        if (row_count == before) { index = row_count - 1; break; }
    }
    if (index < 0 || index == selected) return;
    int old = selected, old_top = top;
    selected = index;
    if (scrolls) top += delta;
    if (top > row_count - visible_rows()) top = row_count - visible_rows();
    if (top < 0) top = 0;
    if (selected < top) top = selected;
    if (selected >= top + visible_rows()) top = selected - visible_rows() + 1;
    if (top != old_top) {
        for (int i = top; i < top + visible_rows(); i++) draw_row(i);
    } else {
        draw_row(old);
        draw_row(selected);
    }
    show_selected();
}

static void jump(int to_end) {
    if (to_end) load_last(); else load_first();
    selected = to_end && row_count > 0 ? row_count - 1 : 0;
    top = to_end && row_count > visible_rows() ? row_count - visible_rows() : 0;
    draw_title();
    draw_queue();
    show_selected();
}

int main(int argc, char **argv) {
    const char *path = NULL;
    int exit_after_first_frame = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) path = argv[++i];
        else if (strcmp(argv[i], "--exit-after-first-frame") == 0) exit_after_first_frame = 1;
        else { fprintf(stderr, "usage: helpdesk-limit --db PATH [--exit-after-first-frame]\n"); return 2; }
    }
    if (!path) { fprintf(stderr, "usage: helpdesk-limit --db PATH [--exit-after-first-frame]\n"); return 2; }
    setlocale(LC_ALL, "");
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) die("cannot open the database");
    sqlite3_busy_timeout(db, 10000);
    sqlite3_exec(db, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL);
    now = (int64_t)time(NULL);

    // What the TUI reads before its first frame: who is using it, a setting, the saved views.
    sqlite3_stmt *agent = prepare(SQL_AGENT), *setting = prepare(SQL_SETTING), *views = prepare(SQL_VIEWS);
    const char *login = getenv("USER") ? getenv("USER") : "root";
    int64_t agent_id = 0;
    begin();
    sqlite3_bind_text(agent, 1, login, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(agent) == SQLITE_ROW) agent_id = sqlite3_column_int64(agent, 0);
    commit();
    begin();
    while (sqlite3_step(setting) == SQLITE_ROW) {}
    commit();
    begin();
    sqlite3_bind_int64(views, 1, agent_id);
    while (sqlite3_step(views) == SQLITE_ROW) {}
    commit();

    first_page = prepare(SQL_FIRST_PAGE);
    next_page = prepare(SQL_NEXT_PAGE);
    last_page = prepare(SQL_LAST_PAGE);
    count_statement = prepare(SQL_COUNT);
    ticket_statement = prepare(SQL_TICKET);
    requester_statement = prepare(SQL_REQUESTER);
    organization_statement = prepare(SQL_ORGANIZATION);
    assignee_statement = prepare(SQL_ASSIGNEE);
    tags_statement = prepare(SQL_TAGS);
    messages_statement = prepare(SQL_MESSAGES);
    outbox_statement = prepare(SQL_OUTBOX);
    attachments_statement = prepare(SQL_ATTACHMENTS);
    events_statement = prepare(SQL_EVENTS);
    links_statement = prepare(SQL_LINKS);
    subject_statement = prepare(SQL_SUBJECT);
    bodies_statement = prepare(SQL_BODIES);
    max_article_statement = prepare(SQL_MAX_ARTICLE);
    match_statement = prepare(SQL_MATCH);

    initscr();
    raw();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    if (has_colors()) {
        start_color();
        use_default_colors();
        init_pair(PAIR_BORDER, 244, -1);
        init_pair(PAIR_SELECTED, 231, 24);
        init_pair(PAIR_TITLE, 231, 236);
        init_pair(PAIR_DIM, 246, -1);
        init_pair(PAIR_HEADING, 39, -1);
        init_pair(PAIR_HIGH, 214, -1);
    }
    getmaxyx(stdscr, screen_height, screen_width);
    if (screen_width > SCREEN_WIDTH_MAX - 1) screen_width = SCREEN_WIDTH_MAX - 1;
    // App/Layout.swift's stacked layout: the queue 45 % of the body, detail 60 % of the rest's width.
    int body = screen_height - 2;
    queue_y = 1;
    queue_height = (int)(body * 0.45 + 0.5);
    bottom_y = queue_y + queue_height;
    bottom_height = body - queue_height;
    detail_width = (int)(screen_width * 0.6 + 0.5);

    load_first();
    draw_title();
    draw_queue();
    show_selected();
    draw_status();
    refresh();
    if (exit_after_first_frame) { endwin(); return 0; }

    for (;;) {
        int key = getch();
        if (key == 'q' || key == ERR) break;
        switch (key) {
        case 'j': case KEY_DOWN: move_by(1, 0); break;
        case 'k': case KEY_UP: move_by(-1, 0); break;
        case 6: case KEY_NPAGE: move_by(visible_rows(), 1); break;
        case 2: case KEY_PPAGE: move_by(-visible_rows(), 1); break;
        case 'G': case KEY_END: jump(1); break;
        case 'g': case KEY_HOME: case '6': jump(0); break;
        default: break;
        }
        refresh();
    }
    endwin();
    sqlite3_close(db);
    return 0;
}
