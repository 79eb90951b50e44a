// Dev tool for `npm run start:pair`: a plain HTTP proxy on PROXY_PORT that sends each request to the next of
// PROXY_TARGETS (loopback ports) in turn, so two gateway instances serve one storefront. Written here (about 30
// lines of node:http) rather than adding a proxy dependency for a local demo.
import http from 'node:http';

const port = Number(process.env.PROXY_PORT ?? 4000);
const targets = (process.env.PROXY_TARGETS ?? '4001,4002').split(',').map(Number);
let next = 0;

const server = http.createServer((request, response) => {
  const target = targets[next++ % targets.length] as number;
  const upstream = http.request(
    { host: '127.0.0.1', port: target, path: request.url, method: request.method, headers: request.headers },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': `:${target}` });
      answer.pipe(response);
    },
  );
  upstream.on('error', () => {
    if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain' });
    response.end(`gateway on :${target} did not answer\n`);
  });
  request.pipe(upstream);
});
server.listen(port, '127.0.0.1', () =>
  console.log(`round-robin proxy on http://127.0.0.1:${port} → ${targets.join(', ')}`),
);
