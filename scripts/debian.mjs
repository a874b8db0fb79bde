// Installs a Debian package the tests need (Chromium, faketime) when it is missing and this machine allows it: as root
// with apt-get, from Debian's own package archive (never a browser download from anywhere else). Otherwise it prints
// the exact command to run and answers false.
import { spawnSync } from 'node:child_process';

export function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

/** True when `command` is (or has just been made) available by installing Debian's `pkg`. */
export function ensureDebianPackage(pkg, command) {
  if (onPath(command)) return true;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && onPath('apt-get')) {
    console.log(`${command} is missing: installing Debian's package ${pkg} (apt-get install ${pkg})`);
    // An old or empty package list finds nothing: update it first, as Debian's documentation says.
    if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', pkg]) && onPath(command)) return true;
  }
  console.error(`${command} is missing and could not be installed here. Install it and run again:\n  sudo apt-get update && sudo apt-get install -y ${pkg}`);
  return false;
}
