# Installation: `make install PREFIX=~/.local` (default /usr/local; DESTDIR stages a package),
# and `make uninstall` with the same PREFIX removes what install put there. Installs the
# binary, bash/zsh/fish completions and a man page, all generated from the command
# definitions by swift-argument-parser. README "Installation" explains the choices.
PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# The release binary links the Swift runtime and Foundation in (--static-swift-stdlib): start-up
# is about a third shorter (docs/performance.md) and the binary runs on a machine without the
# Swift toolchain (it needs only libc, libm, libstdc++ and libgcc_s; libxml2 is loaded when a
# JUnit or Checkstyle report is written). Its own build folder, so a debug or plain release build in
# .build is not rebuilt each time. `make install STATIC=` links dynamically.
STATIC ?= --static-swift-stdlib
SCRATCH ?= .build-install
RELEASE_BINARY := $(SCRATCH)/release/ingestlint
# swift-argument-parser's generate-manual plugin builds the package (a debug build in .build,
# which `swift build` has usually done already) and writes the page from the built command's
# own description; the page is the same whichever build it reads.
MANUAL := .build/plugins/GenerateManual/outputs/ingestlint/ingestlint.1

bindir := $(DESTDIR)$(PREFIX)/bin
man1dir := $(DESTDIR)$(PREFIX)/share/man/man1
bashdir := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build manual install uninstall

# A completion script, written beside its destination and renamed over it, so a failed run
# leaves no half-written file.
completion = "$(RELEASE_BINARY)" --generate-completion-script $(1) > "$(2).tmp" && mv "$(2).tmp" "$(2)"

all: build manual

build:
	$(SWIFT) build -c release --product ingestlint --scratch-path $(SCRATCH) $(STATIC)

manual:
	$(SWIFT) package plugin generate-manual --configuration debug

install: build manual
	install -d "$(bindir)" "$(man1dir)" "$(bashdir)" "$(zshdir)" "$(fishdir)"
	install -m 755 "$(RELEASE_BINARY)" "$(bindir)/ingestlint"
	install -m 644 "$(MANUAL)" "$(man1dir)/ingestlint.1"
	$(call completion,bash,$(bashdir)/ingestlint)
	$(call completion,zsh,$(zshdir)/_ingestlint)
	$(call completion,fish,$(fishdir)/ingestlint.fish)

uninstall:
	rm -f "$(bindir)/ingestlint" "$(man1dir)/ingestlint.1" "$(bashdir)/ingestlint" \
		"$(zshdir)/_ingestlint" "$(fishdir)/ingestlint.fish"
