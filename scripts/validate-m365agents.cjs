#!/usr/bin/env node
// Validates m365agents.yml against the Agents Toolkit's own YAML schema for its declared version, offline: the schemas
// ship inside @microsoft/m365agentstoolkit-cli, and neither `atk validate` nor `atk package` checks the file
// (a typo would only surface during `atk provision` in a gemeente's tenant).
//
//   node scripts/validate-m365agents.cjs [m365agents.yml] [--json]
//
// Prints one line per error and exits 1 when there is any; with --json, prints the parsed file as JSON when valid.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const Ajv = require('ajv');

function schemaFor(version) {
  const cli = path.dirname(require.resolve('@microsoft/m365agentstoolkit-cli/package.json'));
  const file = path.join(cli, 'resource', 'yaml-schema', String(version), 'yaml.schema.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

function validate(file) {
  let document;
  try {
    document = YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return { errors: [`not valid YAML: ${e.message}`] };
  }
  const schema = schemaFor(document?.version);
  if (!schema) return { errors: [`version ${document?.version} has no schema in this Agents Toolkit CLI`] };
  // The toolkit compiles these draft-07 schemas the same way: all errors, no strict mode.
  const check = new Ajv({ allErrors: true, strict: false }).compile(schema);
  return check(document)
    ? { document, errors: [] }
    : { errors: check.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`) };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) ?? 'm365agents.yml';
  const { document, errors } = validate(file);
  for (const error of errors) console.log(`${file}: ${error}`);
  if (errors.length === 0) console.log(args.includes('--json') ? JSON.stringify(document) : `${file} valid`);
  process.exitCode = errors.length === 0 ? 0 : 1;
}

module.exports = { validate };
