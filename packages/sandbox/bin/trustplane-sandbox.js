#!/usr/bin/env node
// The `trustplane-sandbox` command. A committed file (not dist/cli.js itself), so package managers
// can link the bin at install time, before the workspace is built.
import "../dist/cli.js";
