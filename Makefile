# Waymark: one non-recursive GNU Makefile.
#   make            build build/waymark
#   make run        set up what is missing, build, and start Waymark
#   make test       set up, build, and run every test suite
#   make asan       the same tests, built with AddressSanitizer + UBSan
#   make check      project rules that grep can check (scripts/codecheck)
#   make fuzz       libFuzzer targets (tests/fuzz) in build-fuzz/, with clang
#   make fuzz-smoke each fuzz target for a few seconds (part of make test)
#   make valgrind   the CLI tests with the binary under valgrind
#   make bench      benchmarks, printed as ratios against baselines
#   make install    PREFIX=/usr/local DESTDIR=
#   make clean

VERSION   := 0.1.0
PREFIX    ?= /usr/local
DESTDIR   ?=
BUILD     ?= build
CC        ?= cc
SAN       ?=

# Linked into every run of waymark:
PKGS      := sqlite3 libsodium jansson libedit
# Opened only when a command needs them (src/core/dynlib.h), so that a
# check-in starts quickly: their headers are used, their libraries are not
# linked. Each one's soname is read off the installed library. The PDF
# report's pangocairo brings pango, cairo and GObject: each is opened by
# its own soname (src/features/report/pdf_lib.h).
LAZY_PKGS := libmicrohttpd libical libarchive pangocairo
soname = $(shell objdump -p $$(pkg-config --variable=libdir $(1) 2>/dev/null)/$(2).so 2>/dev/null | awk '/SONAME/ { print $$2 }')
SONAMES   := -DWAYMARK_SONAME_MHD='"$(call soname,libmicrohttpd,libmicrohttpd)"' \
             -DWAYMARK_SONAME_ICAL='"$(call soname,libical,libical)"' \
             -DWAYMARK_SONAME_ARCHIVE='"$(call soname,libarchive,libarchive)"' \
             -DWAYMARK_SONAME_CAIRO='"$(call soname,cairo,libcairo)"' \
             -DWAYMARK_SONAME_PANGO='"$(call soname,pango,libpango-1.0)"' \
             -DWAYMARK_SONAME_PANGOCAIRO='"$(call soname,pangocairo,libpangocairo-1.0)"' \
             -DWAYMARK_SONAME_GOBJECT='"$(call soname,gobject-2.0,libgobject-2.0)"'
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) $(LAZY_PKGS) 2>/dev/null)
# libcsv (imports) ships no pkg-config file: its header is csv.h in the
# default include path, and it links as -lcsv
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcsv

WARN := -Wall -Wextra -Wpedantic -Wformat=2 -Wshadow -Wstrict-prototypes \
        -Wvla -Wwrite-strings -Werror
OPT  := -O2 -g
ifeq ($(SAN),1)
OPT  := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
        -fno-sanitize-recover=undefined
LDSAN := -fsanitize=address,undefined
endif
# The fuzz build (make fuzz): clang, coverage for libFuzzer in every object,
# and ASan + UBSan, so that a bad read or an overflow stops the fuzzer
ifeq ($(SAN),fuzz)
OPT  := -O1 -g -fsanitize=fuzzer-no-link,address,undefined \
        -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDSAN := -fsanitize=address,undefined
endif

CPPFLAGS_ALL := -Isrc -include src/core/compat.h $(SONAMES) \
        -DWAYMARK_VERSION='"$(VERSION)"' -DLOCALEDIR='"$(PREFIX)/share/locale"'
CFLAGS_ALL := -std=c17 $(WARN) $(OPT) $(PKG_CFLAGS) $(CFLAGS)
LDLIBS_ALL := $(PKG_LIBS) -lpthread -lm $(LDLIBS)

SRCS     := $(sort $(shell find src -name '*.c'))
LIB_SRCS := $(filter-out src/main.c,$(SRCS))
LIB_OBJS := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(LIB_SRCS))
MAIN_OBJ := $(BUILD)/obj/main.o
ASSETS   := $(sort $(shell find data web -type f 2>/dev/null))
GEN_OBJ  := $(BUILD)/gen/assets.o
LIB      := $(BUILD)/libwaymark.a
BIN      := $(BUILD)/waymark

UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRCS))

# one libFuzzer target per tests/fuzz/fuzz_*.c (see tests/fuzz/README.md)
FUZZ_BUILD := build-fuzz
FUZZ_SRCS := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BINS := $(patsubst tests/fuzz/%.c,$(BUILD)/fuzz/%,$(FUZZ_SRCS))

.PHONY: all run test asan check bench install clean deps unit fuzz \
	fuzz-targets fuzz-smoke valgrind
all: $(BIN)

$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(@D)
	$(CC) -std=c17 -O1 -Wall -Wextra -Werror $< -o $@

$(BUILD)/gen/assets.c: $(BUILD)/tools/embed $(ASSETS)
	@mkdir -p $(@D)
	$(BUILD)/tools/embed $@ . $(ASSETS)

$(GEN_OBJ): $(BUILD)/gen/assets.c
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) -c $< -o $@

$(LIB): $(LIB_OBJS) $(GEN_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(MAIN_OBJ) $(LIB)
	$(CC) $(OPT) $(LDSAN) $(MAIN_OBJ) $(LIB) $(LDLIBS_ALL) -o $@

$(BUILD)/tests/test_%: tests/unit/test_%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) -Itests/unit $(CFLAGS_ALL) $(shell pkg-config --cflags cmocka) \
	    $< $(LIB) $(LDLIBS_ALL) $(shell pkg-config --libs cmocka $(LAZY_PKGS)) $(LDSAN) -o $@

unit: $(UNIT_BINS)

$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(wildcard tests/fuzz/*.h) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) -Itests/fuzz $(CFLAGS_ALL) -fsanitize=fuzzer \
	    $< $(LIB) $(LDLIBS_ALL) $(shell pkg-config --libs $(LAZY_PKGS)) $(LDSAN) -o $@

fuzz-targets: $(FUZZ_BINS)

fuzz:
	@scripts/deps fuzz
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) SAN=fuzz CC=clang fuzz-targets

fuzz-smoke: fuzz
	@tests/fuzz/run.sh $(FUZZ_BUILD)

deps:
	@scripts/deps

ARGS ?= ui
run: deps
	@$(MAKE) --no-print-directory all
	$(BIN) $(ARGS)

test: deps
	@$(MAKE) --no-print-directory all unit fuzz
	@tests/run.sh $(BUILD)

asan:
	@scripts/deps
	@$(MAKE) --no-print-directory BUILD=build-asan SAN=1 all unit
	@$(MAKE) --no-print-directory fuzz
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan-suppressions:print_suppressions=0 \
	 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	 WAYMARK_CRASH_KILLS=$${WAYMARK_CRASH_KILLS:-60} tests/run.sh build-asan

check:
	@scripts/codecheck

# the CLI tests with the binary under valgrind: no errors, no leaks
valgrind: deps
	@scripts/deps valgrind
	@$(MAKE) --no-print-directory all
	@tests/valgrind/run.sh $(BUILD)

bench: deps
	@scripts/deps bench
	@$(MAKE) --no-print-directory all
	@bench/run.sh $(BUILD)

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/waymark

clean:
	rm -rf build build-asan $(FUZZ_BUILD)

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
