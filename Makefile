# Balloon Watch — every task of the project. Run as root on Debian 12 or 13 for `setup` (APT_PKGS exist in both).
SHELL := /bin/bash
PY := .venv/bin/python
SLUG := balloon_watch
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
ZIP := dist/$(SLUG)-$(VERSION).zip
APT_PKGS := qgis python3-qgis qgis-providers python3-gdal python3-venv python3-pip gdal-bin xvfb xauth \
            pyqt5-dev-tools qttools5-dev-tools poppler-utils proj-data \
            postgresql-postgis python3-psycopg2
PY_SOURCES := $(shell find plugin -name '*.py' -not -path '*/__pycache__/*') __init__.py
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
# the venv's sys.prefix hides Debian's PROJ database from pyproj (it looks under sys.prefix/share/proj)
export PROJ_DATA ?= /usr/share/proj

.PHONY: setup apt venv test test-fast test-compat fuzz lint i18n qm package deploy demo bench clean

setup: apt venv

apt:
	@missing=$$(for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

venv: .venv/.installed .venv/pyqt5to6/.installed

.venv/.installed: requirements-dev.txt
	@test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages .venv
	@$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

# QGIS's migration script in a venv of its own, without Debian's site-packages (see requirements-pyqt5to6.txt).
.venv/pyqt5to6/.installed: requirements-pyqt5to6.txt
	@test -x .venv/pyqt5to6/bin/python || /usr/bin/python3 -m venv .venv/pyqt5to6
	@.venv/pyqt5to6/bin/python -m pip install -q --disable-pip-version-check --ignore-requires-python \
	  -r requirements-pyqt5to6.txt
	@touch $@

# ruff, then QGIS's PyQt5 -> PyQt6 migration script on a copy of the plugin: it must find nothing to change
# (it rewrites in place, so the copy), nor warn about anything it cannot fix.
lint: venv
	@$(PY) -m ruff check .
	@if grep -rnE '^\s*(from|import) balloon_watch' plugin __init__.py; then \
	  echo "inside the plugin use relative imports"; exit 1; fi
	@rm -rf .build/pyqt5to6 && mkdir -p .build/pyqt5to6 && cp -r plugin __init__.py .build/pyqt5to6/ && \
	find .build/pyqt5to6 -name __pycache__ -prune -exec rm -rf {} + && \
	QT_QPA_PLATFORM=offscreen .venv/pyqt5to6/bin/pyqt5to6 .build/pyqt5to6 >.build/pyqt5to6.log 2>&1; rc=$$?; \
	report=$$(grep -v '^QGIS classes not available for introspection' .build/pyqt5to6.log); \
	changes=$$(diff -ru plugin .build/pyqt5to6/plugin; diff -u __init__.py .build/pyqt5to6/__init__.py); \
	if [ $$rc -ne 0 ] || [ -n "$$report" ] || [ -n "$$changes" ]; then \
	  echo "pyqt5to6 (QGIS's PyQt5 -> PyQt6 migration script) wants changes (exit $$rc):"; \
	  echo "$$report"; echo "$$changes"; exit 1; \
	else echo "pyqt5to6: nothing to change for Qt6"; fi

qm: $(patsubst %.ts,%.qm,$(wildcard i18n/*.ts))

i18n/%.qm: i18n/%.ts
	@lrelease -silent $< -qm $@

# Refresh the translation sources from the code (keeps existing translations).
i18n:
	@for ts in i18n/$(SLUG)_*.ts; do pylupdate5 -noobsolete $(PY_SOURCES) -ts $$ts 2>/dev/null; done

# Three pytest processes: the suite, the fuzz harness, then the end-to-end tests (real QGIS under xvfb-run, from
# the release zip), so that no part leaves process state (signals, translators, registered providers) to the next.
test: lint qm
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) -m pytest tests -m "not e2e" --ignore=tests/fuzz
	$(PY) -m pytest tests/fuzz
	$(PY) -m pytest tests -m e2e

test-fast: qm
	$(PY) -m pytest tests -m "not e2e"

# The same setup and suite on QGIS 3.40 (Debian 13) and 3.44 (sid), each in a debootstrap chroot cached in COMPAT_CACHE.
COMPAT_CACHE ?= /var/cache/balloon-watch/compat
COMPAT_SUITES ?= trixie sid
test-compat:
	@COMPAT_CACHE=$(COMPAT_CACHE) bash scripts/compat/run.sh $(COMPAT_SUITES)

# The fuzz harness alone, as long as asked (make test runs it for about a minute): make fuzz SECONDS=600.
# A random seed each run unless FUZZ_SEED is given; inputs that fail are kept in tests/artifacts/fuzz.
SECONDS ?= 600
fuzz: venv
	FUZZ_SECONDS=$(SECONDS) FUZZ_SEED=$${FUZZ_SEED:-$$RANDOM} $(PY) -m pytest tests/fuzz -q -s

package: qm
	@$(PY) scripts/package.py --out $(ZIP)
	@echo "Wrote $(ZIP)"

deploy: package
	@dest="$${HOME}/.local/share/QGIS/QGIS3/profiles/default/python/plugins"; mkdir -p "$$dest"; \
	rm -rf "$$dest/$(SLUG)"; $(PY) -c "import zipfile,sys; zipfile.ZipFile('$(ZIP)').extractall(sys.argv[1])" "$$dest"; \
	echo "Installed into $$dest/$(SLUG); enable it in Plugins > Manage and Install Plugins."

demo: setup qm
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) scripts/demo.py --out out

bench: setup
	$(PY) scripts/run_bench.py

clean:
	rm -rf .build dist out bench/out tests/artifacts i18n/*.qm
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
