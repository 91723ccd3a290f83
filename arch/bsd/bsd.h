/* FreeBSD, NetBSD and macOS: picks the ABI's header; what they share.
   Their kernels report failure with the carry flag set and a positive
   errno; the headers turn that into -errno like Linux.  Only libc
   promises an ABI on these systems, so rawecho keeps libc start-up
   there and makes only its write path of its own.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#ifdef RAWECHO_FREESTANDING
# error "the BSDs and macOS need libc start-up"
#endif

#if defined __x86_64__
# include "bsd/x86_64.h"
#elif defined __aarch64__ && (defined __FreeBSD__ || defined __APPLE__)
# include "bsd/aarch64.h"
#else
# error "no BSD system call header for this ABI"
#endif

#include "bsd/errno.h"

/* exit ends the whole process; there is no exit_group.  */
#define RAW_NR_EXIT SYS_exit
#define RAW_NR_WAIT SYS_poll
#define RAW_WAIT_FOREVER (-1)
