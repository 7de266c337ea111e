import { createServer, type Server } from 'node:http';

// A page whose wallet answers at once, so the timing is the request path itself: the page's
// call, the observer's wrapper (when the extension is there) and the promise's settlement.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>capture bench</title><script>
window.ethereum = {
  request: async ({ method }) => (method === 'eth_chainId' ? '0x1' : method === 'personal_sign' ? '0x' + 'ab'.repeat(65) : null),
  on() {},
};
window.runCalls = async (n, method) => {
  const params = method === 'personal_sign' ? ['0x68656c6c6f', '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'] : [];
  const start = performance.now();
  for (let i = 0; i < n; i++) await window.ethereum.request({ method, params });
  return performance.now() - start;
};
</script></head><body>capture bench</body></html>`;

/** Serves the capture benchmark page on 127.0.0.1 (an ephemeral port). */
export async function serveCapturePage(): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/capture.html`, server };
}
