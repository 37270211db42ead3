import { Socket } from 'node:net';
import { createDriver } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/executor';
import { testConnection } from '../support/database';

/**
 * src/db/tcp-no-delay.ts: every socket the driver opens to Neo4j has Nagle's algorithm off, so a
 * statement longer than the driver's 1,400-byte chunk does not wait for the server's delayed ACK.
 * Asserted on what the driver does to its sockets, not on timings (this machine is shared and
 * noisy); what it saves in milliseconds is measured side by side in `npm run bench`
 * (bench/RESULTS.md, "TCP_NODELAY on and off").
 */
describe('TCP_NODELAY on the driver sockets', () => {
  it('is set on the socket of every Bolt connection, and a statement of several chunks is answered', async () => {
    const noDelaySockets = new Set<Socket>();
    const original = Socket.prototype.setNoDelay;
    const spy = jest.spyOn(Socket.prototype, 'setNoDelay').mockImplementation(function (
      this: Socket,
      noDelay?: boolean,
    ) {
      if (noDelay !== false) noDelaySockets.add(this);
      return original.call(this, noDelay);
    });
    // A driver of its own, made after the spy (not the test bed's, whose sockets would predate it).
    const connection = testConnection();
    const driver = createDriver(connection);
    try {
      const executor = new Neo4jExecutor(driver);
      // A statement of about 6 kB: five Bolt chunks. The 300 terms are a flat list, not a chain of
      // 300 nested additions, which can overflow the Cypher parser's stack.
      const cypher = `RETURN reduce(total = 0, term IN [${Array(300).fill('$x').join(', ')}] | total + term) AS total /* ${'.'.repeat(4500)} */`;
      expect(Buffer.byteLength(cypher)).toBeGreaterThan(4 * 1400);
      // Two at once, so the pool opens a second connection.
      const rows = await Promise.all([
        executor.query<{ total: number }>(cypher, { x: 1 }),
        executor.query<{ total: number }>(cypher, { x: 2 }),
      ]);
      expect(rows.map(([row]) => row.total)).toEqual([300, 600]);

      const boltPort = Number(new URL(connection.uri).port);
      const driverSockets = [...noDelaySockets].filter((socket) => socket.remotePort === boltPort);
      expect(driverSockets.length).toBeGreaterThanOrEqual(2);
    } finally {
      spy.mockRestore();
      await driver.close();
    }
  });
});
