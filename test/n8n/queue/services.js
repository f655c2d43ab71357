'use strict';
/**
 * The services n8n's queue mode needs, from Debian's packages: PostgreSQL (queue mode does not
 * support SQLite) and Redis (the Bull queue). Each runs as a child process in the foreground on
 * 127.0.0.1 with a throwaway data folder, and stop() removes it again.
 *
 *   await ensureServicePackages();          // apt-get when a binary is missing (root only)
 *   const pg = await startPostgres();       // { port, user, database, stop }
 *   const redis = await startRedis();       // { port, cli(...args), stop }
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const { freePort } = require('../instance');

const POSTGRES_ROOT = '/usr/lib/postgresql';
const REDIS_SERVER = '/usr/bin/redis-server';
const REDIS_CLI = '/usr/bin/redis-cli';
const START_TIMEOUT_MS = 60000;

function log(message) {
	process.stderr.write(`[queue-services] ${message}\n`);
}

function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The bin folder of the newest PostgreSQL installed from Debian's packages, or undefined. */
function postgresBinDir() {
	if (!fs.existsSync(POSTGRES_ROOT)) return undefined;
	const versions = fs
		.readdirSync(POSTGRES_ROOT)
		.filter((name) => fs.existsSync(path.join(POSTGRES_ROOT, name, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? path.join(POSTGRES_ROOT, versions[0], 'bin') : undefined;
}

function runChecked(command, args, options = {}) {
	const started = Date.now();
	const result = spawnSync(command, args, {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		...options,
	});
	if (result.status !== 0) {
		throw new Error(
			`${command} ${args.join(' ')} failed (${result.signal || `exit ${result.status}`}):\n` +
				`${(result.stdout || '').slice(-3000)}\n${(result.stderr || '').slice(-3000)}`,
		);
	}
	return { ...result, seconds: (Date.now() - started) / 1000 };
}

/**
 * Installs PostgreSQL and Redis from Debian's packages when their binaries are missing
 * (`apt-get update` first). Needs root, as on CI. Services the packages would start on their
 * default ports are kept from starting (policy-rc.d), so the only servers running are ours.
 */
function ensureServicePackages() {
	const missing = [];
	if (!postgresBinDir()) missing.push('postgresql');
	if (!fs.existsSync(REDIS_SERVER) || !fs.existsSync(REDIS_CLI)) missing.push('redis-server');
	if (!missing.length) return { installed: [], seconds: 0 };
	if (process.getuid && process.getuid() !== 0) {
		throw new Error(
			`${missing.join(' and ')} missing; install them (sudo apt-get install -y ${missing.join(' ')}) or run as root`,
		);
	}
	const started = Date.now();
	const policy = '/usr/sbin/policy-rc.d';
	const ownPolicy = !fs.existsSync(policy);
	if (ownPolicy) fs.writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
	try {
		// Another process may hold the dpkg lock (say, an install of Chromium): wait for it.
		const lockWait = ['-o', 'DPkg::Lock::Timeout=900'];
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		log('apt-get update');
		runChecked('apt-get', [...lockWait, 'update'], { env });
		log(`apt-get install -y ${missing.join(' ')}`);
		runChecked('apt-get', [...lockWait, 'install', '-y', '--no-install-recommends', ...missing], {
			env,
		});
	} finally {
		if (ownPolicy) fs.rmSync(policy, { force: true });
	}
	const seconds = (Date.now() - started) / 1000;
	log(`installed ${missing.join(', ')} in ${seconds.toFixed(0)} s`);
	return { installed: missing, seconds };
}

/**
 * A child process in the foreground, in its own process group. stop() sends `stopSignal` (SIGKILL
 * after 15 s) to the group; the process also goes when this one exits.
 */
function spawnService(name, command, args, { uid, gid, cwd, logFile, stopSignal = 'SIGTERM' }) {
	const logStream = fs.createWriteStream(logFile, { flags: 'a' });
	let tail = '';
	const child = spawn(command, args, {
		uid,
		gid,
		cwd,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const onOutput = (chunk) => {
		logStream.write(chunk);
		tail = (tail + chunk.toString()).slice(-4000);
	};
	child.stdout.on('data', onOutput);
	child.stderr.on('data', onOutput);
	let exited = null;
	const exitPromise = new Promise((resolve) =>
		child.on('exit', (code, signal) => resolve((exited = { code, signal }))),
	);
	const kill = (signal) => {
		try {
			process.kill(-child.pid, signal);
		} catch {
			// gone
		}
	};
	const killNow = () => exited || kill('SIGKILL');
	process.on('exit', killNow);
	let stopping;
	return {
		name,
		pid: child.pid,
		tail: () => tail,
		exited: () => exited,
		stop: () =>
			(stopping =
				stopping ||
				(async () => {
					if (!exited) {
						kill(stopSignal);
						const force = setTimeout(killNow, 15000);
						await exitPromise;
						clearTimeout(force);
					}
					process.removeListener('exit', killNow);
					await new Promise((resolve) => logStream.end(resolve));
				})()),
	};
}

async function waitUntil(service, check, what) {
	const deadline = Date.now() + START_TIMEOUT_MS;
	for (;;) {
		if (service.exited()) {
			throw new Error(`${what} exited (${JSON.stringify(service.exited())}):\n${service.tail()}`);
		}
		if (check()) return;
		if (Date.now() > deadline) {
			throw new Error(
				`${what} was not ready within ${START_TIMEOUT_MS / 1000} s:\n${service.tail()}`,
			);
		}
		await sleep(200);
	}
}

/** Stops a service and removes its throwaway data folder: on a failed start and on stop(). */
async function stopAndRemove(server, dir) {
	await server.stop();
	fs.rmSync(dir, { recursive: true, force: true });
}

/** The postgres account's ids when running as root (initdb and postgres refuse root). */
function postgresAccount() {
	if (!process.getuid || process.getuid() !== 0) return {};
	const uid = Number(runChecked('id', ['-u', 'postgres']).stdout.trim());
	const gid = Number(runChecked('id', ['-g', 'postgres']).stdout.trim());
	return { uid, gid };
}

/**
 * A throwaway PostgreSQL cluster on 127.0.0.1 (trust auth, no fsync: test data only), with a
 * database for n8n. Returns { port, user, database, dir, stop }.
 */
async function startPostgres({ database = 'n8n' } = {}) {
	const bin = postgresBinDir();
	if (!bin) throw new Error('PostgreSQL is not installed (ensureServicePackages installs it)');
	const account = postgresAccount();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venio-queue-pg-'));
	const dataDir = path.join(dir, 'data');
	fs.mkdirSync(dataDir, { mode: 0o700 });
	if (account.uid !== undefined) fs.chownSync(dir, account.uid, account.gid);
	if (account.uid !== undefined) fs.chownSync(dataDir, account.uid, account.gid);
	const user = 'postgres';
	runChecked(
		path.join(bin, 'initdb'),
		['-D', dataDir, '-U', user, '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C'],
		{ ...account, cwd: dir },
	);
	const port = await freePort();
	const server = spawnService(
		'postgres',
		path.join(bin, 'postgres'),
		[
			'-D',
			dataDir,
			'-p',
			String(port),
			'-k',
			dir,
			'-c',
			'listen_addresses=127.0.0.1',
			'-c',
			'fsync=off',
			'-c',
			'synchronous_commit=off',
			'-c',
			'full_page_writes=off',
			'-c',
			'max_connections=200',
		],
		// SIGINT is PostgreSQL's fast shutdown; SIGTERM would wait for n8n's connections to close.
		{ ...account, cwd: dir, logFile: path.join(dir, 'postgres.log'), stopSignal: 'SIGINT' },
	);
	const isReady = () =>
		spawnSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-U', user])
			.status === 0;
	try {
		await waitUntil(server, isReady, 'PostgreSQL');
		runChecked(path.join(bin, 'createdb'), [
			'-h',
			'127.0.0.1',
			'-p',
			String(port),
			'-U',
			user,
			database,
		]);
	} catch (error) {
		await stopAndRemove(server, dir);
		throw error;
	}
	return {
		port,
		user,
		database,
		dir,
		pid: server.pid,
		stop: () => stopAndRemove(server, dir),
	};
}

/** A throwaway Redis on 127.0.0.1 without persistence. Returns { port, cli(...args), stop }. */
async function startRedis() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venio-queue-redis-'));
	const port = await freePort();
	const server = spawnService(
		'redis',
		REDIS_SERVER,
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
		],
		{ cwd: dir, logFile: path.join(dir, 'redis.log') },
	);
	const cli = (...args) =>
		runChecked(REDIS_CLI, ['-h', '127.0.0.1', '-p', String(port), ...args]).stdout.trim();
	const isReady = () => {
		try {
			return cli('ping') === 'PONG';
		} catch {
			return false;
		}
	};
	try {
		await waitUntil(server, isReady, 'Redis');
	} catch (error) {
		await stopAndRemove(server, dir);
		throw error;
	}
	return {
		port,
		pid: server.pid,
		dir,
		cli,
		stop: () => stopAndRemove(server, dir),
	};
}

module.exports = { ensureServicePackages, startPostgres, startRedis, postgresBinDir };
