// The setup step (`npm run setup`; `npm test` runs it first, `npm start` only when something is
// missing): installs the npm dependencies when they are missing or older than the lockfile, and
// the Debian packages the project uses when they are missing (as root, with apt-get), or says
// clearly what to install. Node built-ins only. `missingRequirements` lets `npm start` check
// without installing anything.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Debian packages: what each is for, and a file that shows it is installed. */
const systemPackages = (purpose) => [
  { name: 'wnorwegian', file: '/usr/share/dict/bokmaal', use: 'Norwegian word list for repairing words hyphenated across lines' },
  { name: 'dict-freedict-eng-nor', file: '/usr/share/dictd/freedict-eng-nor.index', use: 'English→Norwegian dictionary for English questions' },
  ...['eng-swe', 'eng-deu', 'deu-swe', 'swe-nor'].map((pair) => ({
    name: `dict-freedict-${pair}`,
    file: `/usr/share/dictd/freedict-${pair}.index`,
    use: 'English→Swedish/German→Norwegian pivot for the English words FreeDict eng-nor lacks',
  })),
  {
    name: 'apertium-swe-nor',
    file: '/usr/share/apertium/apertium-swe-nor/swe-nob.autobil.bin',
    use: 'Swedish→bokmål dictionary, the last hop of the English pivot',
  },
  {
    name: 'wordnet-base',
    file: '/usr/share/wordnet/data.verb',
    use: 'English WordNet: irregular forms («made», «meant») and multiword verbs («set up», «carry out») of English questions',
  },
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

const npmDependenciesStale = () => {
  const marker = path.join(repositoryRoot, 'node_modules/.package-lock.json');
  return !existsSync(marker) || statSync(path.join(repositoryRoot, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs;
};

/** What the setup step would install for `purpose` ('start' or 'test'): Debian packages and npm dependencies. */
export const missingRequirements = (purpose) => ({
  packages: systemPackages(purpose).filter((entry) => !existsSync(entry.file)),
  npm: npmDependenciesStale(),
});

export const runSetup = (purpose) => {
  const { packages: missing, npm } = missingRequirements(purpose);
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
  if (npm) {
    console.log('Installing npm dependencies (npm ci)…');
    execSync('npm ci', { cwd: repositoryRoot, stdio: 'inherit', env: { ...process.env, ONNXRUNTIME_NODE_INSTALL_CUDA: 'skip' } });
  }
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runSetup(process.argv[2] === 'test' ? 'test' : 'start');
}
