#!/bin/sh
# time-limit.sh SECONDS COMMAND...: runs a test, ending it and whatever
# it started once it has run for SECONDS, so that a test that hangs
# fails, saying so, instead of stopping the whole suite.  Without
# timeout(1) the test runs without a limit.
limit=$1
shift
command -v timeout > /dev/null 2>&1 || exec "$@"
timeout -k 10 "$limit" "$@"
status=$?
case $status in
  124|137)
    echo "time-limit.sh: $* ran past its time limit of $limit s" \
         "(TEST_TIME_LIMIT) and was ended" >&2
    exit 1 ;;
esac
exit $status
