import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/** Security headers: a strict CSP (no inline script or style), no framing, no caching of API answers. */
export const securityHeadersPlugin = fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      // Sent below, on https requests only: browsers ignore it over plain http.
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'no-referrer' },
      frameguard: { action: 'deny' },
    });

    app.addHook('onSend', async (request, reply) => {
      // Patient data must never sit in a browser or proxy cache.
      if (request.url.startsWith('/api')) reply.header('cache-control', 'no-store');
      // https here means TLS ended at a proxy we trust (TRUST_PROXY): a client's own X-Forwarded-Proto counts for nothing.
      if (request.protocol === 'https')
        reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    });
  },
  { name: 'security-headers', fastify: '5.x' },
);
