#!/usr/bin/env node
// Builds the Teams app package: manifest.json with the deployment's ids filled in, the icons and the
// localization files, zipped flat (Teams rejects a package whose files sit in a folder).
//
// Environment (see manifest/README.md; the values come from the infra deployment's outputs):
//   KVU_APP_ID      GUID of the Teams app, chosen once per tenant and kept for updates
//   KVU_BOT_ID      GUID of the bot: the managed identity's client id (output botAppId)
//   KVU_SSO_APP_ID  optional GUID of the Teams SSO app registration (aad.manifest.json); without it the package
//                   has no webApplicationInfo and no sign-in domain: a try-out without any app registration
//   KVU_BOT_DOMAIN  host name of the App Service, without https:// (output appHostName)
//   KVU_APP_VERSION optional semver; defaults to the version in manifest.json
//   KVU_PACKAGE_DIR optional output folder; defaults to manifest/build
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { zipSync, strToU8 } = require('fflate');
const { validateManifest } = require('./validate.cjs');

const sourceDir = __dirname;
const guid = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const hostName = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const semver = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

const variables = [
  { name: 'KVU_APP_ID', check: guid, expected: 'a GUID' },
  { name: 'KVU_BOT_ID', check: guid, expected: 'a GUID' },
  { name: 'KVU_SSO_APP_ID', check: guid, expected: 'a GUID', optional: true },
  { name: 'KVU_BOT_DOMAIN', check: hostName, expected: 'a host name such as app-kvu-bot.azurewebsites.net (no https://, no path)' },
];

// Where the Bot Framework token service shows its sign-in page; only a package with SSO needs it.
const signInDomain = 'token.botframework.com';

class BuildError extends Error {}

function readValues(env) {
  const problems = [];
  const values = {};
  for (const v of variables) {
    const value = (env[v.name] ?? '').trim();
    if (value === '' && v.optional) continue;
    if (value === '') problems.push(`${v.name} is not set: it must be ${v.expected}`);
    else if (!v.check.test(value)) problems.push(`${v.name} is "${value}": it must be ${v.expected}`);
    else values[v.name] = value;
  }
  const version = (env.KVU_APP_VERSION ?? '').trim();
  if (version !== '' && !semver.test(version)) {
    problems.push(`KVU_APP_VERSION is "${version}": it must be a version like 1.2.3`);
  }
  if (problems.length > 0) throw new BuildError(problems.join('\n'));
  return { values, version };
}

// Without an SSO app id the package leaves sign-in out altogether (webApplicationInfo and the token service's
// domain) rather than pointing Teams at an app registration that does not exist.
function withoutSignIn(manifestText) {
  const manifest = JSON.parse(manifestText);
  delete manifest.webApplicationInfo;
  manifest.validDomains = (manifest.validDomains ?? []).filter((d) => d !== signInDomain);
  return JSON.stringify(manifest, null, 2);
}

// Replaces ${{NAME}} placeholders; a placeholder without a value is an error, not an empty string.
function substitute(text, values, file) {
  const unknown = new Set();
  const result = text.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (match, name) => {
    if (Object.hasOwn(values, name)) return values[name];
    unknown.add(name);
    return match;
  });
  if (unknown.size > 0) throw new BuildError(`${file} uses placeholders without a value: ${[...unknown].join(', ')}`);
  return result;
}

async function build(env) {
  const { values, version } = readValues(env);
  const source = fs.readFileSync(path.join(sourceDir, 'manifest.json'), 'utf8');
  const sso = Object.hasOwn(values, 'KVU_SSO_APP_ID');
  const manifest = JSON.parse(substitute(sso ? source : withoutSignIn(source), values, 'manifest.json'));
  if (version !== '') manifest.version = version;

  // Everything the manifest points at goes into the package, at its root.
  const localizationFiles = (manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file);
  if (manifest.localizationInfo?.defaultLanguageFile) localizationFiles.push(manifest.localizationInfo.defaultLanguageFile);
  const entries = { 'manifest.json': strToU8(JSON.stringify(manifest, null, 2) + '\n') };
  const localizations = {};
  for (const name of localizationFiles) {
    const text = substitute(fs.readFileSync(path.join(sourceDir, name), 'utf8'), values, name);
    localizations[name] = JSON.parse(text);
    entries[name] = strToU8(text);
  }
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    entries[icon] = new Uint8Array(fs.readFileSync(path.join(sourceDir, icon)));
  }
  for (const name of Object.keys(entries)) {
    if (name.includes('/') || name.includes('\\')) throw new BuildError(`${name}: the package must be flat`);
  }

  const problems = await validateManifest(manifest, { files: localizations });
  if (problems.length > 0) {
    throw new BuildError('the manifest does not match its schema:\n' + problems.map((p) => `${p.file}: ${p.error}`).join('\n'));
  }

  const outDir = path.resolve(env.KVU_PACKAGE_DIR?.trim() || path.join(sourceDir, 'build'));
  fs.mkdirSync(outDir, { recursive: true });
  const zipFile = path.join(outDir, 'kvu-bot.zip');
  // A fixed timestamp makes the same inputs give the same bytes.
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  fs.writeFileSync(zipFile, zip);
  return { zipFile, entries: Object.keys(entries), version: manifest.version, sso };
}

module.exports = { build, BuildError };

if (require.main === module) {
  build(process.env).then(
    ({ zipFile, entries, version, sso }) => {
      console.log(`Built ${zipFile} (version ${version}, ${sso ? 'with' : 'without'} SSO): ${entries.join(', ')}`);
    },
    (e) => {
      if (e instanceof BuildError) console.error(`kvu-bot package not built:\n${e.message}`);
      else console.error(e?.stack ?? String(e));
      process.exitCode = 1;
    });
}
