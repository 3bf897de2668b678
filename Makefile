# zoo-sdk: every target creates .venv and installs what it needs on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS_DIR := tests/typescript
TS_STAMP := $(TS_DIR)/node_modules/.installed

.PHONY: install demo test generate check-generated lint bench reliability fuzz format bundle clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The TypeScript client proof (tests/typescript) runs on the npm packages its lockfile pins.
$(TS_STAMP): $(TS_DIR)/package-lock.json $(TS_DIR)/package.json
	npm ci --prefix $(TS_DIR) --no-audit --no-fund
	touch $(TS_STAMP)

demo: $(STAMP)
	$(BIN)/python -m zoo_sdk.demo

# The whole gate: style and types, spec rules, generated code up to date, then the suite.
test: lint check-generated $(TS_STAMP)
	$(BIN)/python -m pytest

generate: $(STAMP)
	$(BIN)/python -m codegen generate

check-generated: $(STAMP)
	$(BIN)/python -m codegen check

format: $(STAMP)
	$(BIN)/python -m codegen format

bundle: $(STAMP)
	$(BIN)/python -m codegen bundle

lint: $(STAMP)
	$(BIN)/ruff check zoo_sdk codegen tests benchmarks
	$(BIN)/mypy zoo_sdk generated codegen benchmarks
	$(BIN)/python -m codegen lint

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# The fault matrix of the bulk upload (300 subjects x 2 files per fault kind), as a table.
reliability: $(STAMP)
	$(BIN)/python -m benchmarks.reliability --subjects 300 --files 2

# Contract fuzzing of the emulator against the three specs (schemathesis), 10x the CI bound of
# tests/contract; prints the summary per spec and the failures. FUZZ_ARGS="--api caesar" etc.
fuzz: $(STAMP)
	$(BIN)/python -m tests.contract.fuzz --max-examples 100 --failures 50 $(FUZZ_ARGS)

clean:
	rm -rf $(VENV) dist/.tmp .pytest_cache .mypy_cache .ruff_cache
