// Runs the local SMTP catcher (the demo's mail server): SMTP on SMTP_CATCHER_PORT (1025), caught mail over HTTP on SMTP_CATCHER_HTTP_PORT (1080).
import { startSmtpCatcher } from './catcher.ts';

const port = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0 || value > 65535)
    throw new Error(`${name} must be a port number.`);
  return value;
};

const catcher = await startSmtpCatcher({
  smtpPort: port('SMTP_CATCHER_PORT', 1025),
  httpPort: port('SMTP_CATCHER_HTTP_PORT', 1080),
  onMessage: (m) => console.log(`caught #${m.id} to ${m.to.join(', ')}: ${m.subject}`),
});
console.log(
  `SMTP catcher on smtp://${catcher.host}:${catcher.smtpPort}; read mail at http://${catcher.host}:${catcher.httpPort}/ (JSON at /messages)`,
);

const stop = () => {
  void catcher.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
