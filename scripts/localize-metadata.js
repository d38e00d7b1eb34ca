'use strict';
/**
 * Localized custom-function metadata (Excel reads one functions JSON per locale; the
 * manifest points nl-nl at functions.nl.json with a bt:Override). Pure: takes the
 * metadata generated from the JSDoc (English) and returns a copy whose function and
 * parameter names and descriptions come from src/functions/<lang>.json. ids, types and
 * options stay as generated. A function or parameter without a translation throws, so
 * a build never ships half-translated metadata.
 */
const fs = require('fs');
const path = require('path');

const LOCALIZED_LANGUAGES = ['nl'];

// Read on every call (not require'd) so webpack watch mode picks up edits to the map.
function translations(lang) {
  if (!LOCALIZED_LANGUAGES.includes(lang)) return undefined;
  return JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'src', 'functions', `${lang}.json`), 'utf8'));
}

function localizeMetadata(metadata, lang) {
  const source = typeof metadata === 'string' ? JSON.parse(metadata) : metadata;
  const copy = JSON.parse(JSON.stringify(source));
  if (lang === 'en') return copy;
  const map = translations(lang);
  if (!map) throw new Error(`localizeMetadata: no translations for language "${lang}"`);
  const missing = [];
  copy.functions = copy.functions.map((fn) => {
    const t = map.functions[fn.id];
    if (!t) {
      missing.push(fn.id);
      return fn;
    }
    const parameters = (fn.parameters || []).map((p) => {
      const tp = t.parameters && t.parameters[p.name];
      if (!tp) {
        missing.push(`${fn.id}(${p.name})`);
        return p;
      }
      return { ...p, name: tp.name, description: tp.description };
    });
    return { ...fn, name: t.name, description: t.description, parameters };
  });
  if (missing.length) throw new Error(`localizeMetadata: no "${lang}" translation for ${missing.join(', ')}`);
  return copy;
}

module.exports = { localizeMetadata, LOCALIZED_LANGUAGES };
