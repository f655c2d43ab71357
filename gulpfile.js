// Copies what tsc does not: node/credential icons and the codex files (*.node.json) that n8n reads
// next to each built node. Paths keep their folder so `file:venio.svg` still resolves inside dist/.
const { src, dest } = require('gulp');

function copyAssets() {
	return src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:assets'] = copyAssets;
exports.default = copyAssets;
