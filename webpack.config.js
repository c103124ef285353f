/* eslint-env node */
/**
 * Builds the Excel add-in: the task pane (React + Fluent UI v9) and the function file.
 *
 *   npm run build        webpack --mode production   → dist/ (works offline)
 *   npm run dev-server   webpack serve                → https://localhost:3000 (Office dev certificates)
 *   npm run preview      node scripts/preview.mjs     → webpack --mode production --env preview → dist-preview/,
 *                                                       served on http://127.0.0.1:3000/
 *
 * The browser preview (src/preview: the task pane beside an in-memory workbook, no Excel, no Office.js) is
 * a separate configuration, selected with `--env preview`: its own output folder (dist-preview/, which the
 * add-in build never cleans), its own bundle (exceljs and the preview grid never reach dist/taskpane.*.js).
 *
 * Office.js itself is not bundled: the HTML templates load it from the CDN with a plain <script> tag.
 *
 * Deployment: set CCHC_PUBLIC_URL (an https:// address, e.g. https://addin.example.gov.vn/cchc/, with or
 * without the trailing slash) for a production build; the copied dist/manifest.xml then points every URL
 * under it, its <AppDomain> is that address's origin, and it mentions localhost nowhere (the build fails
 * otherwise). The manifest.xml in the repository is not changed (see rewriteManifest below).
 *
 * The help page (dist/help.html, dist/help.en.html; the manifest's SupportUrl and LearnMoreUrl) is static
 * HTML rendered at build time from the rules' own texts by src/help/render.ts (HelpPagePlugin), with the
 * pane's screenshots (src/help/screenshots/*.png) inlined, so that each page is one self-contained file.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000';
const DEV_URL = `${DEV_ORIGIN}/`;
const DEV_PORT = 3000;

/** Office's trusted localhost certificates; only for `webpack serve` (may prompt to install them). */
async function devHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

/**
 * CCHC_PUBLIC_URL as { base (ends with "/"), origin }, or null when unset. Office loads add-ins over HTTPS
 * only, so anything but an https:// address without query or fragment is refused.
 */
function publicUrl(value = process.env.CCHC_PUBLIC_URL) {
  if (!value || !value.trim()) return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`CCHC_PUBLIC_URL is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:') throw new Error(`CCHC_PUBLIC_URL must be an https:// address (Office loads add-ins over HTTPS only): ${value}`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`CCHC_PUBLIC_URL must be a plain folder address, without ?query, #fragment or user name: ${value}`);
  }
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { base, origin: url.origin };
}

/**
 * The deployed manifest: every https://localhost:3000/… URL moved under the public base, the bare dev
 * origin (<AppDomain>) replaced by the public origin, and the XML comments (developer notes that mention
 * the dev server) dropped. Throws if "localhost" is still anywhere in it.
 */
function rewriteManifest(xml, url) {
  const target = typeof url === 'string' ? publicUrl(url) : url;
  if (!target) return xml;
  const out = xml
    .replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n?/g, '')
    .split(DEV_URL)
    .join(target.base)
    .split(DEV_ORIGIN)
    .join(target.origin);
  const left = /.*localhost.*/i.exec(out);
  if (left) throw new Error(`manifest.xml still mentions localhost after the CCHC_PUBLIC_URL rewrite: ${left[0].trim()}`);
  return out;
}

/** Emits the help page in each language (src/help/render.ts, loaded through tsx: TypeScript at build time). */
class HelpPagePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const renderDir = path.resolve(__dirname, 'src', 'help');
    compiler.hooks.thisCompilation.tap('HelpPagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'HelpPagePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          // A fresh load each compilation, so that `webpack serve` picks up edited rule texts.
          const { require: tsxRequire } = require('tsx/cjs/api');
          const { renderHelpPage, HELP_FILES } = tsxRequire('./src/help/render.ts', __filename);
          for (const lang of ['vi', 'en']) {
            compilation.emitAsset(HELP_FILES[lang], new sources.RawSource(renderHelpPage(lang)));
          }
          compilation.contextDependencies.add(renderDir);
          // The pane's screenshots, inlined into the page (npm run screenshots remakes them).
          compilation.contextDependencies.add(path.join(renderDir, 'screenshots'));
          compilation.contextDependencies.add(path.resolve(__dirname, 'src', 'core', 'rules'));
        },
      );
    });
  }
}

/** Shared by both configurations. */
const resolve = {
  extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
  // Source written with ".js" suffixes on TypeScript imports still resolves.
  extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
};

const scriptRule = {
  test: /\.[cm]?[jt]sx?$/,
  exclude: /node_modules/,
  loader: 'esbuild-loader',
  options: { target: 'es2020', jsx: 'automatic' },
};

/** Hashed bundle names in production, into `dir`, cleaned on each build. */
function outputTo(dir, production) {
  return {
    path: path.resolve(__dirname, dir),
    filename: production ? '[name].[contenthash:8].js' : '[name].js',
    publicPath: '',
    clean: true,
  };
}

/** The browser preview: dist-preview/preview.html + its bundle + the bundled sample workbook. */
function previewConfig(production) {
  const { EsbuildPlugin } = require('esbuild-loader');
  return {
    name: 'preview',
    mode: production ? 'production' : 'development',
    // No eval-based source maps: preview.html's Content-Security-Policy forbids eval.
    devtool: production ? false : 'cheap-module-source-map',
    context: __dirname,
    entry: { preview: './src/preview/index.tsx' },
    output: outputTo('dist-preview', production),
    resolve,
    module: { rules: [scriptRule] },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      // The pane links to the help page: the preview serves it too.
      new HelpPagePlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'samples/phu-luc-mau.xlsx', to: 'phu-luc-mau.xlsx' },
          { from: 'assets/icon-32.png', to: 'favicon.png', noErrorOnMissing: true },
        ],
      }),
    ],
    optimization: {
      minimize: production,
      // esbuild minifies the (large, exceljs-heavy) preview bundle in a fraction of terser's time.
      minimizer: [new EsbuildPlugin({ target: 'es2020', legalComments: 'eof' })],
    },
    // exceljs alone is ~1 MB minified; the preview is a local tool, not the add-in.
    performance: { hints: false },
  };
}

module.exports = async function webpackConfig(env = {}, argv = {}) {
  const production = argv.mode === 'production';
  if (env.preview) return previewConfig(production);
  const serving = Boolean(env.WEBPACK_SERVE);
  const prodUrl = publicUrl();

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    context: __dirname,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: outputTo('dist', production),
    resolve,
    module: { rules: [scriptRule] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            transform: (content) => (production && prodUrl ? rewriteManifest(content.toString(), prodUrl) : content),
          },
        ],
      }),
      new HelpPagePlugin(),
    ],
    optimization: {
      // Default splitChunks only splits async chunks: each entry stays one file (dist/taskpane.*.js).
      minimize: production,
    },
    // The budget that matters is 300 KB gzipped (checked by `npm run bench`, taskpane.bundle_kb_gzip);
    // ~190 KB gzipped is ~620 KB minified, so warn only well before that budget would be reached.
    performance: {
      hints: production ? 'warning' : false,
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 900 * 1024,
    },
    devServer: {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // getHttpsServerOptions() is only called for `webpack serve`, never for a build.
      server: serving ? { type: 'https', options: await devHttpsOptions() } : 'https',
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports.publicUrl = publicUrl;
module.exports.rewriteManifest = rewriteManifest;
