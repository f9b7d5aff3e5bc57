# Quick start: `make run` (set up and launch) and `make test` (set up and run every check).
# Both are idempotent: the virtual environment is rebuilt only when pyproject.toml changes.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Shared libraries that Qt's wheels link against (offscreen), and the X11 ones a real window
# needs. Installed from Debian's packages when missing and we are root; otherwise named.
QT_LIBS  := libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0 \
            libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3 \
            libglib-2.0.so.0:libglib2.0-0
# The window's catalogues: resources/i18n/*.ts are what is reviewed and committed; the
# compiled .qm files are built here (pyside6-lrelease), never committed.
TS := resources/i18n/c6_ru.ts resources/i18n/c6_en.ts
QM := $(TS:.ts=.qm)

X11_LIBS := libxcb-cursor.so.0:libxcb-cursor0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
            libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
            libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0 \
            libxcb-shape.so.0:libxcb-shape0 libxcb-randr.so.0:libxcb-randr0

.PHONY: run test lint unit gui bench i18n sysdeps-qt sysdeps-x11 sysdeps-pg clean

run: $(STAMP) $(QM) sysdeps-x11
	$(BIN)/c6-explorer

# Both runs share one throwaway PostgreSQL server (tests/pg_server.py), stopped and removed
# whatever the tests do; the store tests run on it as well as on SQLite.
test: $(STAMP) $(QM) sysdeps-qt sysdeps-pg lint
	$(BIN)/python -m tests.pg_server -- sh -c '\
	  QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:cacheprovider && \
	  echo "--- unit tests again with PySide6 made unimportable (headless contract)" && \
	  $(BIN)/python -m pytest -p no:cacheprovider -p no:pytest-qt -p tests.no_qt \
	    -W ignore::pytest.PytestConfigWarning -m "not subprocess" tests/unit -q'

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP) $(QM) sysdeps-qt sysdeps-pg
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.pg_server -- \
	    $(BIN)/python -m pytest -p no:cacheprovider tests/bench \
	    --benchmark-enable --benchmark-columns=min,median,mean,max,rounds --benchmark-sort=name

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	    || { echo "Python 3.11 or newer is needed (found $$($(PYTHON) --version))"; exit 1; }
	@$(PYTHON) -m venv --help >/dev/null 2>&1 && $(PYTHON) -c 'import ensurepip' 2>/dev/null \
	    || $(call apt_install,python3-venv)
	@echo "Setting up $(VENV): PySide6, matplotlib, SQLAlchemy and the rest (first run only;"
	@echo "a few minutes on a slow line)..."
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing a text in app/ui: update the catalogues from the code (new texts come in
# unfinished, removed ones go), then translate the unfinished ones (pyside6-linguist).
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -target-language ru_RU \
	    $$(find app/ui -name '*.py' | sort) -ts resources/i18n/c6_ru.ts
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -pluralonly -target-language en_US \
	    $$(find app/ui -name '*.py' | sort) -ts resources/i18n/c6_en.ts

sysdeps-qt:
	@$(call need_libs,$(QT_LIBS))

sysdeps-x11: sysdeps-qt
	@$(call need_libs,$(X11_LIBS))

# The PostgreSQL server binaries the tests run a throwaway server with.
sysdeps-pg:
	@{ command -v pg_config >/dev/null && [ -x "$$(pg_config --bindir)/initdb" ]; } \
	  || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
	  || { $(call apt_install,postgresql); }

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache .hypothesis .benchmarks

# $(call need_libs,LIB:PACKAGE ...): install the packages whose library the loader lacks.
define need_libs
missing=""; for pair in $(1); do lib=$${pair%%:*}; pkg=$${pair##*:}; \
  ldconfig -p 2>/dev/null | grep -q "$$lib" || missing="$$missing $$pkg"; done; \
  [ -z "$$missing" ] || { $(call apt_install,$$missing); }
endef

define apt_install
if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
  echo "installing Debian packages:" $(1); \
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1) >/dev/null \
  || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(subst libglib2.0-0,libglib2.0-0t64,$(1)) >/dev/null; \
else echo "please install these Debian packages first:" $(1); exit 1; fi
endef
