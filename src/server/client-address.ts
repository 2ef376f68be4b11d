/**
 * Who is asking, for the rate limits: the socket's address, or the address
 * a trusted reverse proxy vouches for in X-Forwarded-For.
 */
import { type Request, headerValue } from './http.js';

/** An IPv4 address as a dual-stack socket shows it (::ffff:10.0.0.5) is the plain one. */
const plainAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/** A function that names a request's client, believing X-Forwarded-For only from `trustedProxies`. */
export function clientAddressOf(trustedProxies: readonly string[]): (req: Request) => string {
  const proxies = new Set(trustedProxies.map(plainAddress));
  return (req) => {
    const peer = plainAddress(req.socket.remoteAddress ?? 'unknown');
    if (proxies.has(peer)) {
      // The proxy appends the address it saw: the last entry is the one it vouches for.
      const last = headerValue(req.headers['x-forwarded-for'])?.split(',').pop()?.trim();
      if (last) return last;
    }
    return peer;
  };
}
