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
 * Set CCHC_PUBLIC_URL (e.g. https://addin.example.gov.vn/cchc/) to rewrite https://localhost:3000/ in
 * the copied dist/manifest.xml for a deployment; the manifest.xml in the repository is not changed.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

/** Office's trusted localhost certificates; only for `webpack serve` (may prompt to install them). */
async function devHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

function publicUrl() {
  const url = process.env.CCHC_PUBLIC_URL;
  if (!url) return null;
  return url.endsWith('/') ? url : `${url}/`;
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

module.exports = async (env = {}, argv = {}) => {
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
            transform: (content) =>
              production && prodUrl ? content.toString().split(DEV_URL).join(prodUrl) : content,
          },
        ],
      }),
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
