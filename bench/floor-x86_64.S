/* The floor the benchmark measures rawecho against: the least a program
   that prints "hello" can do on x86_64 Linux.  No libc, no start-up code:
   one write(2) and one exit_group(2) straight from the entry point.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

	.text
	.globl	_start
_start:
	movl	$1, %eax		/* write (1, hello, 6) */
	movl	$1, %edi
	leaq	hello(%rip), %rsi
	movl	$6, %edx
	syscall
	movl	$231, %eax		/* exit_group (0) */
	xorl	%edi, %edi
	syscall

	.section .rodata
hello:
	.ascii	"hello\n"

	.section .note.GNU-stack, "", @progbits
