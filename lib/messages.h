/* rawecho's own texts: --help, --version and the write-error line.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#ifndef RAWECHO_MESSAGES_H
#define RAWECHO_MESSAGES_H

#include <stdbool.h>
#include "outbuf.h"

/* All three are rarely run: cold, GCC optimises them for size.  */

/* PROG is the name the program was invoked as.  XPG_DEFAULT says whether
   this build interprets escapes by default.  */
__attribute__ ((cold))
int put_help (struct outbuf *ob, const char *prog, bool xpg_default);

/* VERSION is the package version, BACKEND how output leaves the program.  */
__attribute__ ((cold))
int put_version (struct outbuf *ob, const char *version, const char *backend);

/* "PROG: write error: TEXT\n", as GNU echo words it.  */
__attribute__ ((cold))
int put_write_error (struct outbuf *ob, const char *prog, const char *text);

#endif
