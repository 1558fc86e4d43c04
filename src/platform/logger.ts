import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs for machines. Personal data stays out: requests are logged by method, route path and
 * status, never with query strings, bodies, cookies, IP addresses or authorization headers.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'i-partnerschap' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', '*.email', '*.password', '*.token'],
        censor: '[verborgen]',
      },
    },
    destination,
  );
}
