/* The ncursesw surface promoflow uses, with wide-character calls visible and the macros and
   globals Swift cannot import wrapped as functions. */
#ifndef PROMOFLOW_CNCURSESW_SHIM_H
#define PROMOFLOW_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

static inline WINDOW *pf_stdscr(void) { return stdscr; }
static inline int pf_lines(void) { return LINES; }
static inline int pf_cols(void) { return COLS; }

static inline attr_t pf_a_bold(void) { return A_BOLD; }
static inline attr_t pf_a_dim(void) { return A_DIM; }
static inline attr_t pf_a_reverse(void) { return A_REVERSE; }
static inline attr_t pf_a_underline(void) { return A_UNDERLINE; }

static inline mmask_t pf_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t pf_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t pf_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t pf_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t pf_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t pf_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t pf_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t pf_button_shift(void) { return BUTTON_SHIFT; }

/* Draws one character (a grapheme of up to a few code points) with attributes and a colour pair. */
static inline int pf_put(int y, int x, const wchar_t *text, attr_t attributes, short pair) {
  cchar_t cell;
  if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
  return mvadd_wch(y, x, &cell);
}

/* Reads what is at (y, x): the characters (into text, up to size) and the attributes. */
static inline int pf_read(int y, int x, wchar_t *text, int size, attr_t *attributes, short *pair) {
  cchar_t cell;
  if (mvin_wch(y, x, &cell) != OK) return ERR;
  wchar_t buffer[CCHARW_MAX + 1];
  if (getcchar(&cell, buffer, attributes, pair, NULL) == ERR) return ERR;
  int index = 0;
  for (; index < size - 1 && buffer[index] != 0; index++) text[index] = buffer[index];
  text[index] = 0;
  return OK;
}

/* The key code ncurses gives a terminfo extended key (kUP, kLFT3, ...), or 0. */
static inline int pf_key_code(const char *capability) {
  char *sequence = tigetstr((char *)capability);
  if (sequence == NULL || sequence == (char *)-1) return 0;
  int code = key_defined(sequence);
  return code > 0 ? code : 0;
}

static inline int pf_wcwidth(wchar_t character) { return wcwidth(character); }

#endif
