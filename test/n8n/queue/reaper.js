'use strict';
/**
 * Stops what a test run started when the run itself dies without stopping it (SIGKILL, a CI
 * time-out, a crash, or jest leaving on a signal without running afterAll).
 *
 *   const reaper = startReaper();      // in the parent: a detached watcher process
 *   reaper.watch({ group: pid, dir }); // process groups to end and folders to remove
 *   await reaper.stop();               // the parent stopped everything itself
 *
 * The watcher (this file run as a script: `node reaper.js <parent pid> <state file>`) checks
 * every second that the parent is alive; once it is gone it sends SIGTERM to every process group
 * in the state file, SIGKILL after 10 s, removes the folders, and exits. It also exits when the
 * state file disappears (the parent's stop()).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const CHECK_MS = 1000;
const GRACE_MS = 10000;

function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}

function signalGroups(groups, signal) {
	for (const pid of groups) {
		try {
			process.kill(-pid, signal);
		} catch {
			// gone
		}
	}
}

/** In the parent: starts the watcher; returns { watch, stop }. */
function startReaper() {
	const stateFile = path.join(os.tmpdir(), `venio-queue-reaper-${process.pid}-${Date.now()}.json`);
	const state = { groups: [], dirs: [] };
	const save = () => fs.writeFileSync(stateFile, JSON.stringify(state));
	save();
	const watcher = spawn(process.execPath, [__filename, String(process.pid), stateFile], {
		detached: true,
		stdio: 'ignore',
	});
	watcher.unref();
	return {
		watch({ group, dir } = {}) {
			if (group) state.groups.push(group);
			if (dir) state.dirs.push(dir);
			save();
		},
		async stop() {
			fs.rmSync(stateFile, { force: true });
			try {
				process.kill(watcher.pid, 'SIGTERM');
			} catch {
				// gone
			}
		},
	};
}

/** In the watcher process. */
async function watch(parentPid, stateFile) {
	const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
	while (alive(parentPid)) {
		if (!fs.existsSync(stateFile)) return;
		await sleep(CHECK_MS);
	}
	let state;
	try {
		state = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
	} catch {
		return; // stopped in the meantime
	}
	signalGroups(state.groups, 'SIGTERM');
	const deadline = Date.now() + GRACE_MS;
	while (Date.now() < deadline && state.groups.some(alive)) await sleep(200);
	signalGroups(state.groups, 'SIGKILL');
	await sleep(500);
	for (const dir of state.dirs) fs.rmSync(dir, { recursive: true, force: true });
	fs.rmSync(stateFile, { force: true });
}

if (require.main === module) {
	watch(Number(process.argv[2]), process.argv[3]).then(
		() => process.exit(0),
		() => process.exit(1),
	);
}

module.exports = { startReaper };
