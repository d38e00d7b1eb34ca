#!/usr/bin/env node
'use strict';
/**
 * Writes localized custom-function metadata next to the generated functions.json, and
 * offers the same as a webpack plugin.
 *
 *   node scripts/localize-functions.js dist/functions.json            → dist/functions.nl.json
 *   node scripts/localize-functions.js in.json out.json nl
 *
 * In webpack.config.js, after `new CustomFunctionsMetadataPlugin({ output: 'functions.json', … })`:
 *   const { LocalizedFunctionsMetadataPlugin } = require('./scripts/localize-functions');
 *   plugins: [..., new LocalizedFunctionsMetadataPlugin({ source: 'functions.json', lang: 'nl' })]
 */
const fs = require('fs');
const path = require('path');
const { localizeMetadata } = require('./localize-metadata');

function localizedFileName(source, lang) {
  return source.replace(/\.json$/, `.${lang}.json`);
}

/** Emits <source>.<lang>.json from the functions.json asset the metadata plugin added. */
class LocalizedFunctionsMetadataPlugin {
  constructor(options = {}) {
    this.source = options.source || 'functions.json';
    this.lang = options.lang || 'nl';
    this.output = options.output || localizedFileName(this.source, this.lang);
  }

  apply(compiler) {
    const name = 'LocalizedFunctionsMetadataPlugin';
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.source);
        if (!asset) {
          // The metadata plugin reports its own errors; without its output there is nothing to translate.
          compilation.warnings.push(new compiler.webpack.WebpackError(`${name}: no ${this.source} asset to localize`));
          return;
        }
        try {
          const localized = localizeMetadata(asset.source.source().toString(), this.lang);
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(localized, null, 4)));
        } catch (e) {
          compilation.errors.push(new compiler.webpack.WebpackError(`${name}: ${e.message}`));
        }
      });
    });
  }
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

module.exports = { LocalizedFunctionsMetadataPlugin, localizedFileName, main };
