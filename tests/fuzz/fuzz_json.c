/*
 * Fuzz target: the record scanner and the member writer.  Whatever line
 * the scanner accepts, replacing a member must leave every other member
 * byte-identical and scan again; decoding every string must not fail.
 * The first input byte picks the key to replace (a mode flag, as cJSON's
 * fuzzer uses its first bytes).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "json.h"
#include "rec.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const keys[] = { "ents", "text", "a", "" };
	struct json_obj o, o2;
	struct json_err err;
	struct buf out, dec;
	const char *key, *line;
	size_t i, j, len;

	if (size == 0)
		return 0;
	key = keys[data[0] % 4];
	line = (const char *)data + 1;
	len = size - 1;
	json_obj_init(&o);
	json_obj_init(&o2);
	buf_init(&out);
	buf_init(&dec);
	if (json_scan_object(line, len, &o, &err) == 0) {
		for (i = 0; i < o.n; i++) {
			if (o.m[i].type == JSON_STRING) {
				buf_clear(&dec);
				json_decode_string(line + o.m[i].val_off,
				    o.m[i].val_len, &dec);
			}
		}
		{
			/* A copy, so reading past the line would be caught. */
			char *copy = malloc(len + 1);

			memcpy(copy, line, len);
			rec_put_member(&out, copy, len, &o, key, "[1]", 3);
			if (json_scan_object(out.data, out.len, &o2, &err) != 0)
				abort();
			/* Every member but key survives byte for byte, in order. */
			for (i = 0, j = 0; i < o.n; i++) {
				if (json_key_is(copy, &o.m[i], key))
					continue;
				while (j < o2.n && json_key_is(out.data, &o2.m[j], key))
					j++;
				if (j >= o2.n || o.m[i].val_len != o2.m[j].val_len ||
				    memcmp(copy + o.m[i].val_off,
				    out.data + o2.m[j].val_off, o.m[i].val_len) != 0)
					abort();
				j++;
			}
			if (json_find(out.data, &o2, key) == NULL)
				abort();
			free(copy);
		}
	} else if (err.off > len || err.msg == NULL)
		abort();
	json_obj_free(&o);
	json_obj_free(&o2);
	buf_free(&out);
	buf_free(&dec);
	return 0;
}
