'use strict';
// This package installed into an n8n user folder the way n8n installs a community package.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const { childEnv } = require('./host');

const PACKAGE_NAME = 'n8n-nodes-venio';

/**
 * Installs a packed tarball into <userFolder>/.n8n/nodes the way n8n's community package service
 * does: unpack into node_modules/<name>, drop dev/peer/optional dependencies from its package.json,
 * install its runtime dependencies (none for this package), and record it in nodes/package.json.
 */
function installPackageTarball(userFolder, tarball) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const packageDir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(packageDir, { recursive: true, force: true });
	fs.mkdirSync(packageDir, { recursive: true });
	const untar = spawnSync('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1'], {
		encoding: 'utf8',
	});
	if (untar.status !== 0) throw new Error(`tar -xzf ${tarball} failed: ${untar.stderr}`);

	const manifestPath = path.join(packageDir, 'package.json');
	const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
	const { devDependencies, peerDependencies, optionalDependencies, ...kept } = manifest;
	fs.writeFileSync(manifestPath, JSON.stringify(kept, null, 2));
	if (kept.dependencies && Object.keys(kept.dependencies).length > 0) {
		const npm = spawnSync(
			'npm',
			[
				'install',
				'--audit=false',
				'--fund=false',
				'--bin-links=false',
				'--install-strategy=shallow',
				'--ignore-scripts=true',
				'--package-lock=false',
			],
			{ cwd: packageDir, encoding: 'utf8', env: childEnv({ nodeBinDir: '' }) },
		);
		if (npm.status !== 0) throw new Error(`npm install in ${packageDir} failed: ${npm.stderr}`);
	}

	const nodesManifestPath = path.join(nodesDir, 'package.json');
	let nodesManifest = { name: 'installed-nodes', private: true, dependencies: {} };
	if (fs.existsSync(nodesManifestPath)) {
		nodesManifest = JSON.parse(fs.readFileSync(nodesManifestPath, 'utf8'));
		nodesManifest.dependencies = nodesManifest.dependencies || {};
	}
	nodesManifest.dependencies[PACKAGE_NAME] = kept.version;
	fs.writeFileSync(nodesManifestPath, JSON.stringify(nodesManifest, null, 2));
	return { packageDir, version: kept.version };
}

module.exports = { installPackageTarball, PACKAGE_NAME };
