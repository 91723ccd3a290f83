## make bench: start-up and bulk-output benchmark.
