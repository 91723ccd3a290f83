#!/bin/sh
# Stands in for the runner of a cross build that found no emulator: the
# host's programs cannot run here, so their tests SKIP and say why.
echo "SKIP: ${1##*/}: $RAWECHO_CANNOT_RUN"
exit 77
