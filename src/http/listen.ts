import type { Server } from 'node:http';
import { ConfigError } from '../config';

/**
 * Starts listening, or fails with a one-line ConfigError for the two mistakes of configuration
 * that show up here: a port that is taken and an address this machine does not have.
 */
export function listen(httpServer: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new ConfigError(
            `Port ${port} on ${host} is already in use (another program, or this service running already): stop it or set PORT to a free port`,
          ),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(
          new ConfigError(
            `HOST ${host} is not an address of this machine: use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface, e.g. in a container)`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(new ConfigError(`Port ${port} needs privileges this process does not have: set PORT to 1024 or higher`));
      } else {
        reject(error);
      }
    };
    httpServer.once('error', onError);
    httpServer.listen(port, host, () => {
      httpServer.off('error', onError);
      resolve();
    });
  });
}
