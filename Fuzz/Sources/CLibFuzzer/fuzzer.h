#ifndef INGESTLINT_CLIBFUZZER_H
#define INGESTLINT_CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver entry point (compiler-rt's FuzzerInterface.h). It is linked in only when the
// fuzz targets are built with -sanitize=fuzzer (Fuzz/run.sh); the Swift side calls it under
// #if FUZZING, so an ordinary build never references it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
