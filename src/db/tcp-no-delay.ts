import { dirname } from 'node:path';
import type { Socket } from 'node:net';

/**
 * Turns Nagle's algorithm off on neo4j-driver's sockets (and only on those).
 *
 * Why: neo4j-driver 5.28 chunks a Bolt message into 1,400-byte socket writes and leaves Nagle on.
 * A statement longer than one chunk goes out as several small segments; Nagle holds the last one
 * back until the first is acknowledged, and the server, which cannot answer half a message,
 * delays that ACK (about 40 ms on Linux). Measured: a page of rulings took ~54 ms instead of
 * ~10 ms. Bolt is request/response with its own message framing, so there is nothing for Nagle
 * to coalesce; the Java and Python drivers set TCP_NODELAY for the same reason.
 *
 * How: the driver has no noDelay option and no socket factory in its public config. Its Node
 * transport is the `Channel` export of neo4j-driver-bolt-connection/lib/channel/node, which the
 * connection code reads at each connect (a live binding), so we replace that export with a
 * subclass that sets noDelay on the socket the channel just opened (Node applies it once the
 * socket connects). TLS sockets get it too: a TLSSocket forwards setNoDelay to its TCP socket.
 * The module is resolved from neo4j-driver's own folder, so we patch the copy the driver loads.
 * If a driver upgrade changes that internal, we fail loudly at start-up instead of silently
 * running 40 ms slower.
 */
interface NodeChannelClass {
  new (config: unknown): { _conn?: Socket };
}
interface ChannelModule {
  Channel: NodeChannelClass & { praksisNoDelay?: true };
}

export function enableTcpNoDelayForNeo4jDriver(): void {
  const modulePath = require.resolve('neo4j-driver-bolt-connection/lib/channel/node', {
    paths: [dirname(require.resolve('neo4j-driver'))],
  });
  // A path resolved at run time inside the driver's own dependency tree: only require() can load it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const channels = require(modulePath) as ChannelModule;
  const Original = channels.Channel;
  if (Original.praksisNoDelay) return;
  if (typeof Original !== 'function') {
    throw new Error(
      `neo4j-driver internals changed: no Channel class in ${modulePath}; revisit src/db/tcp-no-delay.ts`,
    );
  }
  class NoDelayChannel extends Original {
    static praksisNoDelay = true as const;
    constructor(config: unknown) {
      super(config);
      if (typeof this._conn?.setNoDelay !== 'function') {
        throw new Error(
          'neo4j-driver internals changed: a channel has no socket in _conn; revisit src/db/tcp-no-delay.ts',
        );
      }
      this._conn.setNoDelay(true);
    }
  }
  channels.Channel = NoDelayChannel;
}
