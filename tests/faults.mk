## Fault-injection tests, fuzzing and analysers.
