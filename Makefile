# helpdesk — a terminal helpdesk for support teams.
#
#   make              build the release binary (.build/release/helpdesk)
#   make run          build, create the demo database on first run (demo/helpdesk.sqlite), open the TUI
#   make test         build and run every test: core, UI, end to end in tmux
#   make bench        benchmarks at 10k and 100k tickets; make bench FULL=1 adds 1M (docs/performance.md)
#   make install      install binary, themes and docs under PREFIX (default /usr/local)
#   make install-team install, then set up a shared database for a team on this host (root):
#                     group $(TEAM_GROUP), folder $(TEAM_DIR) (setgid, 2770), /etc/helpdesk/config.toml,
#                     helpdesk setgid to the group (the gate for end users outside it, docs/admin.md);
#                     with systemd also the units of contrib/systemd (backup, sla check, retention timers;
#                     installed, not enabled), $(BACKUP_DIR) and the timers' account helpdesk-timer
#   make demo-db      recreate the demo database
#   make docs         regenerate docs/keybindings.md from the keymap
#   make fuzz         coverage-guided fuzzing (libFuzzer) of every target for FUZZ_TIME seconds each;
#                     make fuzz FUZZ_TARGET=query FUZZ_TIME=3600 for a long run (docs/fuzzing.md)
#   make sanitize     the whole test suite under SANITIZER=address (default) or thread (docs/fuzzing.md)
#   make clean        remove build products and the demo database
#
# Needs Swift 6, and the ncursesw and SQLite headers (Debian: libncursesw5-dev libsqlite3-dev);
# when they are missing and you are root, they are installed with apt-get.

SWIFT    ?= swift
PREFIX   ?= /usr/local
DEMO_DB  ?= demo/helpdesk.sqlite
TEAM_GROUP ?= helpdesk
TEAM_DIR   ?= /var/lib/helpdesk
BACKUP_DIR ?= /var/backups/helpdesk
SYSTEMD_DIR ?= /etc/systemd/system
RELEASE  := .build/release/helpdesk
DEBUG    := .build/debug/helpdesk
# The Swift runtime and Foundation linked in: no dynamic loading of them at start-up, which
# halves the start of every command (--help 24 → 13 ms; docs/performance.md).
RELEASE_FLAGS := -c release --static-swift-stdlib
SYSTEM_PACKAGES := libncursesw5-dev libsqlite3-dev
TEST_PACKAGES   := tmux
BENCH_DIR   ?= .bench
BENCH_BUILD ?= .build
# make fuzz: the targets of Sources/HelpdeskFuzz, seconds per target, extra libFuzzer flags
# (FUZZ_FLAGS="-fork=2 -ignore_crashes=1"). New inputs go to $(FUZZ_DIR)/corpus, crashes to
# $(FUZZ_DIR)/artifacts; the seeds in Tests/Fuzz/Corpus are only read.
FUZZ_TARGETS := query fts markdown sanitize config keymap theme mail
FUZZ_TARGET ?= $(FUZZ_TARGETS)
FUZZ_TIME   ?= 60
FUZZ_FLAGS  ?=
FUZZ_DIR    ?= .fuzz
# FUZZ_OPT=-O: 3-7 times the inputs per second, but the build takes ~5 1/2 min instead of ~1: worth it
# for runs of ten minutes and more. Its own build folder, so that switching rebuilds nothing.
FUZZ_OPT    ?=
FUZZ_BUILD  ?= .build-fuzz$(if $(filter -O,$(FUZZ_OPT)),-O)
, := ,

.PHONY: all build run test bench fuzz fuzz-build sanitize install install-team demo-db docs clean deps test-deps

all: build

build: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product helpdesk

run: build
	@if [ ! -f "$(DEMO_DB)" ]; then \
		echo "Creating the demo database $(DEMO_DB) (first run only)…"; \
		$(RELEASE) demo --db "$(DEMO_DB)" --tickets 5000 || exit 1; \
	fi
	$(RELEASE) --db "$(DEMO_DB)"

demo-db: build
	rm -f "$(DEMO_DB)" "$(DEMO_DB)-wal" "$(DEMO_DB)-shm"
	$(RELEASE) demo --db "$(DEMO_DB)" --tickets 5000

test: deps test-deps
	$(SWIFT) build --product helpdesk
	HELPDESK_BIN="$(CURDIR)/$(DEBUG)" $(SWIFT) test

# Quick: 10k and 100k tickets (a few minutes, plus generating the databases once); FULL=1 adds 1M.
# Databases are cached in $(BENCH_DIR) by size and seed; REGEN=1 makes them again (to re-measure the
# generation rate). Results: $(BENCH_DIR)/results.json and results.md. BENCH_BUILD: the build folder.
# ONLY=queries,process,live runs just those parts.
bench: deps
	$(SWIFT) build $(RELEASE_FLAGS) --build-path $(BENCH_BUILD) --product helpdesk
	$(SWIFT) build $(RELEASE_FLAGS) --build-path $(BENCH_BUILD) --product helpdesk-bench
	$(SWIFT) build $(RELEASE_FLAGS) --build-path $(BENCH_BUILD) --product helpdesk-limit
	$(SWIFT) build $(RELEASE_FLAGS) --build-path $(BENCH_BUILD) --product helpdesk-peak-rss
	$(BENCH_BUILD)/release/helpdesk-bench --helpdesk $(BENCH_BUILD)/release/helpdesk --limit $(BENCH_BUILD)/release/helpdesk-limit \
		--peak-rss $(BENCH_BUILD)/release/helpdesk-peak-rss --dir $(BENCH_DIR) \
		--articles 50000 --seed 1 $(if $(FULL),--mode full --sizes 10000$(,)100000$(,)1000000,--mode quick --sizes 10000$(,)100000) \
		$(if $(REGEN),--regenerate) $(if $(ONLY),--only $(ONLY))

# libFuzzer brings `main`: SwiftPM's --sanitize fuzzer leaves out the executable's own entry point,
# and -sanitize=fuzzer,address (one flag: a second -sanitize replaces the first) instruments the
# Swift code for coverage and ASan; HELPDESK_LIBFUZZER selects the libFuzzer entry point.
fuzz-build: deps
	$(SWIFT) build --build-path $(FUZZ_BUILD) --product helpdesk-fuzz --sanitize fuzzer \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -DHELPDESK_LIBFUZZER $(if $(FUZZ_OPT),-Xswiftc $(FUZZ_OPT))

# Each target in turn; its log in $(FUZZ_DIR)/logs. -timeout: an input that takes 10 s is a hang.
# SWIFT_BACKTRACE off: Swift's own crash reporter would wait on a crash that libFuzzer handles.
# Leaks outside our code (TOMLKit, Foundation) are suppressed by Tests/Fuzz/lsan.supp.
fuzz: fuzz-build
	@failed=""; for target in $(FUZZ_TARGET); do \
		mkdir -p "$(FUZZ_DIR)/corpus/$$target" "$(FUZZ_DIR)/artifacts/$$target" "$(FUZZ_DIR)/logs"; \
		log="$(FUZZ_DIR)/logs/$$target.log"; \
		printf 'fuzz %-9s %s s … ' "$$target" "$(FUZZ_TIME)"; \
		if HELPDESK_FUZZ_TARGET=$$target SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=Tests/Fuzz/lsan.supp \
			$(FUZZ_BUILD)/debug/helpdesk-fuzz \
			-max_total_time=$(FUZZ_TIME) -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
			-artifact_prefix="$(FUZZ_DIR)/artifacts/$$target/" $(FUZZ_FLAGS) \
			"$(FUZZ_DIR)/corpus/$$target" "Tests/Fuzz/Corpus/$$target" >"$$log" 2>&1; then \
			grep -E '^#[0-9]+:?[[:space:]]' "$$log" | tail -1 | awk '{ for (i = 2; i < NF; i++) v[$$i] = $$(i + 1); \
				sub(/:$$/, "", $$1); printf "%s inputs, coverage %s, %s/s", substr($$1, 2), v["cov:"], v["exec/s:"]; \
				if (v["oom/timeout/crash:"] != "") printf ", oom/timeout/crash %s", v["oom/timeout/crash:"]; print "" }'; \
		else \
			echo "FAILED"; grep -E 'Fatal error|ERROR: libFuzzer|SUMMARY|Test unit written' "$$log" | head -5 | sed 's/^/    /'; \
			failed="$$failed $$target"; \
		fi; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: crashes in$$failed; inputs in $(FUZZ_DIR)/artifacts, logs in $(FUZZ_DIR)/logs"; exit 1; fi

# The tests and the binary the end-to-end tests run, built with -sanitize=$(SANITIZER) in their own
# folder. Leak detection off: the only leaks reported are one-off ones inside ncurses and Foundation.
SANITIZER ?= address
sanitize: deps test-deps
	$(SWIFT) build --build-tests --build-path .build-$(SANITIZER) -Xswiftc -sanitize=$(SANITIZER)
	ASAN_OPTIONS=detect_leaks=0 HELPDESK_BIN="$(CURDIR)/.build-$(SANITIZER)/debug/helpdesk" \
		$(SWIFT) test --skip-build --build-path .build-$(SANITIZER)

docs: deps
	HELPDESK_RECORD_DOCS=1 $(SWIFT) test --filter KeymapTests

install: build
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/helpdesk/Themes" "$(DESTDIR)$(PREFIX)/share/doc/helpdesk"
	install -m 755 $(RELEASE) "$(DESTDIR)$(PREFIX)/bin/helpdesk"
	install -m 644 Themes/*.toml "$(DESTDIR)$(PREFIX)/share/helpdesk/Themes/"
	install -m 644 README.md docs/*.md "$(DESTDIR)$(PREFIX)/share/doc/helpdesk/"

# One database for everyone in group $(TEAM_GROUP): the folder is setgid, so the database and its
# -wal/-shm files belong to the group and helpdesk creates them group-writable (docs/admin.md).
install-team: install
	@[ "$$(id -u)" = 0 ] || { echo "make install-team needs root (it creates a group, $(TEAM_DIR) and /etc/helpdesk)"; exit 1; }
	getent group $(TEAM_GROUP) >/dev/null || groupadd $(TEAM_GROUP)
	install -d -m 2770 -g $(TEAM_GROUP) "$(TEAM_DIR)"
	@# The gate: setgid to the group, so that people outside it can file and follow their own
	@# requests (helpdesk request, helpdesk ask) and nothing else; members drop the group at start.
	chgrp $(TEAM_GROUP) "$(DESTDIR)$(PREFIX)/bin/helpdesk" && chmod 2755 "$(DESTDIR)$(PREFIX)/bin/helpdesk"
	install -d -m 755 /etc/helpdesk
	@if [ ! -f /etc/helpdesk/config.toml ]; then \
		printf '# helpdesk settings for everyone on this host (see docs/admin.md)\ndatabase = "%s/helpdesk.sqlite"\n' "$(TEAM_DIR)" > /etc/helpdesk/config.toml; \
		chmod 644 /etc/helpdesk/config.toml; echo "wrote /etc/helpdesk/config.toml"; \
	else echo "kept the existing /etc/helpdesk/config.toml"; fi
	@if [ -d "$(SYSTEMD_DIR)" ]; then \
		install -d -m 2750 -g $(TEAM_GROUP) "$(BACKUP_DIR)"; \
		id -u helpdesk-timer >/dev/null 2>&1 || useradd --system --gid $(TEAM_GROUP) --home-dir / --no-create-home --shell /usr/sbin/nologin helpdesk-timer; \
		for unit in contrib/systemd/*.service contrib/systemd/*.timer; do \
			sed -e 's|/usr/local|$(PREFIX)|g' -e 's|/var/lib/helpdesk|$(TEAM_DIR)|g' -e 's|/var/backups/helpdesk|$(BACKUP_DIR)|g' \
				-e 's|^Group=helpdesk$$|Group=$(TEAM_GROUP)|' "$$unit" > "$(SYSTEMD_DIR)/$${unit##*/}" && chmod 644 "$(SYSTEMD_DIR)/$${unit##*/}" || exit 1; \
		done; \
		echo "installed the helpdesk backup, sla-check and retention units in $(SYSTEMD_DIR), not enabled; after helpdesk init:"; \
		echo "  helpdesk agent add helpdesk-timer --name Timers --role admin --tier 3   (the account of the sla and retention timers)"; \
		echo "  systemctl daemon-reload && systemctl enable --now helpdesk-backup.timer helpdesk-sla-check.timer helpdesk-retention.timer helpdesk-mail-send.timer"; \
	else echo "no $(SYSTEMD_DIR): see docs/admin.md (Backups and restore) for cron lines instead"; fi
	@echo "Next: add people to the group (usermod -aG $(TEAM_GROUP) LOGIN; they log in again),"
	@echo "then the first admin runs: helpdesk init   and adds the team: helpdesk agent add LOGIN --name N --role R --tier T"
	@echo "Everyone else on the host files and follows their own requests through the gate: helpdesk request new --subject S"

clean:
	rm -rf .build .build-fuzz .build-fuzz-O .build-address .build-thread demo

# Missing system headers: install them when root, else say exactly what to install.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/ncurses.h ] || missing="$$missing libncursesw5-dev"; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else \
			echo "Missing system packages:$$missing — install them with: sudo apt-get install$$missing"; exit 1; \
		fi; \
	fi

test-deps:
	@# The mail tests run a real MTA (exim4, on 127.0.0.1 with its own configuration); as root it is
	@# installed when missing (the test itself would install it too).
	@if [ "$$(id -u)" = 0 ] && [ ! -x /usr/sbin/exim4 ] && command -v apt-get >/dev/null; then \
		echo "Installing exim4-daemon-light (mail end-to-end test)"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq exim4-daemon-light >/dev/null; \
	fi
	@if ! command -v tmux >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing tmux (end-to-end tests)"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tmux; \
		else \
			echo "The end-to-end tests need tmux: sudo apt-get install tmux"; exit 1; \
		fi; \
	fi
