# Waymark: one non-recursive GNU Makefile.
#   make            build build/waymark
#   make run        set up what is missing, build, and start Waymark
#   make test       set up, build, and run every test suite
#   make asan       the same tests, built with AddressSanitizer + UBSan
#   make check      project rules that grep can check (scripts/codecheck)
#   make bench      benchmarks, printed as ratios against baselines
#   make install    PREFIX=/usr/local DESTDIR=
#   make clean

VERSION   := 0.1.0
PREFIX    ?= /usr/local
DESTDIR   ?=
BUILD     ?= build
CC        ?= cc
SAN       ?=

PKGS      := sqlite3 libsodium jansson libedit libmicrohttpd libical libarchive \
             pangocairo fontconfig
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
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

CPPFLAGS_ALL := -Isrc -include src/core/compat.h \
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

.PHONY: all run test asan check bench install clean deps unit
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
	    $< $(LIB) $(LDLIBS_ALL) $(shell pkg-config --libs cmocka) $(LDSAN) -o $@

unit: $(UNIT_BINS)

deps:
	@scripts/deps

ARGS ?= ui
run: deps
	@$(MAKE) --no-print-directory all
	$(BIN) $(ARGS)

test: deps
	@$(MAKE) --no-print-directory all unit
	@tests/run.sh $(BUILD)

asan:
	@scripts/deps
	@$(MAKE) --no-print-directory BUILD=build-asan SAN=1 all unit
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	 WAYMARK_CRASH_KILLS=$${WAYMARK_CRASH_KILLS:-60} tests/run.sh build-asan

check:
	@scripts/codecheck

bench: deps
	@scripts/deps bench
	@$(MAKE) --no-print-directory all
	@bench/run.sh $(BUILD)

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/waymark

clean:
	rm -rf build build-asan

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
