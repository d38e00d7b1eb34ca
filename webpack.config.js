// Builds the add-in into dist/: one page (taskpane.html) that loads the functions, commands
// and task-pane bundles into the shared runtime, plus the custom-functions metadata
// (functions.json, functions.nl.json), the icons and the manifest.
'use strict';
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const DEV_URL = 'https://localhost:3000/';
const PORT = 3000;
const FUNCTIONS_SOURCE = './src/functions/functions.ts';
const LOCALIZE_MODULE = path.resolve(__dirname, 'scripts/localize-metadata.js');

/**
 * Writes functions.<lang>.json next to functions.json by passing the generated metadata
 * through scripts/localize-metadata.js (`localizeMetadata(metadata, lang)`), so Dutch
 * Excel shows Dutch function names. Missing or failing localisation fails the build:
 * the manifest points Dutch Excel at this file.
 */
class LocalizedMetadataPlugin {
  constructor(languages) {
    this.languages = languages;
  }

  apply(compiler) {
    const name = 'LocalizedMetadataPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          const source = compilation.getAsset('functions.json');
          if (!source) return; // metadata generation failed; its plugin already reported why
          let localizeMetadata;
          try {
            ({ localizeMetadata } = freshRequire(LOCALIZE_MODULE, compilation));
            if (typeof localizeMetadata !== 'function') throw new Error('it does not export localizeMetadata()');
          } catch (err) {
            compilation.errors.push(new webpack.WebpackError(`${name}: cannot use ${LOCALIZE_MODULE}: ${err.message}`));
            return;
          }
          for (const lang of this.languages) {
            try {
              const metadata = JSON.parse(source.source.source().toString());
              const localized = localizeMetadata(metadata, lang);
              compilation.emitAsset(
                `functions.${lang}.json`,
                new webpack.sources.RawSource(JSON.stringify(localized, null, 2)),
              );
            } catch (err) {
              compilation.errors.push(new webpack.WebpackError(`${name}: localizing to ${lang} failed: ${err.message}`));
            }
          }
        },
      );
    });
  }
}

/**
 * require() that sees edits in watch mode: drops the module and its project-local children
 * (e.g. the translation JSON) from the cache, and tells webpack to rebuild when they change.
 */
function freshRequire(file, compilation) {
  const projectFiles = (mod) =>
    [mod, ...mod.children].filter((m) => !m.id.includes(`${path.sep}node_modules${path.sep}`)).map((m) => m.id);
  const cached = require.cache[file];
  if (cached) for (const id of projectFiles(cached)) delete require.cache[id];
  const exported = require(file);
  for (const id of projectFiles(require.cache[file])) compilation.fileDependencies.add(id);
  return exported;
}

/**
 * RMO_PUBLIC_URL, checked: an absolute HTTPS URL without query or fragment (the manifest
 * reference: "The source location must be an HTTPS address"). Returns the base for files
 * (path kept, one trailing slash) and the origin alone, which is all an <AppDomain> may
 * hold ("Don't include any segments of a URL past the domain").
 */
function publicLocation(publicUrl) {
  let url;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(`RMO_PUBLIC_URL "${publicUrl}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:') throw new Error(`RMO_PUBLIC_URL "${publicUrl}" must use https:// (Office loads add-ins over HTTPS only)`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`RMO_PUBLIC_URL "${publicUrl}" must not carry a query, fragment or credentials`);
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { base: `${url.origin}${path}`, origin: url.origin };
}

/**
 * The manifest is served as-is for development; RMO_PUBLIC_URL rewrites its URLs for hosting
 * elsewhere: file URLs move under the public base, a bare dev origin (an <AppDomain>) becomes
 * the public origin only. test/build/manifest.test.ts runs the offline manifest check on the result.
 */
function manifestTransform(content) {
  const publicUrl = process.env.RMO_PUBLIC_URL;
  if (!publicUrl) return content;
  const { base, origin } = publicLocation(publicUrl);
  return Buffer.from(content.toString().split(DEV_URL).join(base).split(DEV_URL.slice(0, -1)).join(origin));
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const outputPath = env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, 'dist');

  const config = {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    // functions.js carries the one webpack runtime; commands and taskpane depend on it, so in
    // the shared runtime all three share one module registry (module state such as the
    // default language is the same object for the task pane and the custom functions).
    // functions.js stays self-contained: it never includes React or the task pane. The task
    // pane depends on commands too, because the ribbon's Run analysis uses the same pipeline
    // modules; they then live in commands.js only, once.
    entry: {
      functions: FUNCTIONS_SOURCE,
      commands: { import: './src/commands/commands.ts', dependOn: 'functions' },
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'commands' },
    },
    output: {
      path: outputPath,
      filename: '[name].js',
      // Plain global lookup so the functions bundle also loads where no `window`/`self` exists.
      globalObject: 'globalThis',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; ES modules let webpack drop unused code.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: dev } },
          },
        },
        {
          // The pane's makeStyles() resolved at build time (ts-loader's output goes through
          // Griffel's transform, as Fluent's own packages ship): the first render no longer
          // turns style objects into CSS rules (see Performance in docs/developers.md).
          test: /src[\\/]taskpane[\\/]styles\.ts$/,
          enforce: 'post',
          use: { loader: '@griffel/webpack-loader' },
        },
      ],
    },
    // No extra vendor chunks: the page loads exactly functions.js, commands.js, taskpane.js.
    optimization: { splitChunks: false },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      new LocalizedMetadataPlugin(['nl']),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // GetStarted's LearnMoreUrl.
          { from: 'assets/help.html', to: 'help.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestTransform },
        ],
      }),
    ],
  };

  if (serving) {
    const { getHttpsOptions } = require('./scripts/dev-certs');
    config.devServer = {
      port: PORT,
      host: 'localhost',
      hot: false, // a full reload keeps custom-function registration simple and predictable
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await getHttpsOptions() },
      static: false,
    };
  }
  return config;
};

module.exports.manifestTransform = manifestTransform; // for test/build
