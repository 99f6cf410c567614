# katalog: `make build` builds everything into output/, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CONTENT ?= content
OUTPUT ?= output
# Extra options for every build, e.g. PELICANOPTS="-e KATALOG_PDF=false".
PELICANOPTS ?=

.PHONY: build html test serve publish schema validate bench lock messages clean

build: $(VENV)/.built
	$(BIN)/pelican $(CONTENT) -o $(OUTPUT) -s pelicanconf.py $(PELICANOPTS)

# Web only, without the PDF catalogue and leaflets: a fast preview.
html: $(VENV)/.built
	$(BIN)/pelican $(CONTENT) -o $(OUTPUT) -s pelicanconf.py -e KATALOG_PDF=false $(PELICANOPTS)

serve: $(VENV)/.built
	$(BIN)/pelican $(CONTENT) -o $(OUTPUT) -s pelicanconf.py -e KATALOG_PDF=false --autoreload --listen $(PELICANOPTS)

validate: $(VENV)/.built
	$(BIN)/katalog validate $(CONTENT)

schema: $(VENV)/.built
	$(BIN)/katalog schema

test: $(VENV)/.tested
	$(BIN)/python -m pytest

bench: $(VENV)/.tested
	$(BIN)/pip install -q -e ".[bench]"
	$(BIN)/python -m benchmarks

# Where `make publish` uploads, set in one place: the environment, or publish.env (SSH_HOST = www.example.cz, …).
-include publish.env
SSH_HOST ?=
SSH_USER ?=
SSH_TARGET_DIR ?=

# The last publish's manifest, beside the output folder where builds do not replace it
# (katalog/editors/publishguard.py: last_publish_path).
LAST_PUBLISH = $(dir $(OUTPUT)).katalog/$(notdir $(OUTPUT)).last-publish.json

# Build with publishconf.py, then upload with rsync over SSH, as Pelican's own Makefile does. The live
# manifest.json comes first, so the publish guard compares the new build with what the site shows now; without
# it nothing is built, unless this is the site's first publish, confirmed with KATALOG_FIRST_PUBLISH=1.
publish: $(VENV)/.built
	@test -n "$(SSH_HOST)" -a -n "$(SSH_USER)" -a -n "$(SSH_TARGET_DIR)" || \
		{ echo "make publish: set SSH_HOST, SSH_USER and SSH_TARGET_DIR (environment or publish.env)" >&2; exit 2; }
	@mkdir -p $(dir $(LAST_PUBLISH))
	@if rsync -e ssh -q $(SSH_USER)@$(SSH_HOST):$(SSH_TARGET_DIR)/manifest.json $(LAST_PUBLISH); then \
		echo "make publish: fetched the live site's manifest.json for the publish guard"; \
	elif [ "$(KATALOG_FIRST_PUBLISH)" = 1 ]; then \
		rm -f $(LAST_PUBLISH); \
		echo "make publish: no manifest.json fetched from the live site; publishing anyway, as the site's first publish (KATALOG_FIRST_PUBLISH=1)" >&2; \
	else \
		echo "make publish: could not fetch $(SSH_USER)@$(SSH_HOST):$(SSH_TARGET_DIR)/manifest.json (see rsync's message above), so the publish guard could not compare with the live site; nothing was built or uploaded. Fix the connection and run make publish again, or, only if the site was never published, run KATALOG_FIRST_PUBLISH=1 make publish" >&2; \
		exit 1; \
	fi
	$(BIN)/pelican $(CONTENT) -o $(OUTPUT) -s publishconf.py $(PELICANOPTS)
	rsync -e ssh -P -rvzc --delete $(OUTPUT)/ $(SSH_USER)@$(SSH_HOST):$(SSH_TARGET_DIR)

# Every package comes pinned with its hashes from the lock files (requirements/, see README: "The lock
# files"); the project itself is then installed without resolving anything, built by the locked setuptools.
$(VENV)/.built: pyproject.toml requirements/build.txt scripts/system-deps.sh
	PYTHON=$(PYTHON) bash scripts/system-deps.sh build
	test -x $(BIN)/pip || $(PYTHON) -m venv --clear $(VENV)
	$(BIN)/pip install -q --require-hashes -r requirements/build.txt
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.tested: $(VENV)/.built requirements/test.txt package.json package-lock.json
	bash scripts/system-deps.sh test
	$(BIN)/pip install -q --require-hashes -r requirements/test.txt
	npm ci --no-audit --no-fund --silent
	touch $@

# After a change to pyproject.toml: the lock files again, every package pinned with its hashes, for any
# platform on Python 3.11+. Needs uv (pip install uv); pins that still fit are kept.
UV ?= uv
LOCK := $(UV) pip compile pyproject.toml requirements/build-tools.in --universal --python-version 3.11 --generate-hashes
lock:
	$(LOCK) -o requirements/build.txt
	$(LOCK) --extra test -c requirements/build.txt -o requirements/test.txt

# After changing UI text in a template or in Python: the message template again, and every language's
# catalog brought up to date with it (new messages empty, for the translator; see README "Languages").
messages: $(VENV)/.built
	$(BIN)/pybabel extract -F babel.cfg -k N_ -k NP_:1,2 --no-location --sort-output --omit-header \
		-o plugins/katalog/locale/messages.pot .
	for po in plugins/katalog/locale/*/LC_MESSAGES/messages.po; do \
		$(BIN)/pybabel update -i plugins/katalog/locale/messages.pot -o $$po --no-fuzzy-matching \
			-l $$(basename $$(dirname $$(dirname $$po))) --ignore-obsolete; done

clean:
	rm -rf $(OUTPUT) $(VENV) node_modules
