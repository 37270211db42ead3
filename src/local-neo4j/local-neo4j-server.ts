import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig, Neo4jConnectionConfig } from '../config';
import { ensureNeo4jJars } from './neo4j-jars';
import { renderNeo4jConf } from './neo4j-conf';

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
/** Restart delays of a supervised server that died: 1 s, doubling to at most 30 s. */
const FIRST_RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * The bundled Neo4j Community server, run with Neo4j's own launcher (Neo4jCommand console),
 * which reads neo4j.conf and forks the server JVM with the right flags. We start it in its own
 * process group so that stopping it also stops that forked JVM.
 */
export class LocalNeo4jServer {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  /** Launcher pid of a server another, dead process of ours started and this one took over. */
  private adoptedPid?: number;
  private supervised = false;
  private stopping = false;
  private restartDelayMs = FIRST_RESTART_DELAY_MS;
  private restartTimer?: NodeJS.Timeout;

  constructor(
    private readonly config: LocalNeo4jConfig,
    private readonly log: (line: string) => void = console.log,
  ) {}

  get connection(): Neo4jConnectionConfig {
    return {
      uri: `bolt://127.0.0.1:${this.config.boltPort}`,
      user: 'neo4j',
      password: this.password(),
    };
  }

  /** True when a server we started earlier (another process of ours) answers on our port. */
  async isRunning(): Promise<boolean> {
    if (!existsSync(this.passwordFile()) || this.runningLauncher() === undefined) return false;
    const { uri, user, password } = this.connection;
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000 });
    try {
      await driver.verifyConnectivity();
      return true;
    } catch {
      return false;
    } finally {
      await driver.close();
    }
  }

  /**
   * Whether the process of ours that started the running server still lives (the service while
   * an import runs, say): then the two share it. A server whose starter was killed is adopted.
   */
  starterIsAlive(): boolean {
    const owner = readPid(this.ownerFile());
    return owner !== undefined && owner !== process.pid && isAlive(owner);
  }

  /**
   * Takes over a running server whose starter is gone (a killed importer or service): from now
   * on this process stops it when it stops, as if it had started it.
   */
  adopt(): void {
    const pid = readPid(this.pidFile());
    if (pid === undefined) return;
    this.log(
      `Adopting the bundled Neo4j (process group ${pid}) left running by process ${readPid(this.ownerFile()) ?? 'unknown'}, which is gone; this process stops it when it stops.`,
    );
    this.adoptedPid = pid;
    writeFileSync(this.ownerFile(), String(process.pid));
  }

  /**
   * Restart the server with backoff whenever it dies without stop() (the service's bundled
   * Neo4j): the service then recovers by itself, its circuit breaker closing once Neo4j answers.
   */
  supervise(): void {
    this.supervised = true;
  }

  async start(): Promise<Neo4jConnectionConfig> {
    const home = this.config.home;
    this.stopping = false;
    await this.stopStaleServer();
    const libDir = this.prepareHome();

    const logFile = join(home, 'logs', 'console.log');
    const out = openSync(logFile, 'a');
    this.log(`Starting the bundled Neo4j on bolt://127.0.0.1:${this.config.boltPort} (data in ${home}/data) ...`);
    const child = spawn('java', ['-cp', `${libDir}/*`, 'org.neo4j.server.startup.Neo4jCommand', 'console'], {
      env: { ...process.env, ...this.neo4jEnv() },
      stdio: ['ignore', out, out],
      detached: true,
    });
    closeSync(out);
    // Our stop() ends it; an unref'd handle lets a test runner exit once that is done.
    child.unref();
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.once('exit', (code, signal) => this.onExit(child, code, signal));
    child.once('error', (error) => this.log(`Could not start java: ${error.message}`));
    writeFileSync(this.pidFile(), String(child.pid));
    writeFileSync(this.ownerFile(), String(process.pid));

    try {
      await this.waitUntilReachable(logFile);
    } catch (error) {
      await this.stop();
      throw error;
    }
    this.log('The bundled Neo4j is ready.');
    return this.connection;
  }

  get home(): string {
    return this.config.home;
  }

  /** Whether the database's store files exist (a server has created it or a bulk load wrote it). */
  hasStore(database = 'neo4j'): boolean {
    return existsSync(join(this.config.home, 'data', 'databases', database));
  }

  /** Deletes a database's store and transaction logs; the next start creates it empty. Server stopped. */
  removeStore(database = 'neo4j'): void {
    for (const dir of ['databases', 'transactions'])
      rmSync(join(this.config.home, 'data', dir, database), { recursive: true, force: true });
  }

  /**
   * Runs `neo4j-admin <args>` on this server's home (the server must be stopped for commands
   * that write store files), its output appended to logFile. Resolves with the exit code.
   */
  async runAdmin(args: string[], logFile: string): Promise<number> {
    const admin = this.adminCommand(this.prepareHome(), args);
    const out = openSync(logFile, 'a');
    try {
      const child = spawn(admin.command, admin.args, { env: admin.env, stdio: ['ignore', out, out] });
      const [code] = (await once(child, 'exit')) as [number | null];
      return code ?? 1;
    } finally {
      closeSync(out);
    }
  }

  /**
   * `neo4j-admin <args>` on this home, as a command line. The admin JVM gets the server's heap
   * size, not Java's default quarter of the machine.
   */
  private adminCommand(libDir: string, args: string[]): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
    return {
      command: 'java',
      args: ['-cp', `${libDir}/*`, 'org.neo4j.server.startup.Neo4jAdminCommand', ...args],
      env: { ...process.env, ...this.neo4jEnv(), HEAP_SIZE: this.config.heapSize },
    };
  }

  /** Folders, neo4j.conf and the initial password: what both the server and neo4j-admin read. */
  private prepareHome(): string {
    const libDir = ensureNeo4jJars(this.log);
    const home = this.config.home;
    for (const dir of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) {
      mkdirSync(join(home, dir), { recursive: true });
    }
    writeFileSync(join(home, 'conf', 'neo4j.conf'), renderNeo4jConf(this.config, libDir));
    this.ensureInitialPassword(libDir);
    return libDir;
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping || this.child !== child || !this.supervised) return;
    const delayMs = this.restartDelayMs;
    this.restartDelayMs = Math.min(delayMs * 2, MAX_RESTART_DELAY_MS);
    this.log(
      `The bundled Neo4j exited unexpectedly (${signal ?? `exit code ${code}`}); restarting it in ${delayMs / 1000} s.`,
    );
    this.restartTimer = setTimeout(() => void this.restart(child.pid!), delayMs);
  }

  private async restart(deadPid: number): Promise<void> {
    this.restartTimer = undefined;
    if (this.stopping) return;
    // The forked server JVM may outlive a killed launcher and hold the port and the store lock.
    signalGroup(deadPid, 'SIGKILL');
    await waitForGroupExit(deadPid);
    try {
      await this.start();
      this.restartDelayMs = FIRST_RESTART_DELAY_MS;
      this.log('The bundled Neo4j was restarted.');
    } catch (error) {
      this.log(`Restarting the bundled Neo4j failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      if (this.child) this.onExit(this.child, this.child.exitCode, this.child.signalCode);
    }
  }

  /** SIGTERM to the launcher's process group; Neo4j shuts down cleanly, then we wait for it. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    if (this.adoptedPid !== undefined && !this.child) {
      this.log('Stopping the adopted bundled Neo4j ...');
      signalGroup(this.adoptedPid, 'SIGTERM');
      await waitForGroupExit(this.adoptedPid);
      this.adoptedPid = undefined;
      return;
    }
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.log('Stopping the bundled Neo4j ...');
    signalGroup(child.pid!, 'SIGTERM');
    const stopped = await Promise.race([this.exited!.then(() => true), delay(STOP_TIMEOUT_MS).then(() => false)]);
    if (!stopped) {
      this.log('Neo4j did not stop in time; killing it.');
      signalGroup(child.pid!, 'SIGKILL');
      await this.exited;
    }
    // The forked server JVM may outlive the launcher by a moment.
    await waitForGroupExit(child.pid!);
    this.child = undefined;
  }

  private neo4jEnv(): Record<string, string> {
    return { NEO4J_HOME: this.config.home, NEO4J_CONF: join(this.config.home, 'conf') };
  }

  private pidFile(): string {
    return join(this.config.home, 'run', 'launcher.pid');
  }

  /** The pid of the Node process that started (or adopted) the server. */
  private ownerFile(): string {
    return join(this.config.home, 'run', 'owner.pid');
  }

  private passwordFile(): string {
    return join(this.config.home, 'password');
  }

  private password(): string {
    return readFileSync(this.passwordFile(), 'utf8').trim();
  }

  /**
   * Auth stays on, with a random password generated on first start and kept (mode 0600) beside
   * the data, so other users of a shared machine cannot read or change the graph.
   */
  private ensureInitialPassword(libDir: string): void {
    if (existsSync(this.passwordFile()) && existsSync(join(this.config.home, 'data', 'dbms', 'auth.ini'))) return;
    // Hex, not base64url: neo4j-admin reads a password starting with "-" as an option and fails
    // (one first start in 64 did, in CI).
    const password = randomBytes(24).toString('hex');
    const admin = this.adminCommand(libDir, ['dbms', 'set-initial-password', password]);
    const result = spawnSync(admin.command, admin.args, { env: admin.env, encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`Could not set the bundled Neo4j's password: ${result.stderr || result.stdout || result.error}`);
    }
    writeFileSync(this.passwordFile(), password + '\n', { mode: 0o600 });
  }

  /** The process group of a launcher of this home that is still running, whoever started it. */
  private runningLauncher(): number | undefined {
    if (!existsSync(this.pidFile())) return undefined;
    const pid = Number(readFileSync(this.pidFile(), 'utf8'));
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) && isNeo4jLauncher(pid) ? pid : undefined;
  }

  /**
   * Stops a server of this home that another process started (npm run db:reset): SIGTERM, so it
   * shuts down cleanly, and SIGKILL if it has not within the stop timeout. False if none ran.
   */
  async stopOtherProcessServer(): Promise<boolean> {
    const pid = this.runningLauncher();
    if (pid === undefined) return false;
    this.log(`Stopping the bundled Neo4j running in ${this.config.home} (process group ${pid}) ...`);
    signalGroup(pid, 'SIGTERM');
    await waitForGroupExit(pid);
    return true;
  }

  /** A launcher left running by a killed previous run would hold the port and the store lock. */
  private async stopStaleServer(): Promise<void> {
    const pid = this.runningLauncher();
    if (pid === undefined) return;
    this.log(`Stopping a Neo4j left running by an earlier run (process group ${pid}).`);
    signalGroup(pid, 'SIGKILL');
    await waitForGroupExit(pid);
  }

  private async waitUntilReachable(logFile: string): Promise<void> {
    const { uri, user, password } = this.connection;
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000 });
    const deadline = Date.now() + START_TIMEOUT_MS;
    try {
      for (;;) {
        if (this.child?.exitCode !== null || this.child?.signalCode) {
          throw new Error(`Neo4j exited during start-up. Last lines of ${logFile}:\n${tail(logFile, 25)}`);
        }
        try {
          await driver.verifyConnectivity();
          return;
        } catch {
          if (Date.now() > deadline) {
            throw new Error(
              `Neo4j did not answer within ${START_TIMEOUT_MS / 1000}s. Last lines of ${logFile}:\n${tail(logFile, 25)}`,
            );
          }
          await delay(500);
        }
      }
    } finally {
      await driver.close();
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process with this pid exists (signal 0 only checks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function isGroupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForGroupExit(pgid: number): Promise<void> {
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isGroupAlive(pgid)) {
    if (Date.now() > deadline) {
      signalGroup(pgid, 'SIGKILL');
      return;
    }
    await delay(200);
  }
}

function isNeo4jLauncher(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.neo4j.server.startup.Neo4jCommand');
  } catch {
    return false;
  }
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
