#!/usr/bin/env node
'use strict';
/**
 * Writes localized custom-function metadata next to a generated functions.json, by hand.
 * (The build does the same with the LocalizedMetadataPlugin in webpack.config.js.)
 *
 *   node scripts/localize-functions.js dist/functions.json            → dist/functions.nl.json
 *   node scripts/localize-functions.js in.json out.json nl
 */
const fs = require('fs');
const path = require('path');
const { localizeMetadata } = require('./localize-metadata');

function localizedFileName(source, lang) {
  return source.replace(/\.json$/, `.${lang}.json`);
}

function main(argv) {
  const [input, output, lang = 'nl'] = argv;
  if (!input) {
    console.error('usage: node scripts/localize-functions.js <functions.json> [out.json] [lang]');
    return 2;
  }
  const out = output || localizedFileName(input, lang);
  const localized = localizeMetadata(fs.readFileSync(input, 'utf8'), lang);
  fs.writeFileSync(out, JSON.stringify(localized, null, 4) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out) || out}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { localizedFileName, main };
