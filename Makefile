# Balloon Watch — every task of the project. Run as root on Debian 12 for `setup`.
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

.PHONY: setup apt venv test test-fast lint i18n qm package deploy demo bench clean

setup: apt venv

apt:
	@missing=$$(for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

venv: .venv/.installed

.venv/.installed: requirements-dev.txt
	@test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages .venv
	@$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

lint:
	@$(PY) -m ruff check .

qm: $(patsubst %.ts,%.qm,$(wildcard i18n/*.ts))

i18n/%.qm: i18n/%.ts
	@lrelease -silent $< -qm $@

# Refresh the translation sources from the code (keeps existing translations).
i18n:
	@for ts in i18n/$(SLUG)_*.ts; do pylupdate5 -noobsolete $(PY_SOURCES) -ts $$ts 2>/dev/null; done

test: lint qm
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) -m pytest tests

test-fast: qm
	$(PY) -m pytest tests -m "not e2e"

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
