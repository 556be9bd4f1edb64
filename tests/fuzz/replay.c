/*
 * A plain main() for the fuzz targets, so that any compiler can replay the
 * kept corpus (make check) without libFuzzer: each argument is a file
 * handed once to LLVMFuzzerTestOneInput().  A crash or sanitizer report
 * fails the run.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
main(int argc, char *argv[])
{
	int i, status = 0;

	for (i = 1; i < argc; i++) {
		FILE *fp = fopen(argv[i], "rb");
		uint8_t *data = NULL;
		size_t len = 0, cap = 0, n;

		if (fp == NULL) {
			perror(argv[i]);
			status = 2;
			continue;
		}
		do {
			if (cap - len < 4096) {
				cap = cap ? cap * 2 : 8192;
				if ((data = realloc(data, cap)) == NULL) {
					perror("replay");
					return 2;
				}
			}
			n = fread(data + len, 1, cap - len, fp);
			len += n;
		} while (n > 0);
		fclose(fp);
		LLVMFuzzerTestOneInput(data, len);
		free(data);
	}
	return status;
}
