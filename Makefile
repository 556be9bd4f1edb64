# lede: POSIX make (checked with GNU make).  `make help` lists the targets.
.POSIX:
.SUFFIXES:
.SUFFIXES: .c .o .txt

VERSION   = 0.1.0
PREFIX    = /usr/local
MANPREFIX = $(PREFIX)/share/man
CC        = cc
WARN      = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wwrite-strings -Wundef -Wvla
CFLAGS    = -std=c11 -O2 -g $(WARN) $(WERROR)
CPPFLAGS  = -D_POSIX_C_SOURCE=200809L -Ilib -DVERSION=\"$(VERSION)\" $(TESTSIZES)
LDFLAGS   =
LDLIBS    = -lm
# Where the development corpora and scorers are (absent in a user's clone).
SHARED    = ../shared
# Check's flags; tests only.
CHECK_CFLAGS = `pkg-config --cflags check`
CHECK_LIBS   = `pkg-config --libs check`

# One entry per line, each ending in " \"; add new ones before $(EMPTY).
HDR = \
	lib/buf.h \
	lib/err.h \
	lib/facts.h \
	lib/json.h \
	lib/lex.h \
	lib/mem.h \
	lib/ner.h \
	lib/opt.h \
	lib/quote.h \
	lib/rec.h \
	lib/score.h \
	lib/show.h \
	lib/split.h \
	lib/timex.h \
	lib/tok.h \
	lib/utf8.h \
	$(EMPTY)

LIBOBJ = \
	lib/buf.o \
	lib/err.o \
	lib/facts.o \
	lib/json.o \
	lib/lex.o \
	lib/mem.o \
	lib/ner.o \
	lib/opt.o \
	lib/quote.o \
	lib/rec.o \
	lib/score.o \
	lib/show.o \
	lib/split.o \
	lib/timex.o \
	lib/tok.o \
	lib/utf8.o \
	$(EMPTY)

# Data files embedded into the binaries (lib/data/NAME.txt -> data_NAME[]).
DATAOBJ = \
	lib/data/cues.o \
	lib/data/quote_cues_verbs.o \
	lib/data/facts_lead.o \
	lib/data/facts_orgheads.o \
	lib/data/facts_titles.o \
	lib/data/abbrev.o \
	lib/data/abbrev_cs.o \
	lib/data/ner_gaz.o \
	lib/data/ner_model.o \
	lib/data/ner_regions.o \
	lib/data/ner_orgs.o \
	lib/data/ner_titles.o \
	lib/data/quote_given.o \
	lib/data/quote_places.o \
	lib/data/quote_words.o \
	lib/data/split_words.o \
	lib/data/timex_dayparts.o \
	lib/data/timex_holidays.o \
	lib/data/timex_mods.o \
	lib/data/timex_months.o \
	lib/data/timex_numbers.o \
	lib/data/timex_refs.o \
	lib/data/timex_seasons.o \
	lib/data/timex_tense.o \
	lib/data/timex_units.o \
	lib/data/timex_weekdays.o \
	lib/data/timex_zones.o \
	$(EMPTY)

TOOLS = \
	bin/lede-dates \
	bin/lede-ents \
	bin/lede-facts \
	bin/lede-quotes \
	bin/lede-score \
	bin/lede-show \
	bin/lede-split \
	bin/lede-train \
	$(EMPTY)

# Check suites, one per lib module (tests/unit/check_MOD.c).
UNIT = \
	tests/unit/check_facts \
	tests/unit/check_json \
	tests/unit/check_ner \
	tests/unit/check_quote \
	tests/unit/check_rec \
	tests/unit/check_score \
	tests/unit/check_split \
	tests/unit/check_timex \
	tests/unit/check_tok \
	tests/unit/check_utf8 \
	$(EMPTY)

MAN = \
	tools/lede-dates.1 \
	tools/lede-ents.1 \
	tools/lede-facts.1 \
	tools/lede-quotes.1 \
	tools/lede-score.1 \
	tools/lede-show.1 \
	tools/lede-split.1 \
	tools/lede-train.1 \
	$(EMPTY)

# Fuzz targets (tests/fuzz/fuzz_NAME.c), each a libFuzzer entry point.
FUZZ = \
	tests/fuzz/fuzz_json \
	tests/fuzz/fuzz_split \
	tests/fuzz/fuzz_utf8 \
	tests/fuzz/fuzz_timex \
	tests/fuzz/fuzz_ner \
	tests/fuzz/fuzz_quote \
	tests/fuzz/fuzz_model \
	tests/fuzz/fuzz_facts \
	$(EMPTY)

FUZZ_SECONDS = 60

all: $(TOOLS)

.c.o:
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

.txt.c:
	sh lib/data/embed.sh $< > $@

$(LIBOBJ) $(DATAOBJ) $(TOOLS:bin/%=tools/%.o): $(HDR)

lib/liblede.a: $(LIBOBJ) $(DATAOBJ)
	rm -f $@
	$(AR) -rc $@ $(LIBOBJ) $(DATAOBJ)

# Tools: one rule each.
bin/lede-dates: tools/lede-dates.o lib/liblede.a
	mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ tools/lede-dates.o lib/liblede.a $(LDLIBS)

bin/lede-ents: tools/lede-ents.o lib/liblede.a
	mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ tools/lede-ents.o lib/liblede.a $(LDLIBS)

bin/lede-quotes: tools/lede-quotes.o lib/liblede.a
	mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ tools/lede-quotes.o lib/liblede.a $(LDLIBS)

bin/lede-train: tools/lede-train.o lib/liblede.a
	mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ tools/lede-train.o lib/liblede.a $(LDLIBS)

bin/lede-facts: tools/lede-facts.o lib/liblede.a
	mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ tools/lede-facts.o lib/liblede.a $(LDLIBS)

bin/lede-split: tools/lede-split.o lib/liblede.a
	mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ tools/lede-split.o lib/liblede.a $(LDLIBS)

bin/lede-score: tools/lede-score.o lib/liblede.a
	mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ tools/lede-score.o lib/liblede.a $(LDLIBS)

bin/lede-show: tools/lede-show.o lib/liblede.a
	mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ tools/lede-show.o lib/liblede.a $(LDLIBS)

# The bundled article's lede-show page as a PNG, by headless Chromium;
# skipped (status 0) when Chromium is not installed.
show-png: all
	if command -v chromium >/dev/null 2>&1; then \
	    bin/lede-split --dct 2020-10-21 examples/rferl-2020-10-21.txt | \
	    bin/lede-ents | bin/lede-dates | bin/lede-quotes >bin/show.jsonl && \
	    bin/lede-facts <bin/show.jsonl >bin/show.facts.jsonl && \
	    cat bin/show.jsonl bin/show.facts.jsonl | bin/lede-show >bin/show.html && \
	    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
	    --window-size=1280,1800 --screenshot="$$(pwd)/bin/show.png" \
	    "file://$$(pwd)/bin/show.html" && ls -l bin/show.png; \
	else echo "show-png: chromium is not installed, skipped"; fi

# Tests.  `make check` runs everything twice: as built, then built again
# with AddressSanitizer and UndefinedBehaviorSanitizer (tests/check.sh).
units: $(UNIT) $(FUZZ:tests/fuzz/%=tests/fuzz/replay_%)

# Each suite is rebuilt when its own source changes: the suffix rule
# ".c:" builds tests/unit/check_X from tests/unit/check_X.c.
$(UNIT): lib/liblede.a $(HDR)

.c:
	$(CC) $(CPPFLAGS) $(CFLAGS) $(CHECK_CFLAGS) -o $@ $< lib/liblede.a \
	    $(CHECK_LIBS) $(LDLIBS)

# The replay drivers run a fuzz target over its kept corpus with any compiler.
$(FUZZ:tests/fuzz/%=tests/fuzz/replay_%): lib/liblede.a tests/fuzz/replay.c $(HDR)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ tests/fuzz/replay.c \
	    $(@:tests/fuzz/replay_%=tests/fuzz/%.c) lib/liblede.a $(LDLIBS)

check: all units
	SHARED="$(SHARED)" sh tests/check.sh

# One pass only, as built (what tests/check.sh runs twice).
check-once: all units
	SHARED="$(SHARED)" sh tests/run.sh

fuzz: lib/liblede.a
	SHARED="$(SHARED)" FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz/run.sh $(FUZZ)

# The golden cases with every program under valgrind (tests/valgrind.sh).
valgrind: all
	SHARED="$(SHARED)" VALGRIND_CASES="$(VALGRIND_CASES)" sh tests/valgrind.sh

# Peak memory and time per MB on constructed worst cases (tests/stress.sh).
stress: all bin/peak
	sh tests/stress.sh

bench: all bin/peak
	SHARED="$(SHARED)" python3 tests/bench.py

# The peers make bench compares with: npm packages into bin/peers (pinned
# in tests/peers/package.json); Debian's python3-nltk and python3-dateparser
# are installed by apt.
peers:
	mkdir -p bin/peers
	cp tests/peers/package.json bin/peers/
	npm install --prefix bin/peers --no-audit --no-fund
	@echo "peers: also apt-get install python3-nltk python3-dateparser"

bin/peak: tests/peak.c
	mkdir -p bin
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ tests/peak.c

demo: all
	sh examples/demo.sh

# The embedded entity model: always the same command and seed, so the
# file in lib/data/ is exactly what this wrote (make check compares the
# two, writing MODEL_OUT elsewhere, when $(SHARED) is there).
MODEL_OUT = lib/data/ner_model.txt
model: bin/lede-train
	bin/lede-train -q -e 10 -c 1 -p 0.5 -r 3 -s 1 -o $(MODEL_OUT) \
	    $(SHARED)/corpora/ner/eng.train

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1
	cp $(TOOLS) $(DESTDIR)$(PREFIX)/bin/
	cd $(DESTDIR)$(PREFIX)/bin && chmod 755 $(TOOLS:bin/%=%)
	cp $(MAN) $(DESTDIR)$(MANPREFIX)/man1/
	cd $(DESTDIR)$(MANPREFIX)/man1 && chmod 644 $(MAN:tools/%=%)

uninstall:
	cd $(DESTDIR)$(PREFIX)/bin && rm -f $(TOOLS:bin/%=%)
	cd $(DESTDIR)$(MANPREFIX)/man1 && rm -f $(MAN:tools/%=%)

clean:
	rm -rf bin
	rm -f lib/*.o lib/data/*.o lib/data/*.c tools/*.o lib/liblede.a
	rm -f $(UNIT) $(FUZZ:tests/fuzz/%=tests/fuzz/replay_%) $(FUZZ)

help:
	@echo "make            build every program into bin/"
	@echo "make check      unit, golden, example and fuzz-replay tests, then"
	@echo "                all again under ASan and UBSan; ends 'N passed, N failed'"
	@echo "make demo       run the whole pipeline on the bundled article"
	@echo "make bench      throughput (MB/s, tokens/s) and peak memory; beside peers"
	@echo "make peers      install the peers bench compares with into bin/peers (npm)"
	@echo "make fuzz       run each libFuzzer target FUZZ_SECONDS (clang)"
	@echo "make valgrind   the golden tests with every program under valgrind;"
	@echo "                VALGRIND_CASES=dirs runs only those"
	@echo "make stress     peak memory (1 GB vs 10 MB) and time per MB of worst cases"
	@echo "make model      retrain lib/data/ner_model.txt from ../shared"
	@echo "make show-png   render the article page with headless Chromium (bin/show.png)"
	@echo "make install    copy programs and man pages under DESTDIR/PREFIX"
	@echo "make uninstall  remove them again"
	@echo "make clean      remove everything make built"

.PHONY: all units check check-once fuzz valgrind stress bench peers demo model show-png install uninstall clean help
