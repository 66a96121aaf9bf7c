# entrypoint: `make demo` builds and runs the example, `make test` runs every test.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE := 1

BIN := dist/entrypoint
HELPERS := $(patsubst tests/helpers/%.c,tests/helpers/bin/%,$(wildcard tests/helpers/*.c))
ENSURE := tools/ensure-packages

.PHONY: build test demo bench bench-init bench-jinja jinja-cli helpers deps-test clean

## build: the static NativeAOT binary, dist/entrypoint
build:
	$(ENSURE) cc:gcc
	dotnet publish src/Entrypoint -c Release -o dist -v quiet -nologo -p:SourceRevisionId=$$(git rev-parse HEAD 2>/dev/null || echo unknown)
	@rm -f dist/*.dbg
	@ls -l $(BIN)

## test: every test (unit, conformance corpus, and process-level tests of the built binary)
test: build jinja-cli helpers deps-test
	ENTRYPOINT_BIN=$(abspath $(BIN)) dotnet test entrypoint.sln -nologo

## demo: build and run the bundled example
demo: build deps-test
	examples/demo/run.sh $(abspath $(BIN))

## bench: side-by-side reports (not tests)
bench: bench-init bench-jinja
bench-init: build
	ENTRYPOINT_BIN=$(abspath $(BIN)) bench/init/run.sh
bench-jinja:
	@if [ -x bench/jinja/run.sh ]; then bench/jinja/run.sh; else echo "bench/jinja/run.sh not there yet"; fi

# The template engine compiled ahead of time as it ships, for the corpus run under NativeAOT.
jinja-cli:
	dotnet publish tools/Entrypoint.Jinja.Cli -c Release -r linux-x64 -p:PublishAot=true -o dist/jinja-cli -v quiet -nologo

helpers: $(HELPERS)
tests/helpers/bin/%: tests/helpers/%.c
	$(ENSURE) cc:gcc
	@mkdir -p $(@D)
	cc -O2 -Wall -Werror -o $@ $<

# unshare and script (util-linux, bsdutils) run the PID-1 and terminal tests; ps is used inside them.
deps-test:
	$(ENSURE) unshare:util-linux script:bsdutils ps:procps pgrep:procps chroot:coreutils bash:bash setpriv:util-linux

clean:
	rm -rf dist tests/helpers/bin
	dotnet clean entrypoint.sln -v quiet -nologo
