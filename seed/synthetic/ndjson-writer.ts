import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Lines to a stream with backpressure. Lines are gathered into chunks of about 64 KiB, because
 * one stream.write per line costs more than generating the line; when the stream's buffer is
 * full, write() returns a promise that settles on 'drain', so memory stays flat however slow
 * the consumer is (a pipe into an importer, a slow disk).
 */
export class NdjsonWriter {
  private buffer: string[] = [];
  private buffered = 0;
  private failure: Error | undefined;

  constructor(
    private readonly stream: Writable,
    private readonly chunkSize = 64 * 1024,
  ) {
    stream.on('error', (error: Error) => {
      this.failure ??= error;
    });
  }

  /** Returns a promise only when the caller has to wait; awaiting undefined would cost a tick per line. */
  write(line: string): Promise<void> | undefined {
    if (this.failure) throw this.failure;
    this.buffer.push(line);
    this.buffered += line.length + 1;
    if (this.buffered < this.chunkSize) return undefined;
    return this.flush();
  }

  private flush(): Promise<void> | undefined {
    if (this.buffer.length === 0) return undefined;
    const chunk = this.buffer.join('\n') + '\n';
    this.buffer = [];
    this.buffered = 0;
    if (this.stream.write(chunk)) return undefined;
    return this.waitForDrain();
  }

  private async waitForDrain(): Promise<void> {
    // 'error' rejects the wait too, so a closed pipe cannot leave the generator hanging.
    await once(this.stream, 'drain');
  }

  /**
   * Flushes; resolves when everything has been handed to the OS. `close: false` leaves the
   * stream open, for process.stdout, which belongs to the process rather than to the writer.
   */
  async end(options: { close?: boolean } = {}): Promise<void> {
    const pending = this.flush();
    if (pending) await pending;
    if (this.failure) throw this.failure;
    if (options.close === false) {
      await new Promise<void>((resolve, reject) =>
        this.stream.write('', (error) => (error ? reject(error) : resolve())),
      );
      return;
    }
    const finished = once(this.stream, 'finish');
    this.stream.end();
    await finished;
  }
}
