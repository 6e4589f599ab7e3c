#!/usr/bin/env node
// Validates Teams app manifests (and the localization files they name) against the official JSON schemas
// bundled in @microsoft/app-manifest, offline.
//
//   node manifest/validate.cjs path/to/manifest.json [more manifests...]
//
// Prints one line per error ("<file>: <error>") and exits 1 when there is any, 0 when all are valid.
// CommonJS on purpose: the package's ESM entry points fail on Node 20 (see shared TOOLING notes).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { AppManifestUtils } = require('@microsoft/app-manifest');
const AjvDraft04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const schemaHost = 'https://developer.microsoft.com/json-schemas/';
const bundledSchemaRoot = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas');

// AppManifestUtils falls back to downloading a schema it does not bundle; there is no internet here
// (nor in CI), so refuse such a $schema up front with a clear message instead of a fetch error.
function bundledSchemaPath(schemaUrl) {
  if (typeof schemaUrl !== 'string' || !schemaUrl.startsWith(schemaHost)) return undefined;
  const file = path.join(bundledSchemaRoot, schemaUrl.slice(schemaHost.length));
  return file.startsWith(bundledSchemaRoot + path.sep) && fs.existsSync(file) ? file : undefined;
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

// The official Localization schemas (v1.30 included) hold a patternProperties key with a lone "]"
// ("^activities.activityTypes\[\b(...)\b]\.description$"), which is legal in a non-Unicode regular expression but
// not in the Unicode mode Ajv uses by default, so AppManifestUtils.validateAgainstSchema throws on them.
// Compile those with the same draft-04 Ajv the package uses, with Unicode mode off; the schema is unchanged.
async function validateLocalization(document, schemaFile) {
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  return validate(document) ? [] : validate.errors.map(
    (e) => `${e.instancePath} ${e.message ?? ''}. Details: ${JSON.stringify(e.params ?? {})}`);
}

// Validates one parsed JSON document (manifest or localization file); returns error strings.
async function validateDocument(document) {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return ['the document is not a JSON object'];
  }
  if (!document.$schema) return ['$schema is missing'];
  const schemaFile = bundledSchemaPath(document.$schema);
  if (!schemaFile) {
    return [`$schema ${document.$schema} is not one of the schemas bundled with @microsoft/app-manifest`];
  }
  if (path.basename(schemaFile) === 'MicrosoftTeams.Localization.schema.json') {
    return validateLocalization(document, schemaFile);
  }
  return AppManifestUtils.validateAgainstSchema(document);
}

// Validates a manifest object and the localization files it names, read from baseDir when present in files
// (a map of file name to parsed JSON) or from disk. Returns { file, error } pairs.
async function validateManifest(manifest, { label = 'manifest.json', baseDir = '.', files = {} } = {}) {
  const problems = (await validateDocument(manifest)).map((error) => ({ file: label, error }));
  const languages = manifest?.localizationInfo?.additionalLanguages ?? [];
  const languageFiles = languages.map((l) => l.file).filter((f) => typeof f === 'string');
  if (typeof manifest?.localizationInfo?.defaultLanguageFile === 'string') {
    languageFiles.push(manifest.localizationInfo.defaultLanguageFile);
  }
  for (const name of languageFiles) {
    let document = files[name];
    if (document === undefined) {
      const file = path.join(baseDir, name);
      if (!fs.existsSync(file)) {
        problems.push({ file: label, error: `localization file ${name} is missing` });
        continue;
      }
      try {
        document = readJson(file);
      } catch (e) {
        problems.push({ file: name, error: `not valid JSON: ${e.message}` });
        continue;
      }
    }
    for (const error of await validateDocument(document)) problems.push({ file: name, error });
  }
  return problems;
}

async function main(args) {
  if (args.length === 0) {
    console.error('usage: node manifest/validate.cjs <manifest.json> [more manifests...]');
    return 2;
  }
  let count = 0;
  for (const file of args) {
    let manifest;
    try {
      manifest = readJson(file);
    } catch (e) {
      console.log(`${file}: cannot read as JSON: ${e.message}`);
      count++;
      continue;
    }
    const problems = await validateManifest(manifest, { label: file, baseDir: path.dirname(file) });
    for (const p of problems) console.log(`${p.file}: ${p.error}`);
    count += problems.length;
  }
  console.log(count === 0 ? `${args.length} manifest(s) valid` : `${count} error(s)`);
  return count === 0 ? 0 : 1;
}

module.exports = { validateManifest, validateDocument };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e) => { console.error(e?.stack ?? String(e)); process.exitCode = 2; });
}
