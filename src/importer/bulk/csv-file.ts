import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** A CSV value as neo4j-admin reads it: null is an empty unquoted field, i.e. no property. */
export type CsvValue = string | number | boolean | null | undefined | readonly string[];

export const ARRAY_DELIMITER = ';';
const FLUSH_AT = 1 << 20;

/**
 * One CSV file for `neo4j-admin database import`: RFC 4180 quoting (strings always quoted, so
 * commas, quotes and line breaks in titles survive), rows buffered and written in 1 MiB chunks
 * with the stream's back-pressure respected, so memory stays flat however many rows. write() is
 * synchronous (a promise per row cost more than building the row); the owner awaits flush()
 * when the file is full, between records.
 */
export class CsvFile {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private buffered = 0;
  private rows = 0;
  /** neo4j-admin must be told which files hold a value spanning lines (it is slower on those). */
  hasLineBreaks = false;

  constructor(
    readonly path: string,
    header: readonly string[],
  ) {
    this.stream = createWriteStream(path, 'utf8');
    this.buffer.push(header.join(',') + '\n');
  }

  get rowCount(): number {
    return this.rows;
  }

  write(values: readonly CsvValue[]): void {
    let line = '';
    for (let i = 0; i < values.length; i++) {
      if (i > 0) line += ',';
      line += this.field(values[i]);
    }
    line += '\n';
    this.buffer.push(line);
    this.buffered += line.length;
    this.rows++;
  }

  /** The buffer has grown to a chunk: time to flush(). */
  get full(): boolean {
    return this.buffered >= FLUSH_AT;
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'close');
  }

  /** Writes the buffer out, waiting if the disk is behind. */
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.buffered = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  private field(value: CsvValue): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (typeof value === 'string') return this.quote(value);
    // Arrays hold enum values only (outcomes); a delimiter inside one could not be read back.
    if (value.some((item) => item.includes(ARRAY_DELIMITER)))
      throw new Error(`array value ${JSON.stringify(value)} contains "${ARRAY_DELIMITER}"`);
    return this.quote(value.join(ARRAY_DELIMITER));
  }

  private quote(text: string): string {
    if (!this.hasLineBreaks && (text.includes('\n') || text.includes('\r'))) this.hasLineBreaks = true;
    return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
  }
}
