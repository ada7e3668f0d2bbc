# shopper: the two commands a newcomer needs are `make demo` and `make test`.
SWIFT ?= swift
SHOPPER = .build/release/shopper

.PHONY: setup build demo test bench clean

# Installs what is missing (the system libyaml, tmux for the terminal tests).
setup:
	@./scripts/setup

build: setup
	$(SWIFT) build -c release --product shopper

# Sets up, builds and walks the samples: checks them, renders the report, then one scenario's
# report with the league table of its locations.
demo: build
	$(SHOPPER) check scenarios reports/runs
	$(SHOPPER) report
	$(SHOPPER) report --scenario bus-tickets-prague --by-segment location

test: setup
	$(SWIFT) build --product shopper
	$(SWIFT) test --disable-xctest

bench: setup
	$(SWIFT) run -c release shopper-bench 10000

clean:
	rm -rf .build
