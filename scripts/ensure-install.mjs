// Runs before `npm start` and `npm test`: installs the npm dependencies when they are missing or
// older than the lockfile, and the Debian packages the project uses when they are missing
// (as root, with apt-get), or says clearly what to install. Node built-ins only.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const purpose = process.argv[2] === 'test' ? 'test' : 'start';

/** Debian packages: what each is for, and a file that shows it is installed. */
const systemPackages = [
  { name: 'wnorwegian', file: '/usr/share/dict/bokmaal', use: 'Norwegian word list for repairing words hyphenated across lines' },
  { name: 'dict-freedict-eng-nor', file: '/usr/share/dictd/freedict-eng-nor.index', use: 'English→Norwegian dictionary for English questions' },
  {
    name: 'apertium-nno-nob',
    file: '/usr/share/apertium/apertium-nno-nob/nob-nno.automorf.bin',
    use: 'bokmål and nynorsk morphology (lemmas, compounds) for matching questions to the texts',
  },
  { name: 'lttoolbox', file: '/usr/bin/lt-proc', use: 'runs the Apertium analysers at ingest' },
  { name: 'mythes-no', file: '/usr/share/mythes/th_nb_NO_v2.dat', use: 'bokmål thesaurus: synonyms of question words as partial evidence' },
  ...(purpose === 'test'
    ? [
        { name: 'chromium', file: '/usr/bin/chromium', use: 'the browser for the end-to-end test' },
        {
          name: 'postgresql',
          file: '/usr/lib/postgresql/15/bin/postgres',
          use: 'PostgreSQL 15 for the database-store tests (started by the tests on a free port)',
        },
      ]
    : []),
];

const missing = systemPackages.filter((entry) => !existsSync(entry.file));
if (missing.length > 0) {
  const names = missing.map((entry) => entry.name).join(' ');
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log(`Installing Debian packages: ${names}`);
    try {
      execSync('apt-get update -qq', { stdio: 'inherit' });
      execSync(`apt-get install -y -qq --no-install-recommends ${names}`, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      console.warn(`Could not install ${names} with apt-get.`);
    }
  }
  for (const entry of missing.filter((item) => !existsSync(item.file))) {
    console.warn(`Missing Debian package ${entry.name} (${entry.use}). Install it with: sudo apt-get install ${entry.name}`);
  }
}

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs;
if (stale) {
  console.log('Installing npm dependencies (npm ci)…');
  execSync('npm ci', { stdio: 'inherit', env: { ...process.env, ONNXRUNTIME_NODE_INSTALL_CUDA: 'skip' } });
}
