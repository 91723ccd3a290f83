#!/bin/sh
# Stands in for the runner of a cross build whose compiled tests cannot
# run here (no emulator, or one that cannot run libc programs): their
# tests SKIP and say why.
echo "SKIP: ${1##*/}: $RAWECHO_CANNOT_RUN"
exit 77
