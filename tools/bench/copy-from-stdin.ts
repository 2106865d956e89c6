import type { Client } from 'pg';

const ignore = (): undefined => undefined;

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/**
 * `COPY … FROM STDIN` over a node-postgres client without pg-copy-streams: a submittable that answers
 * the server's CopyInResponse with the data in 64 KB CopyData messages and CopyDone (the protocol's
 * copy-in flow, as pg-copy-streams does it). Resolves with the number of rows copied.
 */
export function copyFrom(client: Client, sql: string, data: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = Buffer.from(data, 'utf8');
    let rows = 0;
    const submittable = {
      submit(connection: CopyConnection) {
        connection.query(sql);
      },
      handleCopyInResponse(connection: CopyConnection) {
        for (let at = 0; at < body.length; at += 65_536) {
          connection.sendCopyFromChunk(body.subarray(at, at + 65_536));
        }
        connection.endCopyFrom();
      },
      handleCommandComplete(message: { text?: string }) {
        rows = Number(/^COPY (\d+)/.exec(message.text ?? '')?.[1] ?? 0);
      },
      handleReadyForQuery() {
        resolve(rows);
      },
      handleError(error: Error) {
        reject(error);
      },
      // Not sent during a COPY FROM STDIN; defined because the client calls them on any submittable.
      handleRowDescription: ignore,
      handleDataRow: ignore,
      handleEmptyQuery: ignore,
      handlePortalSuspended: ignore,
      handleCopyData: ignore,
    };
    (client as unknown as { query(s: unknown): void }).query(submittable);
  });
}

/** One COPY text-format line: tab-separated, `\N` for null, backslash escapes for what the format reserves. */
export function copyLine(values: (string | number | boolean | null)[]): string {
  return `${values
    .map((value) =>
      value === null
        ? '\\N'
        : String(value).replace(
            /[\\\t\n\r]/g,
            (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? c,
          ),
    )
    .join('\t')}\n`;
}
