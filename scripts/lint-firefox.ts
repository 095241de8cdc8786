// Lints the built Firefox extension (what addons.mozilla.org checks) and audits the dependencies that ship.
// Exit 1 on any lint error or any high or critical advisory; an audit service out of reach fails nothing by itself.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIREFOX_BUILD } from '../e2e/harness/paths';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_EXT = `${ROOT}node_modules/.bin/web-ext`;
const BLOCKING_SEVERITIES = ['high', 'critical'];
/** npm's ways of saying the registry (or its audit endpoint) did not answer. */
const UNREACHABLE = /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|audit endpoint|\b[45]\d\d [A-Z]/;

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: (string | { title?: string; url?: string })[] }>;
  message?: string;
  error?: { code?: string; summary?: string; detail?: string };
}

/** A command's output as JSON; its exit status says only what the JSON says too. */
function jsonFrom<T>(command: string, args: string[]): T | undefined {
  const { stdout } = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  try {
    return JSON.parse(stdout) as T;
  } catch {
    return undefined;
  }
}

/** The message, and the description when it is short enough to say which key or call (long ones are boilerplate). */
function describeMessage(kind: string, { code, message, description, file, line }: LintMessage): string {
  const detail = description && description.length <= 200 ? ` (${description})` : '';
  return `  ${kind} ${code} ${file ?? ''}${line ? `:${line}` : ''}: ${message}${detail}`;
}

function lintFirefoxBuild(): boolean {
  const where = relative(ROOT, FIREFOX_BUILD);
  if (!existsSync(`${FIREFOX_BUILD}/manifest.json`)) {
    console.log(`web-ext lint: no build at ${where}. Run npm run build first.`);
    return false;
  }
  const report = jsonFrom<LintReport>(WEB_EXT, ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery']);
  if (!report?.summary) {
    console.log('web-ext lint: it did not report (see its output by running it yourself).');
    return false;
  }
  const { errors, warnings, notices } = report.summary;
  console.log(`web-ext lint ${where}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  for (const message of report.errors) console.log(describeMessage('error', message));
  for (const message of report.warnings) console.log(describeMessage('warning', message));
  return errors === 0;
}

function auditShippedDependencies(): boolean {
  const report = jsonFrom<AuditReport>('npm', ['audit', '--omit=dev', '--audit-level=high', '--json']);
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report?.message ?? report?.error?.summary ?? report?.error?.code ?? 'no report';
    if (UNREACHABLE.test(reason)) {
      console.log(`npm audit: could not reach the registry's audit service (${reason}); not counted as a failure.`);
      return true;
    }
    console.log(`npm audit: failed (${reason}).`);
    return false;
  }
  const summary = Object.entries(counts).filter(([severity]) => severity !== 'total').map(([severity, count]) => `${count} ${severity}`);
  console.log(`npm audit (runtime dependencies): ${summary.join(', ')}`);
  const blocking = Object.entries(report.vulnerabilities ?? {}).filter(([, { severity }]) => BLOCKING_SEVERITIES.includes(severity));
  for (const [name, { severity, via }] of blocking) {
    const advisories = via.map((cause) => (typeof cause === 'string' ? `through ${cause}` : `${cause.title ?? ''} ${cause.url ?? ''}`.trim()));
    console.log(`  ${severity} ${name}: ${advisories.join('; ')}`);
  }
  return blocking.length === 0;
}

const linted = lintFirefoxBuild();
const audited = auditShippedDependencies();
console.log(linted && audited ? 'Firefox lint and audit: passed.' : 'Firefox lint and audit: FAILED.');
process.exitCode = linted && audited ? 0 : 1;
