#pragma once
// ncursesw for Swift. The wide-character API needs these two defines before the header (they are
// not passed by SwiftPM, and pkg-config's flags are dropped). Macros with arguments or casts and
// ncurses' global variables do not import into Swift 6 (macros) or are rejected as shared mutable
// state (globals), so each one used is wrapped in a `static inline` function named `hd_…`.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <termios.h>
#include <ncursesw/ncurses.h>

// MARK: - Globals

static inline WINDOW *hd_stdscr(void) { return stdscr; }
static inline WINDOW *hd_curscr(void) { return curscr; }
static inline int hd_lines(void) { return LINES; }
static inline int hd_cols(void) { return COLS; }
static inline int hd_colors(void) { return COLORS; }
static inline int hd_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *hd_stdin(void) { return stdin; }
static inline FILE *hd_stdout(void) { return stdout; }

// MARK: - Macros

static inline void hd_getmaxyx(WINDOW *win, int *y, int *x) {
    int rows, cols;
    getmaxyx(win, rows, cols);
    *y = rows;
    *x = cols;
}

static inline int hd_err(void) { return ERR; }
static inline int hd_ok(void) { return OK; }
static inline int hd_key_code_yes(void) { return KEY_CODE_YES; }
static inline int hd_key_f(int n) { return KEY_F(n); }
static inline int hd_ccharw_max(void) { return CCHARW_MAX; }

static inline attr_t hd_a_normal(void) { return A_NORMAL; }
static inline attr_t hd_a_bold(void) { return A_BOLD; }
static inline attr_t hd_a_dim(void) { return A_DIM; }
static inline attr_t hd_a_italic(void) { return A_ITALIC; }
static inline attr_t hd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t hd_a_reverse(void) { return A_REVERSE; }

/// Fills a cchar_t from a NUL-terminated wide string with attributes and an extended colour
/// pair (pairs above 32767 go through the `opts` pointer, as ncurses 6.1+ allows).
static inline int hd_setcchar(cchar_t *cell, const wchar_t *text, attr_t attrs, int pair) {
    return setcchar(cell, text, attrs, 0, &pair);
}

// MARK: - Mouse

/// Reports left presses and the wheel (buttons 4 and 5); no click-detection delay.
static inline void hd_mouse_on(void) {
    mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
}
static inline int hd_key_mouse(void) { return KEY_MOUSE; }
/// The pending mouse event: 1 = left press, 4 = wheel up, 5 = wheel down, 0 = something else;
/// -1 when there is none.
static inline int hd_get_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_PRESSED) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 4;
    if (event.bstate & BUTTON5_PRESSED) return 5;
    return 0;
}
